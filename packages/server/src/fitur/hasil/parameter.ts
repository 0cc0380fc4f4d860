/**
 * Parameter versions of the assessment (docs/hasil.md "Parameter versions",
 * "Recalibration"). The provisional national reference of a
 * form is built the first time a campaign on that form is scored, by the
 * deterministic `kalibrasiAcuan` (packages/domain penilaian/acuan.ts) with
 * the documented N and seed below, and stored in `parameter_asesmen` with
 * status 'sementara'. A recalibration from real responses adds a 'draf'
 * version that an evaluator publishes ('terbit'); the current version of a
 * form is the newest 'terbit', else the provisional one.
 */
import { type Formulir, kalibrasiAcuan, type ParameterAcuan, type Pernyataan } from "@nurani/domain";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * The provisional reference: a simulated national sample of N = 2,000 pegawai,
 * seed 60 (the regulation's number, PermenPANRB 60/2020). Version
 * `<form>/sementara-60`.
 */
export const ACUAN_SEMENTARA = { n: 2000, benih: 60 } as const;

export interface VersiParameter {
  id: string;
  versi: string;
  status: "sementara" | "draf" | "terbit" | "diganti";
  acuan: ParameterAcuan;
}

// Parsed parameters by row id: a version's name is not unique across databases (two apps in
// one process, test files sharing a worker), its row id is; a stored row never changes.
const cache = new Map<string, ParameterAcuan>();

function baca(id: string, acuan: unknown): ParameterAcuan {
  let a = cache.get(id);
  if (!a) {
    a = (typeof acuan === "string" ? JSON.parse(acuan) : acuan) as ParameterAcuan;
    if (cache.size > 20) cache.clear();
    cache.set(id, a);
  }
  return a;
}

/** The version in force for a form: newest published, else the provisional one; null when none exists yet. */
export async function parameterBerlaku(
  db: Kysely<Database>,
  formulirId: string,
): Promise<VersiParameter | null> {
  const r = await db
    .selectFrom("parameter_asesmen")
    .select(["id", "versi", "status", "acuan"])
    .where("formulir_id", "=", formulirId)
    .where("status", "in", ["terbit", "sementara"])
    .orderBy((eb) => eb.case().when("status", "=", "terbit").then(0).else(1).end())
    .orderBy("diterbitkan", "desc")
    .orderBy("dibuat", "desc")
    .limit(1)
    .executeTakeFirst();
  return r ? { id: r.id, versi: r.versi, status: r.status, acuan: baca(r.id, r.acuan) } : null;
}

/** One stored version by its name. */
export async function parameterVersi(db: Kysely<Database>, versi: string): Promise<VersiParameter | null> {
  const r = await db
    .selectFrom("parameter_asesmen")
    .select(["id", "versi", "status", "acuan"])
    .where("versi", "=", versi)
    .executeTakeFirst();
  return r ? { id: r.id, versi: r.versi, status: r.status, acuan: baca(r.id, r.acuan) } : null;
}

/**
 * Idempotent: the version in force for the form, building and storing the
 * provisional reference first when the form has none. Two callers racing
 * compute the same deterministic reference; the unique `versi` keeps one.
 * Must run with a role that may write `parameter_asesmen` (jobs, national routes).
 */
export async function pastikanParameter(
  db: Kysely<Database>,
  formulir: Formulir,
  pernyataan: readonly Pernyataan[],
  opsi: { n: number; benih: number } = ACUAN_SEMENTARA,
): Promise<VersiParameter & { dibangunMs?: number }> {
  const ada = await parameterBerlaku(db, formulir.id);
  if (ada) return ada;
  const t0 = performance.now();
  const { acuan } = kalibrasiAcuan(formulir, { n: opsi.n, benih: opsi.benih, pernyataan });
  const dibangunMs = performance.now() - t0;
  await db
    .insertInto("parameter_asesmen")
    .values({
      versi: acuan.versi,
      formulir_id: formulir.id,
      status: "sementara",
      acuan: JSON.stringify(acuan),
      catatan: `${acuan.catatan} Dibangun dalam ${(dibangunMs / 1000).toFixed(1)} detik.`,
    })
    .onConflict((oc) => oc.column("versi").doNothing())
    .execute();
  const r = await parameterVersi(db, acuan.versi);
  if (!r) throw new Error(`parameter ${acuan.versi} tidak tersimpan`);
  return { ...r, dibangunMs };
}
