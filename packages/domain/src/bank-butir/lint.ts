import {
  faktorDari,
  isKodeSubDimensi,
  KODE_SUBDIMENSI,
  type KodeSubDimensi,
  subDimensi,
} from "../kerangka/faktor.ts";
import { isKeyakinanPelemah, isKeyakinanPenguat } from "../kerangka/keyakinan.ts";
import { ATURAN, KATA_INGGRIS, KATA_MUTLAK, KATA_NEGASI } from "./aturan.ts";
import { isKodeSituasi } from "./situasi.ts";
import type { BankButir, Blok, Formulir, Pernyataan } from "./tipe.ts";

/**
 * Linter of the item bank against ITEM-WRITING.md. Every finding names its
 * rule, where it is, and what is wrong, in Bahasa Indonesia.
 */
export type Keparahan = "galat" | "peringatan";

export type KodeAturan =
  | "ID_FORMAT"
  | "ID_GANDA"
  | "ORANG_PERTAMA"
  | "JUMLAH_KATA"
  | "KATA_MUTLAK"
  | "KATA_INGGRIS"
  | "GAGASAN_GANDA"
  | "NOMOR_REGULASI"
  | "NEGASI_GANDA"
  | "SINGKATAN"
  | "SUBDIMENSI"
  | "SUMBER_DEFINISI"
  | "KEINGINAN_SOSIAL"
  | "PENILAI"
  | "SITUASI"
  | "KEYAKINAN_KUNCI"
  | "RIWAYAT"
  | "JUMLAH_PER_SUBDIMENSI"
  | "PROPORSI_KUNCI"
  | "TEKS_TERBIT_BERUBAH"
  | "TERBIT_HILANG"
  | "TERBIT_TIDAK_TERCATAT"
  | "BLOK_UKURAN"
  | "BLOK_PERNYATAAN_TIDAK_ADA"
  | "BLOK_PERNYATAAN_DITARIK"
  | "BLOK_SUBDIMENSI_SAMA"
  | "BLOK_SATU_FAKTOR"
  | "BLOK_KEINGINAN_SOSIAL"
  | "BLOK_SITUASI_SAMA"
  | "FORM_BLOK_GANDA"
  | "FORM_PERNYATAAN_GANDA"
  | "FORM_CAKUPAN"
  | "FORM_KUNCI_SUBDIMENSI"
  | "FORM_CAMPURAN_KUNCI"
  | "FORM_JUMLAH_BLOK"
  | "FORM_JANGKAR"
  | "BLOK_TIDAK_KONSISTEN";

export interface Temuan {
  aturan: KodeAturan;
  keparahan: Keparahan;
  lokasi: string;
  pesan: string;
}

/** Published statement texts by id: a published text never changes in place (ITEM-WRITING.md "Review"). */
export type RegisterTerbit = Readonly<Record<string, string>>;

const galat = (aturan: KodeAturan, lokasi: string, pesan: string): Temuan => ({
  aturan,
  keparahan: "galat",
  lokasi,
  pesan,
});
const peringatan = (aturan: KodeAturan, lokasi: string, pesan: string): Temuan => ({
  aturan,
  keparahan: "peringatan",
  lokasi,
  pesan,
});

