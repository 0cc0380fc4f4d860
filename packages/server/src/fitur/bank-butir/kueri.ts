/** Item bank versions in the database (migration 0040): reads of versions, statements, forms and the national register. */
import { createHash } from "node:crypto";
import {
  type BankButir,
  type Formulir,
  type PenilaianDesain,
  type Pernyataan,
  REGISTER_TERBIT_NASIONAL,
  type RegisterTerbit,
} from "@nurani/domain";
import type { SesiAktif } from "../../auth/sesi.ts";
import type { Db } from "../../db/factory.ts";
import type { StatusVersiBank } from "../../db/schema-bank-butir.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { PESAN_BANK } from "./pesan.ts";
import type { FormulirBank, PernyataanBank } from "./skema.ts";

export interface VersiBank {
  id: string;
  versi: string;
  status: StatusVersiBank;
  bawaan: boolean;
  asalId: string | null;
  catatan: string | null;
  komentarTinjauan: string | null;
  dibuat: Date;
  diubah: Date;
  diajukan: Date | null;
  /** Who submitted it for review (null in draft, for the built-in bank, or when unknown; four eyes). */
  diajukanOleh: string | null;
  diterbitkan: Date | null;
}

/** The design guard's stored report of a version. */
export interface LaporanDesain {
  dihitung: string;
  n: number;
  benih: number;
  durasiMs: number;
  formulir: PenilaianDesain[];
}

/** Simulated test takers and seed of the design guard (docs/item-bank.md "Design guard"). */
export const OPSI_GUARD = { n: 2000, benih: 2026 };

export const isEvaluatorNasional = (sesi: SesiAktif | null) =>
  !!sesi?.peran.some((p) => p.instansiNasional && p.peran === "evaluator_nasional");

/** Writes to the national bank need evaluator_nasional held in the national instansi. */
export function wajibEvaluatorNasional(sesi: SesiAktif | null): void {
  if (!isEvaluatorNasional(sesi)) {
    throw new GalatApi(403, "AKSES_DITOLAK", { pesan: PESAN_BANK.BUKAN_EVALUATOR_NASIONAL });
  }
}

export const KOLOM_VERSI = [
  "id",
  "versi",
  "status",
  "bawaan",
  "asal_id",
  "catatan",
  "komentar_tinjauan",
  "dibuat",
  "diubah",
  "diajukan",
  "diajukan_oleh",
  "diterbitkan",
] as const;

export type BarisVersi = {
  id: string;
  versi: string;
  status: StatusVersiBank;
  bawaan: boolean;
  asal_id: string | null;
  catatan: string | null;
  komentar_tinjauan: string | null;
  dibuat: Date;
  diubah: Date;
  diajukan: Date | null;
  diajukan_oleh: string | null;
  diterbitkan: Date | null;
};

export const keVersi = (r: BarisVersi): VersiBank => ({
  id: r.id,
  versi: r.versi,
  status: r.status,
  bawaan: r.bawaan,
  asalId: r.asal_id,
  catatan: r.catatan,
  komentarTinjauan: r.komentar_tinjauan,
  dibuat: r.dibuat,
  diubah: r.diubah,
  diajukan: r.diajukan,
  diajukanOleh: r.diajukan_oleh,
  diterbitkan: r.diterbitkan,
});

export async function daftarVersi(
  db: Db,
  o: { hanyaTerbit: boolean; page: number; pageSize: number },
): Promise<{ items: VersiBank[]; total: number }> {
  let q = db.selectFrom("bank_butir_versi");
  if (o.hanyaTerbit) q = q.where("status", "=", "terbit");
  const rows = await q
    .select(KOLOM_VERSI)
    .orderBy("dibuat", "desc")
    .orderBy("versi", "desc")
    .limit(o.pageSize)
    .offset((o.page - 1) * o.pageSize)
    .execute();
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { items: rows.map(keVersi), total: Number(n) };
}

/**
 * The version `id` as the caller may see it: drafts and versions under review
 * only for the national evaluator; others get 404 (they learn nothing about drafts).
 */
