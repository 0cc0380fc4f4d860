/** Statement rules (ITEM-WRITING.md "Statements"): each statement alone, then the bank's statements together. */
import { isKodeSubDimensi, KODE_SUBDIMENSI, subDimensi } from "../kerangka/faktor.ts";
import { isKeyakinanPelemah, isKeyakinanPenguat } from "../kerangka/keyakinan.ts";
import { ATURAN, KATA_INGGRIS, KATA_MUTLAK, KATA_NEGASI } from "./aturan.ts";
import { galat, peringatan, persen, type RegisterTerbit, type Temuan } from "./lint-temuan.ts";
import { isKodeSituasi } from "./situasi.ts";
import type { Pernyataan } from "./tipe.ts";

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
