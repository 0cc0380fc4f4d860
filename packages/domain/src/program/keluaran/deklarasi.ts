import { type Galat, galat, type Pemeriksaan } from "../galat.ts";
import { daftar, ganda, hasil, KELUARAN_KOSONG, kosong, objek, periksaTanggal } from "./bantu.ts";
import type { KeluaranDeklarasi, KonteksKeluaran } from "./tipe.ts";

/** Signatory counts of a declaration. */
export function hitungPenandatangan(k: KeluaranDeklarasi): {
  pimpinan: number;
  pegawai: number;
  total: number;
} {
  const unik = new Map(
    (Array.isArray(k.penandatangan) ? k.penandatangan : []).map((p) => [p.pegawaiId, p.sebagai]),
  );
  const pimpinan = [...unik.values()].filter((s) => s === "pimpinan").length;
  return { pimpinan, pegawai: unik.size - pimpinan, total: unik.size };
}

/** Tabel 3 no. 2: the document, its date and at least one leader's signature. */
export function periksaDeklarasi(k: KeluaranDeklarasi, ks: KonteksKeluaran): Pemeriksaan {
  if (!objek(k)) return KELUARAN_KOSONG("Tabel 3 no. 2");
  const S = "Tabel 3 no. 2";
  const g: Galat[] = [];
  if (kosong(k.judul))
    g.push(
      galat(
        "DEKLARASI_TANPA_JUDUL",
        S,
        "Judul deklarasi wajib diisi.",
        "The declaration needs a title.",
        "judul",
      ),
    );
  if (kosong(k.dokumenId))
    g.push(
      galat(
        "DEKLARASI_TANPA_DOKUMEN",
        S,
        "Dokumen deklarasi komitmen bersama wajib diunggah.",
        "The joint commitment declaration document must be uploaded.",
        "dokumenId",
      ),
    );
  g.push(...periksaTanggal(k.tanggal, "tanggal", S, ks.hariIni));
  const ttd = daftar<KeluaranDeklarasi["penandatangan"][number]>(k.penandatangan, "penandatangan", S, g);
  const dobel = ganda(ttd.map((p) => p.pegawaiId));
  if (dobel.length > 0)
    g.push(
      galat(
        "DEKLARASI_TTD_GANDA",
        S,
        `Penandatangan tercatat lebih dari sekali: ${dobel.join(", ")}.`,
        `Signatories listed more than once: ${dobel.join(", ")}.`,
        "penandatangan",
      ),
    );
  if (!ttd.some((p) => p.sebagai === "pimpinan"))
    g.push(
      galat(
        "DEKLARASI_TANPA_PIMPINAN",
        S,
        "Deklarasi komitmen bersama perlu ditandatangani paling sedikit oleh satu pimpinan.",
        "The joint commitment declaration needs at least one leader's signature.",
        "penandatangan",
      ),
    );
  const p: Galat[] = [];
  if (k.selarasZonaIntegritas !== true)
    p.push(
      galat(
        "DEKLARASI_TIDAK_SELARAS_ZI",
        S,
        "Deklarasi belum dinyatakan selaras dengan pembangunan zona integritas.",
        "The declaration is not marked as aligned with the integrity zone programme.",
        "selarasZonaIntegritas",
      ),
    );
  return hasil(g, p);
}
