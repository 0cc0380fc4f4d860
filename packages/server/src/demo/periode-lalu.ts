/**
 * The demo's previous evaluation period, published, with each agency's
 * figures frozen as they stood then (`indeks_periode`): a little below
 * today's, so the national dashboard's period filter and trend across
 * periods (docs/nasional.md) have something to show on first start. The
 * earlier figures are drawn, not computed (as the synthetic agencies' own).
 * Idempotent: runs on every demo start.
 */
import { JENIS_INSTANSI, LKE_V1 } from "@nurani/domain";
import { sql } from "kysely";
import type { Db } from "../db/factory.ts";
import { tanggalDi } from "../umum/tanggal.ts";

export async function seedPeriodeLaluDemo(db: Db, hariIni: Date): Promise<void> {
  const hari = (geser: number) => tanggalDi(new Date(hariIni.getTime() + geser * 86_400_000), "Asia/Jakarta");
  const tahun = Number(hari(0).slice(0, 4)) - 1;
  const p = await db
    .insertInto("periode_evaluasi")
    .values({
      kode: `EVAL-${tahun}`,
      nama: `Evaluasi ${tahun}`,
      tahun,
      jenis_peserta: [...JENIS_INSTANSI],
      versi_lke: LKE_V1.versi,
      mandiri_mulai: hari(-400),
      mandiri_selesai: hari(-370),
      reviu_mulai: hari(-370),
      reviu_selesai: hari(-340),
      publikasi: hari(-330),
      peringkat_terbit: new Date(hariIni.getTime() - 330 * 86_400_000),
      peringkat: "[]",
    })
    .onConflict((oc) => oc.column("kode").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!p) return;
  // Last year's index: today's minus 0–4 derajat points (a deterministic draw per agency), same width.
  await sql`
    insert into indeks_periode (instansi_id, periode_id, indeks_nilai, indeks_bawah, indeks_atas, level, n, jumlah_pegawai)
    select r.instansi_id, ${p.id}, r.indeks_nilai - g.d, r.indeks_bawah - g.d, r.indeks_atas - g.d, r.level, r.n, r.jumlah_pegawai
    from ringkasan_instansi r join instansi i on i.id = r.instansi_id
    cross join lateral (select (('x' || substr(md5(i.kode), 1, 4))::bit(16)::int % 41) / 10.0 as d) g
    where r.indeks_nilai is not null and not i.nasional
    on conflict do nothing`.execute(db);
}
