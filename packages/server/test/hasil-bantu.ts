/** Fixtures shared by the results tests that need real scored campaigns (hasil-*.test.ts). */
import type { FastifyInstance } from "fastify";
import type { Db } from "../src/db/factory.ts";
import { formulirTerbit } from "../src/fitur/bank-butir/terbit.ts";
import { jobs } from "../src/fitur/hasil/jobs.ts";
import {
  buatKampanyeSimulasi,
  buatPegawaiSimulasi,
  type KampanyeSimulasi,
} from "../src/fitur/hasil/simulasi.ts";
import { klaimJob, selesaikanJob } from "../src/jobs/queue.ts";
import {
  buatInstansi,
  buatPengguna,
  type InstansiUji,
  type KonteksUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

/** The short national form the results tests score. */
export const FORM_HASIL = "NAS-1-S";

/** Runs every queued results job, as a worker would; returns what each job gave, in order. */
export async function jalankanJobHasil(db: Db): Promise<unknown[]> {
  const out: unknown[] = [];
  for (;;) {
    const job = await klaimJob(db, Object.keys(jobs), "pekerja-uji");
    if (!job) return out;
    const hasil = await jobs[job.jenis](job, {
      db,
      progres: async () => {},
      signal: new AbortController().signal,
    });
    await selesaikanJob(db, job.id, hasil);
    out.push(hasil);
  }
}

/**
 * A closed campaign on the short national form where `pegawaiIds` answered
 * (simulated), scored through the API by `tim` (tim_supervisi or admin_instansi).
 */
export async function kampanyeDiskor(
  app: FastifyInstance,
  db: Db,
  tim: SesiUji,
  o: {
    instansiId: string;
    pegawaiIds: readonly string[];
    benih: number;
    tujuan?: "awal" | "berkala" | "akhir";
    nama?: string;
  },
): Promise<string> {
  const k = await buatKampanyeSimulasi(db, { ...o, formulirId: FORM_HASIL });
  const r = await minta(app, tim, {
    method: "POST",
    url: `/api/instansi/${o.instansiId}/hasil/kampanye/${k.kampanyeId}/skor`,
  });
  if (r.statusCode !== 202) throw new Error(`skor: ${r.statusCode} ${r.body}`);
  await jalankanJobHasil(db);
  return k.kampanyeId;
}

/** The scene of asesmen-hasil-skor.test.ts and asesmen-hasil-peta.test.ts. */
export interface SkenarioHasil {
  A: InstansiUji;
  B: InstansiUji;
  /** Unit ids by code: U1 with U1A and U1B below it, U2. */
  unit: Record<string, string>;
  pegawaiIds: string[];
  kamp: KampanyeSimulasi;
  supervisi: SesiUji;
  admin: SesiUji;
  /** A leader in U1B. */
  pimpinan: SesiUji;
  pegawai1: SesiUji;
  pegawai2: SesiUji;
  apip: SesiUji;
  adminB: SesiUji;
  evaluator: SesiUji;
}

/**
 * Agency A (units U1 with U1A and U1B below it, U2) whose 51 employees (24 in
 * U1A, 24 in U1B, 3 in U2: a group below k = 5) answered a simulated campaign
 * on the short national form, the first participant with a planted aberrant
 * pattern; another agency B, a national one, and a session for each role.
 * Nothing scored yet.
 */
export async function buatSkenarioHasil(t: KonteksUji): Promise<SkenarioHasil> {
  const A = await buatInstansi(t.db);
  const B = await buatInstansi(t.db);
  const nas = await buatInstansi(t.db, { nasional: true });
  const unit: Record<string, string> = {};
  const u = async (kode: string, induk: string | null) => {
    const r = await t.db
      .insertInto("unit_kerja")
      .values({ instansi_id: A.id, kode, nama: `Unit ${kode}`, induk_id: induk })
      .returning("id")
      .executeTakeFirstOrThrow();
    unit[kode] = r.id;
  };
  await u("U1", null);
  await u("U1A", unit.U1);
  await u("U1B", unit.U1);
  await u("U2", null);
  const pegawaiIds = [
    ...(await buatPegawaiSimulasi(t.db, A.id, [unit.U1A], 24, 0)),
    ...(await buatPegawaiSimulasi(t.db, A.id, [unit.U1B], 24, 100)),
    ...(await buatPegawaiSimulasi(t.db, A.id, [unit.U2], 3, 200)),
  ];
  const kamp = await buatKampanyeSimulasi(t.db, {
    instansiId: A.id,
    pegawaiIds,
    formulirId: FORM_HASIL,
    benih: 11,
  });
  // plant an aberrant pattern: always the first statement as most, the last as least, 1 s per block
  const f = (await formulirTerbit(t.db)).find((x) => x.formulir.id === FORM_HASIL)?.formulir;
  for (const b of f?.blok ?? [])
    await t.db
      .updateTable("jawaban_asesmen")
      .set({ paling_sesuai: b.pernyataan[0], paling_tidak_sesuai: b.pernyataan[2], detik: 1 })
      .where("peserta_id", "=", kamp.pesertaIds[0])
      .where("blok", "=", b.id)
      .execute();
  kamp.data[0] = {
    ...kamp.data[0],
    jawaban: (f?.blok ?? []).map((b) => ({
      blok: b.id,
      palingSesuai: b.pernyataan[0],
      palingTidakSesuai: b.pernyataan[2],
      detik: 1,
      perubahan: 0,
    })),
  };
  const sesi = async (peran: Parameters<typeof buatPengguna>[1], pegawaiId?: string) => {
    const p = await buatPengguna(t.db, peran);
    if (pegawaiId)
      await t.db
        .updateTable("pengguna")
        .set({ pegawai_instansi_id: A.id, pegawai_id: pegawaiId })
        .where("id", "=", p.id)
        .execute();
    return login(t.app, p.username, p.password);
  };
  return {
    A,
    B,
    unit,
    pegawaiIds,
    kamp,
    supervisi: await sesi([{ instansiId: A.id, peran: "tim_supervisi" }]),
    admin: await sesi([{ instansiId: A.id, peran: "admin_instansi" }]),
    pimpinan: await sesi([{ instansiId: A.id, peran: "pimpinan" }], pegawaiIds[30]),
    pegawai1: await sesi([{ instansiId: A.id, peran: "pegawai" }], pegawaiIds[1]),
    pegawai2: await sesi([{ instansiId: A.id, peran: "pegawai" }], pegawaiIds[2]),
    apip: await sesi([{ instansiId: A.id, peran: "apip" }]),
    adminB: await sesi([{ instansiId: B.id, peran: "admin_instansi" }]),
    evaluator: await sesi([{ instansiId: nas.id, peran: "evaluator_nasional" }]),
  };
}

/**
 * Takes the scene to where asesmen-hasil-skor.test.ts leaves it: scored, the
 * planted pattern excluded on review, every other flagged one accepted, released.
 */
export async function skorTinjauRilis(t: KonteksUji, s: SkenarioHasil): Promise<void> {
  const H = `/api/instansi/${s.A.id}/hasil/kampanye/${s.kamp.kampanyeId}`;
  const harus = async (
    sesi: SesiUji,
    status: number,
    method: "GET" | "POST",
    url: string,
    payload?: Record<string, unknown>,
  ) => {
    const r = await minta(t.app, sesi, { method, url, payload });
    if (r.statusCode !== status) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
    return r.json();
  };
  await harus(s.supervisi, 202, "POST", `${H}/skor`);
  await jalankanJobHasil(t.db);
  const { items } = await harus(s.supervisi, 200, "GET", `${H}/tinjauan`);
  for (const { pesertaId } of items as { pesertaId: string }[]) {
    const tanam = pesertaId === s.kamp.pesertaIds[0];
    await harus(s.supervisi, 200, "POST", `${H}/tinjauan/${pesertaId}`, {
      keputusan: tanam ? "dikecualikan" : "diterima",
      alasan: tanam ? "Pola posisi seragam dan terlalu cepat" : "Ditinjau, pola wajar",
    });
  }
  const pr = await harus(s.admin, 200, "GET", `${H}/rilis`);
  await harus(s.admin, 200, "POST", `${H}/rilis`, { dinilai: pr.dinilai, menunggu: pr.menunggu });
}