/** Words of a statement: whitespace-separated, hyphenated words count once. */
export function kataKata(teks: string): string[] {
  return teks.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

const bersih = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

const POLA_REGULASI =
  /\b(pasal|ayat|undang-undang|uu|pp|perpres|permen\p{L}*|peraturan pemerintah)\b|\bnomor\s+\d+|\d+\s*\/\s*\d{2,4}/iu;

export function lintPernyataan(p: Pernyataan): Temuan[] {
  const out: Temuan[] = [];
  const loc = `pernyataan ${p.id}`;
  if (!/^(KD|DN|KM)[1-4]-\d{2,3}$/.test(p.id)) {
    out.push(
      galat("ID_FORMAT", loc, `Id "${p.id}" harus berbentuk <sub-dimensi>-<nomor>, misalnya "KD1-07".`),
    );
  } else if (!p.id.startsWith(`${p.subDimensi}-`)) {
    out.push(galat("ID_FORMAT", loc, `Id "${p.id}" tidak diawali kode sub-dimensinya (${p.subDimensi}).`));
  }
  const kata = kataKata(p.teks);
  const token = kata.map(bersih);
  const kecil = ` ${token.join(" ")} `;
  if (!token.includes("saya")) {
    out.push(galat("ORANG_PERTAMA", loc, 'Pernyataan harus berbentuk orang pertama ("Saya …").'));
  }
  if (kata.length < ATURAN.kataMin || kata.length > ATURAN.kataMaks) {
    out.push(
      galat(
        "JUMLAH_KATA",
        loc,
        `Panjang pernyataan ${kata.length} kata; harus ${ATURAN.kataMin}–${ATURAN.kataMaks} kata.`,
      ),
    );
  }
  if (!p.absolutSah) {
    for (const m of KATA_MUTLAK) {
      if (kecil.includes(` ${m} `)) {
        out.push(
          galat(
            "KATA_MUTLAK",
            loc,
            `Kata mutlak "${m}" hanya boleh dipakai bila perilakunya memang mutlak (isi alasan pada absolutSah).`,
          ),
        );
      }
    }
  }
  for (const t of token) {
    if (Object.hasOwn(KATA_INGGRIS, t)) {
      out.push(
        galat(
          "KATA_INGGRIS",
          loc,
          `Kata bahasa Inggris "${t}"; gunakan bahasa Indonesia ("${KATA_INGGRIS[t]}").`,
        ),
      );
    }
  }
  if (/dan\s*\/\s*atau|atau\s*\/\s*dan/i.test(p.teks) || /\p{L}\/\p{L}/u.test(p.teks)) {
    out.push(
      galat(
        "GAGASAN_GANDA",
        loc,
        'Pernyataan memuat "dan/atau" atau garis miring: satu pernyataan, satu gagasan.',
      ),
    );
  }
  if (POLA_REGULASI.test(p.teks)) {
    out.push(
      galat("NOMOR_REGULASI", loc, "Pernyataan tidak boleh menyebut pasal, nomor, atau nama peraturan."),
    );
  }
  const negasi = token.filter((t) => (KATA_NEGASI as readonly string[]).includes(t)).length;
  if (negasi >= 2) {
    out.push(peringatan("NEGASI_GANDA", loc, `Ada ${negasi} kata ingkar; periksa apakah ini negasi ganda.`));
  }
  for (const w of kata) {
    const k = w.replace(/[^\p{L}]/gu, "");
    if (k.length >= 2 && k === k.toUpperCase() && /\p{Lu}/u.test(k)) {
      out.push(
        peringatan("SINGKATAN", loc, `Singkatan "${k}" mungkin tidak dipahami semua pegawai; tulis lengkap.`),
      );
    }
  }
  if (!isKodeSubDimensi(p.subDimensi)) {
    out.push(galat("SUBDIMENSI", loc, `Sub-dimensi "${p.subDimensi}" tidak dikenal.`));
  } else if (p.sumberDefinisi !== subDimensi(p.subDimensi).sumber) {
    out.push(
      galat(
        "SUMBER_DEFINISI",
        loc,
        `Sumber definisi "${p.sumberDefinisi}" bukan tempat definisi ${p.subDimensi} (${subDimensi(p.subDimensi).sumber}).`,
      ),
    );
  }
  if (!(p.keinginanSosial >= 1 && p.keinginanSosial <= 5)) {
    out.push(
      galat("KEINGINAN_SOSIAL", loc, `Nilai keinginan sosial ${p.keinginanSosial} harus di antara 1 dan 5.`),
    );
  }
  if (!p.penilaiKeinginanSosial?.trim()) {
    out.push(galat("PENILAI", loc, "Catat siapa yang menilai keinginan sosial pernyataan ini."));
  }
  if (!isKodeSituasi(p.situasi)) {
    out.push(galat("SITUASI", loc, `Situasi "${p.situasi}" tidak ada dalam daftar situasi.`));
  }
  if (p.kunci === 1 && !isKeyakinanPenguat(p.keyakinan)) {
    out.push(
      galat(
        "KEYAKINAN_KUNCI",
        loc,
        `Pernyataan berkunci positif harus mewakili keyakinan penguat, bukan "${p.keyakinan}".`,
      ),
    );
  } else if (p.kunci === -1 && !isKeyakinanPelemah(p.keyakinan)) {
    out.push(
      galat(
        "KEYAKINAN_KUNCI",
        loc,
        `Pernyataan berkunci negatif harus mewakili keyakinan pelemah, bukan "${p.keyakinan}".`,
      ),
    );
  } else if (p.kunci !== 1 && p.kunci !== -1) {
    out.push(galat("KEYAKINAN_KUNCI", loc, `Kunci harus 1 atau -1, bukan ${String(p.kunci)}.`));
  }
  if (!p.riwayat || p.riwayat.length === 0) {
    out.push(galat("RIWAYAT", loc, "Setiap pernyataan harus punya catatan perubahan (riwayat)."));
  }
  return out;
}

const persen = (x: number) => `${Math.round(x * 100)}%`;

/** Whole-bank rules: unique ids, coverage per sub-dimension, keying proportions, published texts. */
export function lintDaftarPernyataan(daftar: readonly Pernyataan[], terbit: RegisterTerbit = {}): Temuan[] {
  const out: Temuan[] = daftar.flatMap(lintPernyataan);
  const dilihat = new Set<string>();
  for (const p of daftar) {
    if (dilihat.has(p.id))
      out.push(galat("ID_GANDA", `pernyataan ${p.id}`, `Id "${p.id}" dipakai lebih dari sekali.`));
    dilihat.add(p.id);
  }
  const aktif = daftar.filter((p) => p.status !== "ditarik");
  for (const kode of KODE_SUBDIMENSI) {
    const milik = aktif.filter((p) => p.subDimensi === kode);
    if (milik.length < ATURAN.pernyataanPerSubDimensiMin) {
      out.push(
        galat(
          "JUMLAH_PER_SUBDIMENSI",
          `sub-dimensi ${kode}`,
          `Sub-dimensi ${kode} hanya punya ${milik.length} pernyataan; minimal ${ATURAN.pernyataanPerSubDimensiMin}.`,
        ),
      );
    }
    if (milik.length > 0) {
      const neg = milik.filter((p) => p.kunci === -1).length / milik.length;
      if (neg < ATURAN.proporsiNegatifMin - 1e-9 || neg > ATURAN.proporsiNegatifMaks + 1e-9) {
        out.push(
          galat(
            "PROPORSI_KUNCI",
            `sub-dimensi ${kode}`,
            `Pernyataan berkunci negatif di ${kode} ${persen(neg)}; harus sepertiga sampai separuh.`,
          ),
        );
      }
    }
  }
  if (aktif.length > 0) {
    const neg = aktif.filter((p) => p.kunci === -1).length / aktif.length;
    if (neg < ATURAN.proporsiNegatifMin - 1e-9 || neg > ATURAN.proporsiNegatifMaks + 1e-9) {
      out.push(
        galat(
          "PROPORSI_KUNCI",
          "bank",
          `Pernyataan berkunci negatif ${persen(neg)} dari seluruh bank; harus sepertiga sampai separuh.`,
        ),
      );
    }
  }
  const menurutId = new Map(daftar.map((p) => [p.id, p]));
  for (const [id, teks] of Object.entries(terbit)) {
    const p = menurutId.get(id);
    if (!p) {
      out.push(
        galat(
          "TERBIT_HILANG",
          `pernyataan ${id}`,
          `Pernyataan terbit ${id} tidak boleh dihapus; tandai "ditarik".`,
        ),
      );
    } else if (p.teks !== teks) {
      out.push(
        galat(
          "TEKS_TERBIT_BERUBAH",
          `pernyataan ${id}`,
          `Teks pernyataan terbit ${id} berubah; teks baru harus memakai id baru dan id lama ditarik.`,
        ),
      );
    }
  }
  for (const p of daftar) {
    if (p.status === "terbit" && !Object.hasOwn(terbit, p.id)) {
      out.push(
        galat(
          "TERBIT_TIDAK_TERCATAT",
          `pernyataan ${p.id}`,
          `Pernyataan ${p.id} berstatus terbit tetapi teksnya tidak tercatat di register terbit.`,
        ),
      );
    }
  }
  return out;
}

/** Block rules (ITEM-WRITING.md "Blocks"). */
export function lintBlok(blok: Blok, indeks: ReadonlyMap<string, Pernyataan>, lokasiInduk = ""): Temuan[] {
  const out: Temuan[] = [];
  const loc = `${lokasiInduk}blok ${blok.id}`;
  if (blok.pernyataan.length !== 3) {
    out.push(
      galat("BLOK_UKURAN", loc, `Blok harus berisi tepat 3 pernyataan, bukan ${blok.pernyataan.length}.`),
    );
  }
  const isi: Pernyataan[] = [];
  for (const id of blok.pernyataan) {
    const p = indeks.get(id);
    if (!p) out.push(galat("BLOK_PERNYATAAN_TIDAK_ADA", loc, `Pernyataan ${id} tidak ada di bank.`));
    else {
      if (p.status === "ditarik")
        out.push(galat("BLOK_PERNYATAAN_DITARIK", loc, `Pernyataan ${id} sudah ditarik.`));
      isi.push(p);
    }
  }
  const sub = new Set(isi.map((p) => p.subDimensi));
  if (sub.size < isi.length) {
    out.push(
      galat("BLOK_SUBDIMENSI_SAMA", loc, "Ketiga pernyataan dalam blok harus dari sub-dimensi yang berbeda."),
    );
  }
  if (
    isi.length > 1 &&
    new Set(isi.map((p) => (isKodeSubDimensi(p.subDimensi) ? faktorDari(p.subDimensi) : ""))).size < 2
  ) {
    out.push(
      peringatan("BLOK_SATU_FAKTOR", loc, "Sebaiknya blok memuat pernyataan dari minimal dua faktor."),
    );
  }
  if (isi.length > 1) {
    const nilai = isi.map((p) => p.keinginanSosial);
    const selisih = Math.max(...nilai) - Math.min(...nilai);
    if (selisih > ATURAN.selisihKeinginanSosialMaks + 1e-9) {
      out.push(
        galat(
          "BLOK_KEINGINAN_SOSIAL",
          loc,
          `Selisih keinginan sosial dalam blok ${selisih.toFixed(1)}; paling banyak ${ATURAN.selisihKeinginanSosialMaks}.`,
        ),
      );
    }
  }
  if (new Set(isi.map((p) => p.situasi)).size < isi.length) {
    out.push(galat("BLOK_SITUASI_SAMA", loc, "Dua pernyataan dalam satu blok tidak boleh berbagi situasi."));
  }
  return out;
}

/** Keyed-direction pattern of a block: all positive, all negative, or mixed. */
export function polaKunci(
  blok: Blok,
  indeks: ReadonlyMap<string, Pernyataan>,
): "positif" | "negatif" | "campuran" {
  const kunci = blok.pernyataan.map((id) => indeks.get(id)?.kunci);
  if (kunci.every((k) => k === 1)) return "positif";
  if (kunci.every((k) => k === -1)) return "negatif";
  return "campuran";
}

/** Form rules (ITEM-WRITING.md "Blocks" and "Forms"). */
export function lintFormulir(form: Formulir, indeks: ReadonlyMap<string, Pernyataan>): Temuan[] {
  const loc = `formulir ${form.id}`;
  const out: Temuan[] = form.blok.flatMap((b) => lintBlok(b, indeks, `${loc}, `));
  const idBlok = new Set<string>();
  const dipakai = new Set<string>();
  for (const b of form.blok) {
    if (idBlok.has(b.id)) out.push(galat("FORM_BLOK_GANDA", loc, `Blok ${b.id} muncul lebih dari sekali.`));
    idBlok.add(b.id);
    for (const id of b.pernyataan) {
      if (dipakai.has(id)) {
        out.push(
          galat("FORM_PERNYATAAN_GANDA", loc, `Pernyataan ${id} dipakai lebih dari sekali dalam formulir.`),
        );
      }
      dipakai.add(id);
    }
  }
  const lengkap = form.jenis === "lengkap";
  const min = lengkap
    ? ATURAN.pernyataanPerSubDimensiFormLengkapMin
    : ATURAN.pernyataanPerSubDimensiPenyaringanMin;
  const perSub = new Map<KodeSubDimensi, Pernyataan[]>(KODE_SUBDIMENSI.map((k) => [k, []]));
  for (const id of dipakai) {
    const p = indeks.get(id);
    if (p) perSub.get(p.subDimensi)?.push(p);
  }
  for (const [kode, isi] of perSub) {
    if (isi.length < min) {
      out.push(
        galat(
          "FORM_CAKUPAN",
          loc,
          `Sub-dimensi ${kode} diukur ${isi.length} pernyataan; minimal ${min} per formulir.`,
        ),
      );
    }
    const kunci = new Set(isi.map((p) => p.kunci));
    if (isi.length > 0 && kunci.size < 2) {
      out.push(
        galat(
          "FORM_KUNCI_SUBDIMENSI",
          loc,
          `Sub-dimensi ${kode} harus diukur pernyataan berkunci positif dan negatif.`,
        ),
      );
    }
  }
  const pola = form.blok.map((b) => polaKunci(b, indeks));
  for (const jenis of ["positif", "negatif", "campuran"] as const) {
    if (!pola.includes(jenis)) {
      out.push(
        galat(
          "FORM_CAMPURAN_KUNCI",
          loc,
          `Formulir harus memuat blok ${jenis === "campuran" ? "berkunci campuran" : `yang seluruhnya berkunci ${jenis}`}.`,
        ),
      );
    }
  }
  const campuran = pola.filter((p) => p === "campuran").length;
  if (form.blok.length > 0 && campuran / form.blok.length < ATURAN.proporsiBlokCampuranMin) {
    out.push(
      peringatan(
        "FORM_CAMPURAN_KUNCI",
        loc,
        `Hanya ${campuran} dari ${form.blok.length} blok berkunci campuran; disarankan minimal sepertiga.`,
      ),
    );
  }
  if (
    !lengkap &&
    (form.blok.length < ATURAN.blokPenyaringanMin || form.blok.length > ATURAN.blokPenyaringanMaks)
  ) {
    out.push(
      galat(
        "FORM_JUMLAH_BLOK",
        loc,
        `Formulir penyaringan berisi ${form.blok.length} blok; harus ${ATURAN.blokPenyaringanMin}–${ATURAN.blokPenyaringanMaks}.`,
      ),
    );
  }
  for (const j of form.jangkar) {
    if (!idBlok.has(j)) out.push(galat("FORM_JANGKAR", loc, `Blok jangkar ${j} tidak ada dalam formulir.`));
  }
  return out;
}

/**
 * Rules across forms: a block id means the same three statements everywhere,
 * and the parallel full forms share one anchor set, large enough for linking.
 */
export function lintAntarFormulir(daftar: readonly Formulir[]): Temuan[] {
  const out: Temuan[] = [];
  const isiBlok = new Map<string, string>();
  for (const f of daftar) {
    for (const b of f.blok) {
      const isi = b.pernyataan.join(",");
      const lama = isiBlok.get(b.id);
      if (lama !== undefined && lama !== isi) {
        out.push(
          galat(
            "BLOK_TIDAK_KONSISTEN",
            `formulir ${f.id}, blok ${b.id}`,
            `Blok ${b.id} berisi lain di formulir lain.`,
          ),
        );
      }
      isiBlok.set(b.id, isi);
    }
  }
  const lengkap = daftar.filter((f) => f.jenis === "lengkap");
  if (lengkap.length >= 2) {
    const acuan = [...lengkap[0].jangkar].sort().join(",");
    for (const f of lengkap) {
      const loc = `formulir ${f.id}`;
      if ([...f.jangkar].sort().join(",") !== acuan) {
        out.push(
          galat(
            "FORM_JANGKAR",
            loc,
            `Formulir paralel harus berbagi himpunan blok jangkar yang sama dengan ${lengkap[0].id}.`,
          ),
        );
      }
      if (f.jangkar.length < ATURAN.proporsiJangkarMin * f.blok.length) {
        out.push(
          galat(
            "FORM_JANGKAR",
            loc,
            `Hanya ${f.jangkar.length} blok jangkar; minimal ${persen(ATURAN.proporsiJangkarMin)} dari ${f.blok.length} blok.`,
          ),
        );
      }
    }
  }
  return out;
}

/** Every rule over a whole bank with its forms. */
export function lintBank(bank: BankButir, terbit: RegisterTerbit = {}): Temuan[] {
  const indeks = new Map(bank.pernyataan.map((p) => [p.id, p]));
  return [
    ...lintDaftarPernyataan(bank.pernyataan, terbit),
    ...bank.formulir.flatMap((f) => lintFormulir(f, indeks)),
    ...lintAntarFormulir(bank.formulir),
  ];
}

export const adaGalat = (temuan: readonly Temuan[]) => temuan.some((t) => t.keparahan === "galat");
