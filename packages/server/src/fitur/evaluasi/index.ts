/**
 * The Ministry's evaluation of each agency (PermenPANRB 60/2020 BAB IV;
 * docs/evaluasi.md): periods, the worksheet (LKE) and its review,
 * rankings, recommendations. What other areas (the national dashboard,
 * the national report) may use of it is exported here.
 */
import { JENIS_INSTANSI, LKE_V1, ringkasRekomendasi } from "@nurani/domain";
import { sql } from "kysely";
import { defineFitur } from "../../http/fitur.ts";
import { tanggalDi } from "../../umum/tanggal.ts";
import type { Db } from "./kueri.ts";
import { hariIni } from "./layanan.ts";
import { ruteBukti } from "./rute-bukti.ts";
import { ruteLembar } from "./rute-lembar.ts";
import { ruteLke } from "./rute-lke.ts";
import { rutePeriode } from "./rute-periode.ts";
import { ruteRapor } from "./rute-rapor.ts";
import { ruteRekomendasi } from "./rute-rekomendasi.ts";

export {
  daftarPeriode,
  hitungSumber,
  isiVersi,
  type NilaiDihitung,
  type PeriodeTersimpan,
  periodeAtau404,
} from "./kueri.ts";
/** For the synthetic nation (demo/nasional-lembar.ts): the score a worksheet's routes store. */
export { skorLembar } from "./layanan.ts";
export { type BarisPeringkat, hitungPeringkat } from "./peringkat.ts";

export type StatusLembarNasional = "belum_mulai" | "draf" | "dikirim" | "difinalisasi" | "disetujui";

/**
 * Worksheet status and scores per agency in a period (national dashboard):
 * `skorMandiri` the self-assessed 0–100, `skorAkhir` after review (set once
 * finalized). Agencies without a worksheet are absent (read as belum_mulai).
 * Read outside any agency fence (national routes only).
 */
export async function statusLembarPerInstansi(
  db: Db,
  periodeId: string,
): Promise<
  Map<string, { status: StatusLembarNasional; skorMandiri: number | null; skorAkhir: number | null }>
> {
  const rows = await db
    .selectFrom("lembar_evaluasi")
    .select(["instansi_id", "status", "skor_mandiri", "skor_akhir"])
    .where("periode_id", "=", periodeId)
    .execute();
  return new Map(
    rows.map((r) => [
      r.instansi_id,
      {
        status: r.status,
        skorMandiri: r.skor_mandiri === null ? null : Number(r.skor_mandiri),
        skorAkhir: r.skor_akhir === null ? null : Number(r.skor_akhir),
      },
    ]),
  );
}

/**
 * Recommendations per agency (optionally of one period): open (waiting for
 * the agency), overdue, answered and closed (domain ringkasRekomendasi).
 */
export async function ringkasanRekomendasiPerInstansi(db: Db, periodeId?: string) {
  const rows = await db
    .selectFrom("rekomendasi_evaluasi")
    .select(["instansi_id", "status", "tenggat"])
    .$if(periodeId !== undefined, (q) => q.where("periode_id", "=", periodeId as string))
    .execute();
  const per = new Map<string, { status: (typeof rows)[number]["status"]; tenggat: string }[]>();
  for (const r of rows) per.set(r.instansi_id, [...(per.get(r.instansi_id) ?? []), r]);
  const h = hariIni();
  return new Map([...per].map(([id, xs]) => [id, ringkasRekomendasi(xs, h)]));
}

/** Overdue recommendations of one agency (its to-do), counted inside its fence. */
export async function jumlahRekomendasiTerlambat(db: Db, instansiId: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from rekomendasi_evaluasi
    where instansi_id = ${instansiId} and status in ('terkirim', 'dibuka_kembali') and tenggat < ${hariIni()}::date`.execute(
    db,
  );
  return r.rows[0]?.n ?? 0;
}

/**
 * The demo's evaluation period (`nurani seed-demo`): "Evaluasi <tahun>" for
 * every category, its self-assessment and review windows open from a week
 * ago, publication two months on, so the pages are alive on first start.
 */
export async function seedEvaluasiDemo(db: Db, hariIniDemo: Date): Promise<void> {
  const hari = (geser: number) =>
    tanggalDi(new Date(hariIniDemo.getTime() + geser * 86_400_000), "Asia/Jakarta");
  const tahun = Number(hari(0).slice(0, 4)) + 1;
  await db
    .insertInto("periode_evaluasi")
    .values({
      kode: `EVAL-${tahun}`,
      nama: `Evaluasi ${tahun}`,
      tahun,
      jenis_peserta: [...JENIS_INSTANSI],
      versi_lke: LKE_V1.versi,
      mandiri_mulai: hari(-7),
      mandiri_selesai: hari(30),
      reviu_mulai: hari(-7),
      reviu_selesai: hari(60),
      publikasi: hari(61),
    })
    .onConflict((oc) => oc.column("kode").doNothing())
    .execute();
}

export const fitur = defineFitur({
  nama: "evaluasi",
  grup: [rutePeriode, ruteLembar, ruteBukti, ruteRekomendasi, ruteRapor, ruteLke],
});
