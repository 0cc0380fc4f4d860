import { createRng, type Rng } from "@nurani/irt";
import { faktorDari, KODE_SUBDIMENSI } from "../kerangka/faktor.ts";
import { ATURAN } from "./aturan.ts";
import { adaGalat, lintBank, polaKunci } from "./lint.ts";
import type { Blok, Formulir, Pernyataan } from "./tipe.ts";

/**
 * Assembly of forced-choice blocks and forms from the bank (ITEM-WRITING.md
 * "Blocks" and "Forms"). Used once to produce the published forms in
 * `formulir-nasional.ts`; published forms are data and are never
 * re-assembled in place.
 */

/** Can two statements share a block? Different sub-dimension and situation, desirability within 0.5. */
export function dapatSeblok(a: Pernyataan, b: Pernyataan): boolean {
  return (
    a.subDimensi !== b.subDimensi &&
    a.situasi !== b.situasi &&
    Math.abs(a.keinginanSosial - b.keinginanSosial) <= ATURAN.selisihKeinginanSosialMaks + 1e-9
  );
}

const duaFaktor = (x: Pernyataan[]) => new Set(x.map((p) => faktorDari(p.subDimensi))).size >= 2;

type Pola = "positif" | "negatif" | "campuran";
const polaDari = (x: Pernyataan[]): Pola =>
  x.every((p) => p.kunci === 1) ? "positif" : x.every((p) => p.kunci === -1) ? "negatif" : "campuran";

/** Target share of block keying patterns; mixed blocks dominate (Brown & Maydeu-Olivares 2011). */
export const TARGET_POLA: Record<Pola, number> = { positif: 0.25, negatif: 0.1, campuran: 0.65 };

function acak<T>(x: T[], rng: Rng): T[] {
  const y = [...x];
  for (let i = y.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [y[i], y[j]] = [y[j], y[i]];
  }
  return y;
}

/**
 * Partition statements into triplets obeying the block rules, from at least
 * two factors, steering the keying patterns towards `TARGET_POLA`. Greedy,
 * most-constrained statement first; returns null when it gets stuck (the
 * caller retries with another random stream).
 */
export function susunBlok(pool: readonly Pernyataan[], awalanId: string, rng: Rng): Blok[] | null {
  let sisa = acak([...pool], rng);
  const blok: Blok[] = [];
  const jumlahPola: Record<Pola, number> = { positif: 0, negatif: 0, campuran: 0 };
  const totalBlok = pool.length / 3;
  while (sisa.length > 0) {
    const derajat = sisa.map((a) => sisa.filter((b) => dapatSeblok(a, b)).length);
    const a = sisa[derajat.indexOf(Math.min(...derajat))];
    const mitra = sisa.filter((b) => b !== a && dapatSeblok(a, b));
    let terbaik: { skor: number; isi: Pernyataan[] } | null = null;
    for (let i = 0; i < mitra.length; i++) {
      for (let j = i + 1; j < mitra.length; j++) {
        const isi = [a, mitra[i], mitra[j]];
        if (!dapatSeblok(mitra[i], mitra[j]) || !duaFaktor(isi)) continue;
        const pola = polaDari(isi);
        const skor = TARGET_POLA[pola] * totalBlok - jumlahPola[pola] + rng.uniform() * 0.5;
        if (!terbaik || skor > terbaik.skor) terbaik = { skor, isi };
      }
    }
    if (!terbaik) return null;
    jumlahPola[polaDari(terbaik.isi)]++;
    const nomor = String(blok.length + 1).padStart(2, "0");
    blok.push({
      id: `${awalanId}${nomor}`,
      pernyataan: terbaik.isi.map((p) => p.id) as [string, string, string],
    });
    const dipakai = new Set(terbaik.isi);
    sisa = sisa.filter((p) => !dipakai.has(p));
  }
  return blok;
}

export interface HasilSusunNasional {
  formulir: Formulir[];
  benih: number;
  percobaan: number;
}

/**
 * Two parallel full forms (36 blocks, 9 statements per sub-dimension) sharing
 * 12 anchor blocks, and a 16-block screening form: the 12 anchor blocks plus
 * 4 blocks holding one more statement of each sub-dimension (4 per
 * sub-dimension, so that each factor score reaches the reliability floor).
 * Per sub-dimension the 12 statements are split 3 anchor / 3 form-A only /
 * 3 form-B only / 3 in both forms (in different blocks); the anchor three
 * hold both keyed directions, so every form measures each sub-dimension in
 * both directions.
 */
