/**
 * Rankings within category after finalization (docs/nasional.md § 6): agencies
 * whose worksheet is approved, ranked by the final worksheet score with the
 * domain's rank ranges and bands, and the national distribution per category.
 */
import { medianNilai, peringkatPerKelompok, teksRentangPeringkat } from "@nurani/domain";
import { sql } from "kysely";
import type { Db } from "./kueri.ts";

export interface BarisPeringkat {
  instansiId: string;
  kode: string;
  nama: string;
  jenis: string;
  nilai: number;
  bawah: number;
  atas: number;
  peringkat: number;
  terbaik: number;
  terburuk: number;
  rentang: string;
  pita: "atas" | "tengah" | "bawah";
}

export const PENJELASAN_PERINGKAT =
  "Peringkat disusun per jenis instansi dari nilai akhir LKE yang sudah disetujui. Dua instansi yang selang nilainya bertumpang tindih tidak ditampilkan berbeda: setiap instansi mendapat rentang peringkat (terbaik–terburuk) — hanya instansi yang pasti lebih tinggi berada di atasnya, dan hanya yang pasti lebih rendah di bawahnya. Pita atas/tengah/bawah membandingkan selang dengan median jenisnya. Nilai LKE adalah angka pasti (selangnya satu titik); nilai yang sama berbagi peringkat.";

/** Approved worksheets of a period, ranked per category. */
export async function hitungPeringkat(db: Db, periodeId: string): Promise<BarisPeringkat[]> {
  const r = await sql<{ instansi_id: string; kode: string; nama: string; jenis: string; skor: string }>`
    select l.instansi_id, i.kode, i.nama,
      case when i.jenis = 'lembaga' then 'lembaga_pemerintah_nonkementerian' else i.jenis end as jenis,
      l.skor_akhir as skor
    from lembar_evaluasi l join instansi i on i.id = l.instansi_id
    where l.periode_id = ${periodeId} and l.status = 'disetujui' and l.skor_akhir is not null`.execute(db);
  const daftar = r.rows.map((x) => {
    const nilai = Math.round(Number(x.skor) * 100) / 100;
    return {
      id: x.instansi_id,
      kode: x.kode,
      nama: x.nama,
      kelompok: x.jenis,
      nilai,
      bawah: nilai,
      atas: nilai,
    };
  });
  const out: BarisPeringkat[] = [];
  for (const [jenis, xs] of peringkatPerKelompok(daftar))
    for (const x of xs)
      out.push({
        instansiId: x.id,
        kode: x.kode,
        nama: x.nama,
        jenis,
        nilai: x.nilai,
        bawah: x.bawah,
        atas: x.atas,
        peringkat: x.peringkat,
        terbaik: x.terbaik,
        terburuk: x.terburuk,
        rentang: teksRentangPeringkat(x),
        pita: x.pita,
      });
  return out.sort(
    (a, b) => a.jenis.localeCompare(b.jenis) || a.peringkat - b.peringkat || a.kode.localeCompare(b.kode),
  );
}

function kuantil(urut: number[], q: number): number {
  if (urut.length === 0) return 0;
  const h = (urut.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return urut[lo] + (urut[hi] - urut[lo]) * (h - lo);
}

/** Per category: five-number summary and a 10-point histogram of the final scores. */
export function distribusi(baris: BarisPeringkat[]) {
  const per = new Map<string, number[]>();
  for (const b of baris) per.set(b.jenis, [...(per.get(b.jenis) ?? []), b.nilai]);
  return [...per].map(([jenis, xs]) => {
    const urut = [...xs].sort((a, b) => a - b);
    const histogram = Array.from({ length: 10 }, () => 0);
    for (const x of urut) histogram[Math.min(9, Math.floor(x / 10))]++;
    return {
      jenis,
      n: urut.length,
      min: urut[0],
      kuartil1: kuantil(urut, 0.25),
      median: medianNilai(urut),
      kuartil3: kuantil(urut, 0.75),
      maks: urut[urut.length - 1],
      histogram,
    };
  });
}

/** The rankings as published (snapshot kept on the period, readable inside an agency's fence). */
export async function peringkatTerbit(db: Db, periodeId: string): Promise<BarisPeringkat[]> {
  const r = await db
    .selectFrom("periode_evaluasi")
    .select("peringkat")
    .where("id", "=", periodeId)
    .executeTakeFirst();
  return (r?.peringkat as BarisPeringkat[] | null) ?? [];
}
