/**
 * More reminders of the daily run (docs/pengingat.md), read from the state like the others:
 * - SMART-target deadlines of the action plan (Tabel 3 no. 4, preparation step 4): daily from 7 days
 *   before the deadline to the deadline, to the person in charge (or the role in charge), while the
 *   cycle is open and not yet at its final assessment;
 * - a Ministry recommendation to my agency (the evaluation, BAB IV): once when sent or reopened,
 *   then daily from 3 days before its deadline while it is not answered, to the roles that answer;
 * - a non-test rating requested of me (Tabel 3 no. 3; 360° raters): once when the period opens
 *   with ratings of mine not submitted, then daily from 3 days before its deadline.
 * Each stops once done (answered, submitted, cycle moved on).
 */
import { PELAKU_REKOMENDASI, type Peran } from "@nurani/domain";
import type { Db } from "../../db/factory.ts";
import type { Peristiwa } from "./peristiwa.ts";

const tgl = (d: Date, zona: string) => new Intl.DateTimeFormat("en-CA", { timeZone: zona }).format(d);

/** `YYYY-MM` is the end of that month (TargetSmart.tenggat). */
export function akhirTenggat(t: string): string {
  if (/^\d{4}-\d{2}$/.test(t)) {
    const [y, m] = t.split("-").map(Number);
    return `${t}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
  }
  return t.slice(0, 10);
}

async function penggunaPeran(db: Db, instansiId: string, peran: readonly string[], hanya?: string) {
  if (peran.length === 0) return [];
  const r = await db
    .selectFrom("peran_pengguna as r")
    .innerJoin("pengguna as g", "g.id", "r.pengguna_id")
    .select("r.pengguna_id")
    .distinct()
    .where("r.instansi_id", "=", instansiId)
    .where("r.peran", "in", [...peran])
    .where("g.aktif", "=", true)
    .$if(hanya !== undefined, (q) => q.where("r.pengguna_id", "=", hanya as string))
    .execute();
  return r.map((x) => x.pengguna_id);
}

async function penggunaPegawai(db: Db, instansiId: string, pegawaiIds: string[], hanya?: string) {
  if (pegawaiIds.length === 0) return new Map<string, string>();
  const r = await db
    .selectFrom("pengguna")
    .select(["id", "pegawai_id"])
    .where("pegawai_instansi_id", "=", instansiId)
    .where("pegawai_id", "in", pegawaiIds)
    .where("aktif", "=", true)
    .$if(hanya !== undefined, (q) => q.where("id", "=", hanya as string))
    .execute();
  return new Map(r.map((x) => [x.pegawai_id as string, x.id]));
}

const tambahHari = (hari: string, n: number) =>
  new Date(Date.parse(`${hari}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface TargetTersimpan {
  kode: string;
  uraian?: string;
  tenggat: string;
  penanggungJawab?: { peran: Peran; pegawaiId?: string };
}

export async function peristiwaLanjut(
  db: Db,
  instansiId: string,
  kini: Date,
  zona: string,
  hanya?: string,
): Promise<Peristiwa[]> {
  const hariIni = tgl(kini, zona);
  const out: Peristiwa[] = [];

  // SMART targets of open cycles still before their final assessment
  const rencana = await db
    .selectFrom("langkah_persiapan as l")
    .innerJoin("siklus_program as s", (j) =>
      j.onRef("s.instansi_id", "=", "l.instansi_id").onRef("s.id", "=", "l.siklus_id"),
    )
    .select(["s.id", "s.nama", "l.isi"])
    .where("l.instansi_id", "=", instansiId)
    .where("l.langkah", "=", "rencana_aksi")
    .where("l.isi", "is not", null)
    .where("s.ditutup", "is", null)
    .where("s.penilaian_mulai", "is", null)
    .execute();
  for (const r of rencana) {
    const target = ((r.isi ?? {}) as { target?: TargetTersimpan[] }).target ?? [];
    for (const t of target) {
      const batas = akhirTenggat(t.tenggat);
      if (!(hariIni >= tambahHari(batas, -7) && hariIni <= batas)) continue;
      const pj = t.penanggungJawab;
      const penerima = pj?.pegawaiId
        ? [...(await penggunaPegawai(db, instansiId, [pj.pegawaiId], hanya)).values()]
        : await penggunaPeran(db, instansiId, pj ? [pj.peran] : ["tim_supervisi"], hanya);
      for (const penggunaId of penerima)
        out.push({
          penggunaId,
          kunci: `target:${r.id}:${t.kode}`,
          harian: true,
          jenis: "program.target",
          judul: {
            id: `Tenggat target SMART ${t.kode} (${batas}): ${r.nama}`,
            en: `SMART target ${t.kode} due ${batas}: ${r.nama}`,
          },
          isi: t.uraian ? { id: t.uraian, en: t.uraian } : undefined,
          tautan: `/program/${r.id}`,
          batas,
        });
    }
  }

  // Ministry recommendations not answered
  const rek = await db
    .selectFrom("rekomendasi_evaluasi")
    .select(["id", "kode_indikator", "isi", "tenggat", "status"])
    .where("instansi_id", "=", instansiId)
    .where("status", "in", ["terkirim", "dibuka_kembali"])
    .execute();
  if (rek.length > 0) {
    const penjawab = await penggunaPeran(db, instansiId, PELAKU_REKOMENDASI.jawab, hanya);
    for (const x of rek) {
      const batas = String(x.tenggat).slice(0, 10);
      const ringkas = x.isi.slice(0, 80);
      for (const penggunaId of penjawab) {
        out.push({
          penggunaId,
          kunci: `rekomendasi:${x.id}:${x.status}`,
          harian: false,
          jenis: "evaluasi.rekomendasi",
          judul: {
            id: `Rekomendasi Kementerian untuk instansi Anda (${x.kode_indikator}): ${ringkas}`,
            en: `A Ministry recommendation to your agency (${x.kode_indikator}): ${ringkas}`,
          },
          isi: { id: `Batas jawaban: ${batas}.`, en: `Answer by ${batas}.` },
          tautan: "/evaluasi",
          batas,
        });
        if (batas <= tambahHari(hariIni, 3))
          out.push({
            penggunaId,
            kunci: `rekomendasi_tenggat:${x.id}`,
            harian: true,
            jenis: "evaluasi.rekomendasi_tenggat",
            judul:
              batas < hariIni
                ? {
                    id: `Rekomendasi Kementerian terlambat dijawab (batas ${batas}): ${ringkas}`,
                    en: `Ministry recommendation answer late (due ${batas}): ${ringkas}`,
                  }
                : {
                    id: `Batas jawaban rekomendasi Kementerian ${batas}: ${ringkas}`,
                    en: `Ministry recommendation answer due ${batas}: ${ringkas}`,
                  },
            tautan: "/evaluasi",
            batas,
          });
      }
    }
  }

  // non-test ratings requested of me, not yet submitted, in open periods
  const tugas = await db
    .selectFrom("tugas_penilai as t")
    .innerJoin("periode_nontes as p", (j) =>
      j.onRef("p.instansi_id", "=", "t.instansi_id").onRef("p.id", "=", "t.periode_id"),
    )
    .select(["t.penilai_id", "p.id", "p.judul", "p.tenggat"])
    .select((e) => e.fn.countAll<string>().as("n"))
    .where("t.instansi_id", "=", instansiId)
    .where("p.status", "=", "dibuka")
    .where("t.dikirim", "is", null)
    .groupBy(["t.penilai_id", "p.id", "p.judul", "p.tenggat"])
    .execute();
  const penilai = await penggunaPegawai(db, instansiId, [...new Set(tugas.map((x) => x.penilai_id))], hanya);
  for (const x of tugas) {
    const penggunaId = penilai.get(x.penilai_id);
    if (!penggunaId) continue;
    const batas = String(x.tenggat).slice(0, 10);
    out.push({
      penggunaId,
      kunci: `nontes:${x.id}`,
      harian: false,
      jenis: "nontes.penilaian",
      judul: {
        id: `Penilaian non-tes menunggu Anda: ${x.n} pegawai (${x.judul})`,
        en: `Non-test ratings await you: ${x.n} employees (${x.judul})`,
      },
      isi: { id: `Batas waktu: ${batas}.`, en: `Deadline: ${batas}.` },
      tautan: "/nontes/tugas",
      batas,
    });
    if (batas <= tambahHari(hariIni, 3))
      out.push({
        penggunaId,
        kunci: `nontes_tutup:${x.id}`,
        harian: true,
        jenis: "nontes.segera_tutup",
        judul: {
          id: `Penilaian non-tes segera ditutup (${batas}): ${x.n} pegawai belum Anda nilai`,
          en: `Non-test rating closes soon (${batas}): ${x.n} employees not yet rated`,
        },
        tautan: "/nontes/tugas",
        batas,
      });
  }
  return out;
}