export function susunFormulirNasional(
  pernyataan: readonly Pernyataan[],
  opsi: { benih: number; versi: string; percobaanMaks?: number },
): HasilSusunNasional {
  const percobaanMaks = opsi.percobaanMaks ?? 500;
  for (let percobaan = 0; percobaan < percobaanMaks; percobaan++) {
    const rng = createRng(opsi.benih + percobaan);
    const jangkar: Pernyataan[] = [];
    const hanyaA: Pernyataan[] = [];
    const hanyaB: Pernyataan[] = [];
    const bersama: Pernyataan[] = [];
    const tambahanPenyaringan: Pernyataan[] = [];
    for (const kode of KODE_SUBDIMENSI) {
      const milik = pernyataan.filter((p) => p.subDimensi === kode && p.status !== "ditarik");
      const pos = acak(
        milik.filter((p) => p.kunci === 1),
        rng,
      );
      const neg = acak(
        milik.filter((p) => p.kunci === -1),
        rng,
      );
      const negJangkar = 1 + rng.int(2);
      jangkar.push(...neg.slice(0, negJangkar), ...pos.slice(0, 3 - negJangkar));
      const lain = acak([...neg.slice(negJangkar), ...pos.slice(3 - negJangkar)], rng);
      hanyaA.push(...lain.slice(0, 3));
      hanyaB.push(...lain.slice(3, 6));
      bersama.push(...lain.slice(6, 9));
      tambahanPenyaringan.push(lain[rng.int(lain.length)]);
    }
    const blokJ = susunBlok(jangkar, `N${opsi.versi}-J`, rng);
    const blokA = blokJ && susunBlok([...hanyaA, ...bersama], `N${opsi.versi}-A`, rng);
    const blokB = blokA && susunBlok([...hanyaB, ...bersama], `N${opsi.versi}-B`, rng);
    const blokS = blokB && susunBlok(tambahanPenyaringan, `N${opsi.versi}-S`, rng);
    if (!blokJ || !blokA || !blokB || !blokS) continue;
    const kunciBlok = (b: Blok) => [...b.pernyataan].sort().join(",");
    const isiA = new Set(blokA.map(kunciBlok));
    if (blokB.some((b) => isiA.has(kunciBlok(b)))) continue;
    const idJangkar = blokJ.map((b) => b.id);
    const formulir: Formulir[] = [
      {
        id: `NAS-${opsi.versi}-A`,
        nama: { id: "Formulir Lengkap A", en: "Full form A" },
        jenis: "lengkap",
        versi: opsi.versi,
        blok: selang(blokJ, blokA),
        jangkar: idJangkar,
      },
      {
        id: `NAS-${opsi.versi}-B`,
        nama: { id: "Formulir Lengkap B", en: "Full form B" },
        jenis: "lengkap",
        versi: opsi.versi,
        blok: selang(blokJ, blokB),
        jangkar: idJangkar,
      },
      {
        id: `NAS-${opsi.versi}-S`,
        nama: { id: "Formulir Penyaringan", en: "Screening form" },
        jenis: "penyaringan",
        versi: opsi.versi,
        blok: [...blokJ, ...blokS],
        jangkar: idJangkar,
      },
    ];
    const temuan = lintBank({ versi: opsi.versi, pernyataan: [...pernyataan], formulir });
    if (adaGalat(temuan) || temuan.length > 0) continue;
    const indeks = new Map(pernyataan.map((p) => [p.id, p]));
    if (!formulir.every((f) => new Set(f.blok.map((b) => polaKunci(b, indeks))).size === 3)) continue;
    return { formulir, benih: opsi.benih, percobaan };
  }
  throw new Error(`Formulir tidak dapat disusun setelah ${percobaanMaks} percobaan.`);
}

/** Spread the anchor blocks evenly through a form: one anchor after every two own blocks. */
function selang(jangkar: Blok[], sendiri: Blok[]): Blok[] {
  const out: Blok[] = [];
  const langkah = Math.round(sendiri.length / jangkar.length);
  let j = 0;
  sendiri.forEach((b, i) => {
    out.push(b);
    if ((i + 1) % langkah === 0 && j < jangkar.length) out.push(jangkar[j++]);
  });
  while (j < jangkar.length) out.push(jangkar[j++]);
  return out;
}
