/**
 * The rater-correction job `nontes.koreksi` (docs/nontes.md): reads a
 * period's submitted ratings, the test results of its people (the
 * period's campaign, else each person's latest released one), runs
 * `hitungKoreksi` and stores the rater report and each person's result.
 * Jobs run outside the request fence, so every statement names the agency.
 */
import type { KodeFaktor, LevelKematangan } from "@nurani/domain";
import { KODE_FAKTOR, levelDariSkor, levelRekamJejakTotal, skorWawancara } from "@nurani/domain";
import { normalQuantile } from "@nurani/irt";
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import { instansiDitulis } from "../../http/setelah-tulis.ts";
import type { JobHandler } from "../../jobs/queue.ts";
import { hasilSkorJson } from "../../umum/skor-tersimpan.ts";
import { tanggalDi } from "../../umum/tanggal.ts";
import { hitungKoreksi, type NilaiBaris, type SumberLevelSaja, type TesPegawai } from "./koreksi.ts";
import { levelRekamJejakBanyak } from "./rekam-jejak.ts";
import { nilaiWawancaraPeriode } from "./wawancara.ts";

/** Test results reported to people (the results area's reviewed states). */
const TINJAUAN_DILAPORKAN = ["tidak_perlu", "diterima"] as const;

/** Default cuts on z when no test result gives them: the quartiles (BAB III.B.3.a default procedure). */
const BATAS_Z_BAKU: [number, number, number] = [-0.6745, 0, 0.6745];

interface HasilTesTersimpan {
  faktor: Record<KodeFaktor, { theta: number; se: number; derajat: number }>;
  integritas: { theta: number; se: number; derajat: number };
  batas: { skala: "derajat" | "theta"; batas: [number, number, number]; metode: string };
}

const zDerajat = (d: number) => normalQuantile(Math.min(0.9999, Math.max(0.0001, d / 100)));

function tesDari(h: HasilTesTersimpan): { tes: TesPegawai; batasZ: [number, number, number] } {
  const b = { ...h.batas, batas: h.batas.batas };
  const level = (x: { theta: number; derajat: number }) =>
    levelDariSkor(b.skala === "derajat" ? x.derajat : x.theta, b) as LevelKematangan;
  const faktor = {} as TesPegawai["faktor"];
  for (const kf of KODE_FAKTOR) {
    const x = h.faktor[kf];
    faktor[kf] = { level: level(x), z: zDerajat(x.derajat), seZ: x.se };
  }
  const batasZ = (b.skala === "derajat" ? b.batas.map((c) => zDerajat(c)) : b.batas) as [
    number,
    number,
    number,
  ];
  return {
    tes: { level: level(h.integritas), z: zDerajat(h.integritas.derajat), seZ: h.integritas.se, faktor },
    batasZ,
  };
}

