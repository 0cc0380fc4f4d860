/** Shared by sinergi-etik-*.test.ts: an agency with a unit tree, a head, staff and every role. */
import { PERAN, type Peran } from "@nurani/domain";
import type { LightMyRequestResponse } from "fastify";
import { buatOrang, buatPegawai, buatUnit, type OrangUji } from "./komunitas-bantu.ts";
import { buatInstansi, type InstansiUji, type KonteksUji, minta } from "./support/index.ts";

export interface AgensiEtik {
  a: InstansiUji;
  /** Unit A (7 employees: the head + 6 staff) and its child unit B (2 employees). */
  unitA: string;
  unitB: string;
  kepala: OrangUji;
  staf: OrangUji[];
  stafB: OrangUji[];
  /** One user per role (no employee record), every role but evaluator_nasional. */
  peran: Map<Peran, OrangUji>;
}

export async function buatAgensiEtik(ctx: KonteksUji): Promise<AgensiEtik> {
  const a = await buatInstansi(ctx.db);
  const unitA = await buatUnit(ctx.db, a.id, "A");
  const unitB = await buatUnit(ctx.db, a.id, "B", unitA);
  const kepalaId = await buatPegawai(ctx.db, a.id, unitA, "Kepala A");
  await ctx.db
    .updateTable("pegawai")
    .set({ jenis_jabatan: "struktural" })
    .where("id", "=", kepalaId)
    .execute();
  const kepala = await buatOrang(ctx.app, ctx.db, a.id, ["pegawai"], kepalaId);
  const staf: OrangUji[] = [];
  for (let i = 0; i < 6; i++)
    staf.push(
      await buatOrang(
        ctx.app,
        ctx.db,
        a.id,
        ["pegawai"],
        await buatPegawai(ctx.db, a.id, unitA, `Staf ${i}`),
      ),
    );
  const stafB: OrangUji[] = [];
  for (let i = 0; i < 2; i++)
    stafB.push(
      await buatOrang(
        ctx.app,
        ctx.db,
        a.id,
        ["pegawai"],
        await buatPegawai(ctx.db, a.id, unitB, `Staf B${i}`),
      ),
    );
  const peran = new Map<Peran, OrangUji>();
  for (const p of PERAN.filter((x) => x !== "evaluator_nasional"))
    peran.set(p, await buatOrang(ctx.app, ctx.db, a.id, [p]));
  return { a, unitA, unitB, kepala, staf, stafB, peran };
}

export const panggil =
  (ctx: KonteksUji) =>
  (
    o: OrangUji | undefined,
    method: "GET" | "POST" | "PUT",
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse> =>
    minta(ctx.app, o?.sesi ?? null, { method, url, payload: payload as never });

export async function jumlahAudit(ctx: KonteksUji, instansiId: string, aksi: string, penggunaId?: string) {
  let q = ctx.db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("instansi_id", "=", instansiId)
    .where("aksi", "=", aksi);
  if (penggunaId) q = q.where("pengguna_id", "=", penggunaId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}
