/**
 * What keeps a draft from being submitted, placed where the user can fix it
 * (docs/nasional.md "Validation of a version"). The domain's `validasiLke`
 * is the rule (the server runs the same one on submission); its findings
 * about codes, texts, weights and citations are restated per field (path
 * `k.0.i.1.p.2.bobot`, sums at `k.0.bobotIndikator`), the rest (rules,
 * sources, evidence, empty levels) is shown on the item it names.
 */
import { type Galat, TOLERANSI_BOBOT, validasiLke } from "@nurani/domain";
import type { Isi } from "./ubah-isi.ts";

/** What the field-level checks say, as i18n keys with their values. */
export interface PesanBidang {
  kunci: string;
  nilai?: Record<string, string | number>;
}

export interface HasilPeriksa {
  bidang: Map<string, PesanBidang>;
  /** Domain findings per item path (`""` the whole worksheet, `k.0`, `k.0.i.1`, `k.0.i.1.p.2`). */
  butir: Map<string, Galat[]>;
  /** Every finding, counted once. */
  jumlah: number;
}

const DI_BIDANG = new Set([
  "TEKS_KOSONG",
  "KODE_TIDAK_SAH",
  "KODE_GANDA",
  "BOBOT_TIDAK_SAH",
  "BOBOT_BUKAN_100",
  "INDIKATOR_TANPA_SUMBER",
]);
const POLA_KODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;

export function periksaIsi(isi: Isi): HasilPeriksa {
  const bidang = new Map<string, PesanBidang>();
  const set = (path: string, kunci: string, nilai?: PesanBidang["nilai"]) => {
    if (!bidang.has(path)) bidang.set(path, { kunci, ...(nilai ? { nilai } : {}) });
  };
  const dilihat = new Set<string>();
  const kode = (path: string, k: string) => {
    if (!POLA_KODE.test(k)) set(path, "lke.galat.kodeTidakSah");
    else if (dilihat.has(`${path.split(".").length}:${k}`)) set(path, "lke.galat.kodeGanda", { kode: k });
    else dilihat.add(`${path.split(".").length}:${k}`);
  };
  const teks = (path: string, t: { id: string; en: string }) => {
    if (!t.id.trim()) set(`${path}.id`, "lke.galat.wajibDiisi");
    if (!t.en.trim()) set(`${path}.en`, "lke.galat.wajibDiisi");
  };
  const bobot = (path: string, b: number) => {
    if (!(Number.isFinite(b) && b > 0)) set(path, "lke.galat.bobotPositif");
  };
  const jumlah = (path: string, xs: readonly { bobot: number }[]) => {
    const j = xs.reduce((a, x) => a + x.bobot, 0);
    if (xs.length > 0 && Number.isFinite(j) && Math.abs(j - 100) > TOLERANSI_BOBOT)
      set(path, "lke.galat.bobotBukan100", { jumlah: Math.round(j * 1e4) / 1e4 });
  };
  jumlah("bobotKomponen", isi.komponen);
  isi.komponen.forEach((k, ki) => {
    const pk = `k.${ki}`;
    kode(`${pk}.kode`, k.kode);
    teks(`${pk}.nama`, k.nama);
    bobot(`${pk}.bobot`, k.bobot);
    jumlah(`${pk}.bobotIndikator`, k.indikator);
    k.indikator.forEach((ind, ii) => {
      const pi = `${pk}.i.${ii}`;
      kode(`${pi}.kode`, ind.kode);
      teks(`${pi}.nama`, ind.nama);
      bobot(`${pi}.bobot`, ind.bobot);
      if (!ind.sumber.trim()) set(`${pi}.sumber`, "lke.galat.sumberWajib");
      jumlah(`${pi}.bobotPertanyaan`, ind.pertanyaan);
      ind.pertanyaan.forEach((p, qi) => {
        const pq = `${pi}.p.${qi}`;
        kode(`${pq}.kode`, p.kode);
        teks(`${pq}.teks`, p.teks);
        bobot(`${pq}.bobot`, p.bobot);
      });
    });
  });

  const butir = new Map<string, Galat[]>();
  const domain = validasiLke(isi).filter((g) => !DI_BIDANG.has(g.kode));
  for (const g of domain) {
    const path = letakGalat(isi, g.bidang ?? "");
    butir.set(path, [...(butir.get(path) ?? []), g]);
  }
  return { bidang, butir, jumlah: bidang.size + domain.length };
}

/** The item a domain finding names (`komponen.A`, `indikator.A1`, `pertanyaan.A1.1.aturan`), as a path. */
export function letakGalat(isi: Isi, bidang: string): string {
  const [tingkat, ...sisa] = bidang.split(".");
  const kode = sisa.join(".");
  for (const [ki, k] of isi.komponen.entries()) {
    if (tingkat === "komponen" && [k.kode, `${k.kode}.indikator`].includes(kode)) return `k.${ki}`;
    for (const [ii, ind] of k.indikator.entries()) {
      if (tingkat === "indikator" && [ind.kode, `${ind.kode}.pertanyaan`].includes(kode))
        return `k.${ki}.i.${ii}`;
      for (const [qi, p] of ind.pertanyaan.entries())
        if (tingkat === "pertanyaan" && [p.kode, `${p.kode}.aturan`].includes(kode))
          return `k.${ki}.i.${ii}.p.${qi}`;
    }
  }
  return "";
}

/** How many findings lie under an item path (its fields and its children), for a badge on a folded item. */
export function jumlahDi(h: HasilPeriksa, path: string): number {
  const di = (p: string) => p === path || p.startsWith(`${path}.`);
  let n = 0;
  for (const p of h.bidang.keys()) if (di(p)) n++;
  for (const [p, g] of h.butir) if (di(p)) n += g.length;
  return n;
}
