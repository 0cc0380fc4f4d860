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

export const PENJELASAN_PERINGKAT_INDEKS =
  "Peringkat disusun per jenis instansi dari indeks integritas terakhir yang dirilis, dengan selang kepercayaan 95%. Dua instansi yang selangnya bertumpang tindih tidak dapat dinyatakan berbeda, sehingga berbagi pita peringkat: setiap instansi mendapat rentang peringkat (terbaik–terburuk) — hanya instansi yang selangnya seluruhnya di atas selangnya berada di atasnya, dan hanya yang seluruhnya di bawah berada di bawahnya. Pita atas/tengah/bawah: selang seluruhnya di atas, memotong, atau seluruhnya di bawah median jenisnya. Setelah hasil periode terbit, indeks yang dipakai adalah indeks saat terbit. Instansi tanpa indeks (belum dirilis atau di bawah ambang k) tidak diperingkat.";

type Dinilai = {
  id: string;
  kode: string;
  nama: string;
  kelompok: string;
  nilai: number;
  bawah: number;
  atas: number;
};

function susun(daftar: Dinilai[]): BarisPeringkat[] {
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

/**
 * The period's participants ranked per category by their integrity index
 * and its 95 % interval (docs/evaluasi.md): frozen at publication
 * (`indeks_periode`), live before. Overlapping intervals share a rank range.
 */
export async function hitungPeringkatIndeks(db: Db, periodeId: string): Promise<BarisPeringkat[]> {
  const r = await sql<{
    id: string;
    kode: string;
    nama: string;
    jenis: string;
    nilai: number;
    bawah: number;
    atas: number;
  }>`
    select i.id, i.kode, i.nama, i.jenis,
      case when p.peringkat_terbit is not null then ip.indeks_nilai else r.indeks_nilai end as nilai,
      case when p.peringkat_terbit is not null then ip.indeks_bawah else r.indeks_bawah end as bawah,
      case when p.peringkat_terbit is not null then ip.indeks_atas else r.indeks_atas end as atas
    from periode_evaluasi p
    join instansi i on i.jenis = any (p.jenis_peserta) and not i.nasional and i.aktif
    left join indeks_periode ip on ip.periode_id = p.id and ip.instansi_id = i.id
    left join ringkasan_instansi r on r.instansi_id = i.id
    where p.id = ${periodeId}`.execute(db);
  const bulat = (x: number) => Math.round(Number(x) * 10) / 10;
  return susun(
    r.rows
      .filter((x) => x.nilai !== null && x.bawah !== null && x.atas !== null)
      .map((x) => ({
        id: x.id,
        kode: x.kode,
        nama: x.nama,
        kelompok: x.jenis,
        nilai: bulat(x.nilai),
        bawah: bulat(x.bawah),
        atas: bulat(x.atas),
      })),
  );
}

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
  return susun(daftar);
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
