/**
 * The demo's non-test assessment (docs/nontes.md): an observation/360 period over
 * the unit of the demo employee (`pegawai`), opened to raters, with every
 * assignment rated except the demo employee's own (left for them to fill
 * in on the "Penilaian Rekan" page), the rater correction run, so the
 * supervision team's report and the employee's combined level are there on
 * first start. Ratings are simulated: each person a level of integrity,
 * each rater a severity, one "tidak dapat mengamati" now and then.
 */
import { instrumenBars, type JenisPenilai } from "@nurani/domain";
import type { Transaction } from "kysely";
import type { Db } from "../db/factory.ts";
import type { Database } from "../db/schema.ts";
import { buatPeriode, koreksiPeriode } from "../fitur/nontes/index.ts";
import { Acak } from "./acak.ts";
import { seedRekamWawancaraDemo } from "./nontes-rekam.ts";

export async function seedNontesDemo(trx: Db, instansiId: string, hariIni: Date): Promise<void> {
  const saya = await trx
    .selectFrom("pengguna as u")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "u.pegawai_instansi_id").onRef("p.id", "=", "u.pegawai_id"),
    )
    .select(["p.id", "p.unit_id"])
    .where("u.username", "=", "pegawai")
    .executeTakeFirst();
  if (!saya?.unit_id) return;
  const tim = await trx
    .selectFrom("pengguna")
    .select("id")
    .where("username", "=", "supervisi")
    .executeTakeFirst();
  const tenggat = new Date(hariIni.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const periodeId = await buatPeriode(trx as Transaction<Database>, instansiId, tim?.id ?? null, {
    judul: "Observasi 360 Semester I",
    kampanyeId: null,
    cakupan: { jenis: "unit", unitIds: [saya.unit_id], denganSubUnit: false },
    aturanGabung: "selisih",
    tenggat,
    benih: 2026,
  });
  await trx
    .updateTable("periode_nontes")
    .set({ status: "dibuka" })
    .where("instansi_id", "=", instansiId)
    .where("id", "=", periodeId)
    .execute();
  const tugas = await trx
    .selectFrom("tugas_penilai")
    .select(["id", "pegawai_id", "penilai_id", "jenis"])
    .where("instansi_id", "=", instansiId)
    .where("periode_id", "=", periodeId)
    .orderBy("id")
    .execute();
  const acak = new Acak(15);
  const normal = () => {
    let s = 0;
    for (let i = 0; i < 6; i++) s += acak.next();
    return (s - 3) * Math.SQRT2;
  };
  const theta = new Map<string, number>();
  const keras = new Map<string, number>();
  const ambil = (m: Map<string, number>, k: string, sd: number) => {
    if (!m.has(k)) m.set(k, sd * normal());
    return m.get(k) as number;
  };
  const nilai: { instansi_id: string; tugas_id: string; butir: string; skor: number | null }[] = [];
  const dikirim: string[] = [];
  for (const t of tugas) {
    if (t.penilai_id === saya.id) continue; // the demo employee rates on the page
    const th = ambil(theta, t.pegawai_id, 0.8) - ambil(keras, t.penilai_id, 0.4);
    instrumenBars(t.jenis as JenisPenilai).forEach((s, i) => {
      const lokasi = 1.6 + th + (i % 4) * 0.1;
      const skor = acak.next() < 0.05 ? null : Math.max(0, Math.min(3, Math.round(lokasi + 0.8 * normal())));
      nilai.push({ instansi_id: instansiId, tugas_id: t.id, butir: s.kode, skor });
    });
    dikirim.push(t.id);
  }
  for (let i = 0; i < nilai.length; i += 2000)
    await trx
      .insertInto("nilai_nontes")
      .values(nilai.slice(i, i + 2000))
      .execute();
  if (dikirim.length)
    await trx
      .updateTable("tugas_penilai")
      .set({ dikirim: hariIni })
      .where("instansi_id", "=", instansiId)
      .where("id", "in", dikirim)
      .execute();
  const rekan = [...new Set(tugas.map((t) => t.pegawai_id))].filter((id) => id !== saya.id).slice(0, 3);
  await seedRekamWawancaraDemo(trx, instansiId, periodeId, saya.id, rekan, hariIni);
  await koreksiPeriode(trx, instansiId, periodeId, null);
}