export async function koreksiPeriode(
  db: Db,
  instansiId: string,
  periodeId: string,
  jobId: string | null,
  progres: (selesai: number, total?: number) => Promise<void> = async () => {},
) {
  const periode = await db
    .selectFrom("periode_nontes")
    .select(["kampanye_id", "aturan_gabung", "tenggat"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", periodeId)
    .executeTakeFirstOrThrow();
  const sasaran = await db
    .selectFrom("sasaran_nontes")
    .select(["pegawai_id as pegawaiId", "pimpinan"])
    .where("instansi_id", "=", instansiId)
    .where("periode_id", "=", periodeId)
    .execute();
  const nilai: NilaiBaris[] = await db
    .selectFrom("nilai_nontes as n")
    .innerJoin("tugas_penilai as t", (j) =>
      j.onRef("t.instansi_id", "=", "n.instansi_id").onRef("t.id", "=", "n.tugas_id"),
    )
    .select(["t.pegawai_id as pegawaiId", "t.penilai_id as penilaiId", "n.butir", "n.skor"])
    .where("n.instansi_id", "=", instansiId)
    .where("t.periode_id", "=", periodeId)
    .where("t.dikirim", "is not", null)
    .execute();
  await progres(0, sasaran.length);

  let q = db
    .selectFrom("skor_asesmen as s")
    .innerJoin("kampanye_asesmen as k", (j) =>
      j.onRef("k.instansi_id", "=", "s.instansi_id").onRef("k.id", "=", "s.kampanye_id"),
    )
    .select(["s.pegawai_id", hasilSkorJson("s").as("hasil"), "k.dibuka"])
    .where("s.instansi_id", "=", instansiId)
    .where("k.hasil_dirilis", "is not", null)
    .where("s.tinjauan", "in", TINJAUAN_DILAPORKAN)
    .orderBy("k.dibuka", "desc");
  if (periode.kampanye_id) q = q.where("k.id", "=", periode.kampanye_id);
  const tes = new Map<string, TesPegawai>();
  let batasZ: [number, number, number] | null = null;
  const dalam = new Set(sasaran.map((s) => s.pegawaiId));
  for (const r of await q.execute()) {
    if (!dalam.has(r.pegawai_id) || tes.has(r.pegawai_id)) continue;
    const h = (typeof r.hasil === "string" ? JSON.parse(r.hasil) : r.hasil) as HasilTesTersimpan;
    const t = tesDari(h);
    tes.set(r.pegawai_id, t.tes);
    batasZ ??= t.batasZ;
  }

  // track record (rubric at the period's deadline, or today if earlier) and the period's interviews
  const acuan = [periode.tenggat, tanggalDi(new Date())].sort()[0];
  const lain = new Map<string, SumberLevelSaja[]>();
  const tambah = (id: string, s: SumberLevelSaja) => lain.set(id, [...(lain.get(id) ?? []), s]);
  const rekam = await levelRekamJejakBanyak(db, instansiId, [...dalam], acuan);
  for (const [id, f] of rekam) {
    const total = levelRekamJejakTotal(f);
    if (total)
      tambah(id, {
        sumber: "rekam-jejak",
        faktor: Object.fromEntries(f.map((x) => [x.faktor, x.level])),
        total,
      });
  }
  for (const [id, n] of await nilaiWawancaraPeriode(db, instansiId, periodeId)) {
    if (!dalam.has(id)) continue;
    const w = skorWawancara(n);
    if (w.level)
      tambah(id, {
        sumber: "wawancara",
        faktor: Object.fromEntries(w.faktor.map((x) => [x.faktor, x.level])),
        total: w.level,
      });
  }

  const { laporan, hasil } = hitungKoreksi({
    nilai,
    sasaran,
    tes,
    aturan: periode.aturan_gabung,
    batasZ: batasZ ?? BATAS_Z_BAKU,
    lain,
  });

  const sekarang = new Date();
  await db
    .insertInto("kalibrasi_nontes")
    .values({
      instansi_id: instansiId,
      periode_id: periodeId,
      job_id: jobId,
      laporan: JSON.stringify(laporan),
      dihitung: sekarang,
    })
    .onConflict((oc) =>
      oc
        .columns(["instansi_id", "periode_id"])
        .doUpdateSet({ job_id: jobId, laporan: JSON.stringify(laporan), dihitung: sekarang }),
    )
    .execute();
  const baris = [...hasil].map(([pegawaiId, h]) => ({
    instansi_id: instansiId,
    periode_id: periodeId,
    pegawai_id: pegawaiId,
    hasil: JSON.stringify(h),
    perlu_tinjauan: h.perluTinjauan,
    tinjauan: h.perluTinjauan ? ("menunggu" as const) : ("tidak_perlu" as const),
    dihitung: sekarang,
  }));
  for (let i = 0; i < baris.length; i += 500) {
    await db
      .insertInto("hasil_nontes")
      .values(baris.slice(i, i + 500))
      .onConflict((oc) =>
        oc.columns(["instansi_id", "periode_id", "pegawai_id"]).doUpdateSet({
          // a reviewer's decision stands while the person still needs review
          hasil: sql`case when excluded.perlu_tinjauan and hasil_nontes.tinjauan = 'selesai'
            then excluded.hasil || jsonb_strip_nulls(jsonb_build_object('levelTinjauan', hasil_nontes.hasil -> 'levelTinjauan'))
            else excluded.hasil end`,
          perlu_tinjauan: sql`excluded.perlu_tinjauan`,
          tinjauan: sql`case when not excluded.perlu_tinjauan then 'tidak_perlu'
            when hasil_nontes.tinjauan = 'selesai' then 'selesai' else 'menunggu' end`,
          dihitung: sql`excluded.dihitung`,
        }),
      )
      .execute();
    await progres(Math.min(i + 500, baris.length), sasaran.length);
  }
  return { penilaian: nilai.length, pegawai: hasil.size, galat: laporan.galat };
}

export const jobs: Record<string, JobHandler> = {
  "nontes.koreksi": async (job, ctx) => {
    const m = job.muatan as { periodeId?: string };
    if (!job.instansi_id || !m.periodeId) throw new Error("muatan job nontes.koreksi tidak lengkap");
    try {
      return await koreksiPeriode(ctx.db, job.instansi_id, m.periodeId, job.id, (s, t) => ctx.progres(s, t));
    } finally {
      // final levels changed: kept assessment maps (hasil) are stale, in every process
      await instansiDitulis(ctx.db, job.instansi_id);
    }
  },
};
