import { type Galat, galat } from "../../program/galat.ts";
import { tanggalValid } from "../../program/tanggal.ts";
import type { IsiLke, StatusVersiLke, VersiLke } from "./tipe.ts";
import { validasiLke } from "./validasi.ts";

/**
 * Versioning of the worksheet, as the item bank's (docs/item-bank.md):
 * a version is edited as `draf`, submitted for review (`tinjauan`) and
 * published (`terbit`) by a national evaluator other than its submitter
 * (four eyes: nor by its author or any editor). A published version never changes: a change is a new
 * version (`versiTurunan`), and the periods that used the old one keep it.
 * Every function returns the new version or the reasons for refusing.
 */
export type HasilVersi = { ok: true; versi: VersiLke } | { ok: false; galat: Galat[] };

const S = '— (docs/nasional.md "Versi LKE")';
const POLA_VERSI = /^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$/;
const tolak = (...galat: Galat[]): HasilVersi => ({ ok: false, galat });

const NAMA_STATUS: Record<StatusVersiLke, { id: string; en: string }> = {
  draf: { id: "draf", en: "draft" },
  tinjauan: { id: "dalam tinjauan", en: "under review" },
  terbit: { id: "terbit", en: "published" },
};

export function periksaNamaVersi(versi: string): Galat | null {
  return POLA_VERSI.test(versi)
    ? null
    : galat(
        "VERSI_TIDAK_SAH",
        S,
        `Nama versi "${versi}" tidak sah (huruf, angka, . _ -; ≤ 20).`,
        `Invalid version name "${versi}" (letters, digits, . _ -; ≤ 20).`,
        "versi",
      );
}

/** A new draft with content `isi` (e.g. empty: `{ komponen: [] }`), started by `oleh` when known. */
export function versiBaru(versi: string, isi: IsiLke, catatan?: string, oleh?: string): HasilVersi {
  const g = periksaNamaVersi(versi);
  if (g) return tolak(g);
  return {
    ok: true,
    versi: {
      versi,
      status: "draf",
      isi,
      diajukanOleh: null,
      diterbitkanOleh: null,
      diterbitkan: null,
      ...(oleh ? { dibuatOleh: oleh, penyunting: [oleh] } : {}),
      ...(catatan ? { catatan } : {}),
    },
  };
}

/** A new draft starting from the content of `asal` (of any status), started by `oleh` when known. */
export function versiTurunan(asal: VersiLke, versi: string, catatan?: string, oleh?: string): HasilVersi {
  if (versi === asal.versi)
    return tolak(
      galat(
        "VERSI_GANDA",
        S,
        `Versi baru harus bernama lain dari ${asal.versi}.`,
        `The new version needs a name other than ${asal.versi}.`,
        "versi",
      ),
    );
  return versiBaru(versi, structuredClone(asal.isi) as IsiLke, catatan, oleh);
}

function salahStatus(v: VersiLke, perlu: StatusVersiLke, aksi: { id: string; en: string }): Galat {
  if (v.status === "terbit")
    return galat(
      "VERSI_TERBIT_TETAP",
      S,
      `Versi ${v.versi} sudah terbit dan tidak dapat diubah; buat versi baru.`,
      `Version ${v.versi} is published and cannot change; make a new version.`,
    );
  return galat(
    "TRANSISI_TIDAK_SAH",
    S,
    `Versi ${v.versi} berstatus ${NAMA_STATUS[v.status].id}; ${aksi.id} hanya dari status ${NAMA_STATUS[perlu].id}.`,
    `Version ${v.versi} is ${NAMA_STATUS[v.status].en}; ${aksi.en} only from ${NAMA_STATUS[perlu].en}.`,
  );
}

/** Replaces a draft's content (validation happens on submission); `oleh` joins its editors. */
export function ubahIsiVersi(v: VersiLke, isi: IsiLke, oleh?: string): HasilVersi {
  if (v.status !== "draf")
    return tolak(salahStatus(v, "draf", { id: "isi dapat diubah", en: "content can be changed" }));
  const penyunting = v.penyunting ?? [];
  const tambah = oleh !== undefined && !penyunting.includes(oleh);
  return { ok: true, versi: { ...v, isi, ...(tambah ? { penyunting: [...penyunting, oleh] } : {}) } };
}

/** Who wrote the version: its author and every editor (none of them may publish it). */
export function penyusunVersi(v: VersiLke): string[] {
  return [...new Set([...(v.dibuatOleh ? [v.dibuatOleh] : []), ...(v.penyunting ?? [])])];
}

/** Draft → under review, by `oleh`; the content must pass `validasiLke`. */
export function ajukanVersi(v: VersiLke, oleh: string): HasilVersi {
  if (v.status !== "draf") return tolak(salahStatus(v, "draf", { id: "pengajuan", en: "submission" }));
  const g = validasiLke(v.isi);
  if (g.length > 0) return tolak(...g);
  return { ok: true, versi: { ...v, status: "tinjauan", diajukanOleh: oleh } };
}

/** Under review → draft (the reviewer's changes are needed); the submitter is forgotten. */
export function kembalikanVersi(v: VersiLke): HasilVersi {
  if (v.status !== "tinjauan")
    return tolak(salahStatus(v, "tinjauan", { id: "pengembalian ke draf", en: "return to draft" }));
  return { ok: true, versi: { ...v, status: "draf", diajukanOleh: null } };
}

/** Under review → published, by a person other than the submitter, the author and the editors (four eyes), on `tanggal`. */
export function terbitkanVersi(v: VersiLke, oleh: string, tanggal: string): HasilVersi {
  if (v.status !== "tinjauan")
    return tolak(salahStatus(v, "tinjauan", { id: "penerbitan", en: "publication" }));
  if (v.diajukanOleh === null)
    return tolak(
      galat(
        "PENGAJU_TIDAK_DIKETAHUI",
        S,
        `Pengaju versi ${v.versi} tidak tercatat; kembalikan ke draf lalu ajukan kembali.`,
        `The submitter of version ${v.versi} is not recorded; return it to draft and submit again.`,
      ),
    );
  if (oleh === v.diajukanOleh)
    return tolak(
      galat(
        "PENERBIT_ADALAH_PENGAJU",
        S,
        `Versi ${v.versi} diajukan oleh Anda sendiri. Prinsip empat mata: versi diterbitkan oleh evaluator lain yang menelaahnya.`,
        `You submitted version ${v.versi}. Four eyes: another evaluator, who reviewed it, publishes it.`,
      ),
    );
  if (penyusunVersi(v).includes(oleh))
    return tolak(
      galat(
        "PENERBIT_ADALAH_PENYUSUN",
        S,
        `Anda ikut menyusun versi ${v.versi}. Prinsip empat mata: versi diterbitkan oleh evaluator lain yang tidak menyusunnya.`,
        `You helped write version ${v.versi}. Four eyes: another evaluator, who did not write it, publishes it.`,
      ),
    );
  if (!tanggalValid(tanggal))
    return tolak(
      galat(
        "TANGGAL_TIDAK_VALID",
        S,
        "Tanggal terbit harus tanggal YYYY-MM-DD.",
        "The publication date must be a YYYY-MM-DD date.",
        "diterbitkan",
      ),
    );
  const g = validasiLke(v.isi);
  if (g.length > 0) return tolak(...g);
  return { ok: true, versi: { ...v, status: "terbit", diterbitkanOleh: oleh, diterbitkan: tanggal } };
}