export async function bacaVersi(
  db: Db,
  id: string,
  sesi: SesiAktif | null,
  kunci = false,
): Promise<VersiBank> {
  let q = db.selectFrom("bank_butir_versi").select(KOLOM_VERSI).where("id", "=", id);
  if (kunci) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r || (r.status !== "terbit" && !isEvaluatorNasional(sesi))) throw tidakDitemukan();
  return keVersi(r);
}

/** Only a draft may change; published versions never do (and the database refuses too). */
export function wajibDraf(v: VersiBank): void {
  if (v.status === "draf") return;
  if (v.status === "terbit")
    throw new GalatApi(409, "VERSI_TERBIT_TETAP", {
      pesan: PESAN_BANK.VERSI_TERBIT_TETAP,
      param: { versi: v.versi },
    });
  throw new GalatApi(409, "VERSI_TERKUNCI", {
    pesan: PESAN_BANK.VERSI_TERKUNCI,
    param: { versi: v.versi, status: v.status },
  });
}

export async function muatPernyataan(db: Db, versiId: string): Promise<PernyataanBank[]> {
  const rows = await db
    .selectFrom("bank_butir_pernyataan")
    .select("isi")
    .where("versi_id", "=", versiId)
    .orderBy("urutan")
    .execute();
  return rows.map((r) => r.isi as PernyataanBank);
}

export async function muatFormulir(db: Db, versiId: string): Promise<FormulirBank[]> {
  const rows = await db
    .selectFrom("bank_butir_formulir")
    .select("isi")
    .where("versi_id", "=", versiId)
    .orderBy("urutan")
    .execute();
  return rows.map((r) => r.isi as FormulirBank);
}

export async function muatBank(db: Db, v: Pick<VersiBank, "id" | "versi">): Promise<BankButir> {
  const [pernyataan, formulir] = await Promise.all([muatPernyataan(db, v.id), muatFormulir(db, v.id)]);
  return { versi: v.versi, pernyataan: pernyataan as Pernyataan[], formulir: formulir as Formulir[] };
}

/** Digest of a version's content: a design report is current only for the content it was computed on. */
export function sidikIsi(bank: Pick<BankButir, "pernyataan" | "formulir">): string {
  return createHash("sha256")
    .update(kanonik([bank.pernyataan, bank.formulir]))
    .digest("hex");
}

/** JSON with object keys sorted: jsonb does not keep key order, the digest must not depend on it. */
export function kanonik(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(kanonik).join(",")}]`;
  if (x && typeof x === "object") {
    const o = x as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${kanonik(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(x);
}

/** What a published statement's id is bound to: its text, sub-dimension and keying. */
export interface EntriRegister {
  teks: string;
  subDimensi: string;
  kunci: number;
  versi: string;
}

/**
 * The publication register: every statement of every published version (and
 * the code's `REGISTER_TERBIT_NASIONAL`). A registered id's text never changes
 * (ITEM-WRITING.md "Review"): a new text needs a new id.
 */
export async function bacaRegister(db: Db): Promise<Map<string, EntriRegister>> {
  const rows = await db
    .selectFrom("bank_butir_pernyataan as p")
    .innerJoin("bank_butir_versi as v", "v.id", "p.versi_id")
    .select(["p.id", "p.isi", "v.versi"])
    .where("v.status", "=", "terbit")
    .orderBy("v.diterbitkan")
    .execute();
  const out = new Map<string, EntriRegister>();
  for (const r of rows) {
    if (out.has(r.id)) continue; // the first publication binds the id
    const p = r.isi as PernyataanBank;
    out.set(r.id, { teks: p.teks, subDimensi: p.subDimensi, kunci: p.kunci, versi: r.versi });
  }
  for (const [id, teks] of Object.entries(REGISTER_TERBIT_NASIONAL)) {
    if (!out.has(id)) out.set(id, { teks, subDimensi: id.slice(0, 3), kunci: 0, versi: "kode" });
  }
  return out;
}

export const registerTeks = (r: Map<string, EntriRegister>): RegisterTerbit =>
  Object.fromEntries([...r].map(([id, e]) => [id, e.teks]));
