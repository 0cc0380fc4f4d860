/**
 * Item bank versions in the database (migration 0040): load, copy, edit,
 * lint, and the state machine draf → tinjauan → terbit (tinjauan → draf with a
 * reviewer's comment). Pure rules come from packages/domain (linter, register,
 * design guard); this module applies them to stored versions.
 */
import { createHash } from "node:crypto";
import {
  BANK_NASIONAL,
  type BankButir,
  type Formulir,
  lintBank,
  lintBlok,
  lintPernyataan,
  type PenilaianDesain,
  type Pernyataan,
  REGISTER_TERBIT_NASIONAL,
  type RegisterTerbit,
  type Temuan,
} from "@nurani/domain";
import type { SesiAktif } from "../../auth/sesi.ts";
import type { Db } from "../../db/factory.ts";
import type { StatusVersiBank } from "../../db/schema-bank-butir.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import type { Bahasa } from "../../http/pesan.ts";
import { PESAN_BANK, TEKS_ATURAN } from "./pesan.ts";
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

const KOLOM_VERSI = [
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

type BarisVersi = {
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
function kanonik(x: unknown): string {
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

/** A linter finding for the API: the Indonesian detail, and the message in the caller's language. */
export interface TemuanApi {
  aturan: string;
  keparahan: "galat" | "peringatan";
  lokasi: string;
  pesan: string;
  rincian: string;
}

export function temuanApi(t: Temuan, bahasa: Bahasa): TemuanApi {
  return {
    aturan: t.aturan,
    keparahan: t.keparahan,
    lokasi: t.lokasi,
    pesan: bahasa === "id" ? t.pesan : `${TEKS_ATURAN[t.aturan]?.en ?? t.aturan} (${t.lokasi})`,
    rincian: t.pesan,
  };
}

export function lintVersi(bank: BankButir, register: Map<string, EntriRegister>): Temuan[] {
  return lintBank(bank, registerTeks(register));
}

/**
 * Findings that concern one statement: its own rules, the register rule, and
 * the rules of every block that holds it.
 */
export function lintSatuPernyataan(
  p: Pernyataan,
  bank: BankButir,
  register: Map<string, EntriRegister>,
): Temuan[] {
  const out = lintPernyataan(p);
  const r = register.get(p.id);
  if (r && r.teks !== p.teks) {
    out.push({
      aturan: "TEKS_TERBIT_BERUBAH",
      keparahan: "galat",
      lokasi: `pernyataan ${p.id}`,
      pesan: `Teks pernyataan terbit ${p.id} berubah; teks baru harus memakai id baru dan id lama ditarik.`,
    });
  }
  const indeks = new Map(bank.pernyataan.map((x) => [x.id, x]));
  indeks.set(p.id, p);
  const dilihat = new Set<string>();
  for (const f of bank.formulir) {
    for (const b of f.blok) {
      if (!b.pernyataan.includes(p.id) || dilihat.has(b.id)) continue;
      dilihat.add(b.id);
      out.push(...lintBlok(b, indeks, `formulir ${f.id} `));
    }
  }
  return out;
}

/** Refuses a change to a published statement's identity (register rule). */
export function periksaRegister(p: Pernyataan, register: Map<string, EntriRegister>): void {
  const r = register.get(p.id);
  if (!r) return;
  if (r.teks !== p.teks || (r.kunci !== 0 && (r.subDimensi !== p.subDimensi || r.kunci !== p.kunci))) {
    throw new GalatApi(409, "TEKS_TERBIT", { pesan: PESAN_BANK.TEKS_TERBIT, param: { id: p.id } });
  }
}

async function sisipkanIsi(db: Db, versiId: string, bank: Pick<BankButir, "pernyataan" | "formulir">) {
  const PER = 200;
  for (let i = 0; i < bank.pernyataan.length; i += PER) {
    await db
      .insertInto("bank_butir_pernyataan")
      .values(
        bank.pernyataan.slice(i, i + PER).map((p, k) => ({
          versi_id: versiId,
          id: p.id,
          urutan: i + k,
          sub_dimensi: p.subDimensi,
          teks: p.teks,
          isi: JSON.stringify(p),
        })),
      )
      .execute();
  }
  if (bank.formulir.length > 0) {
    await db
      .insertInto("bank_butir_formulir")
      .values(
        bank.formulir.map((f, k) => ({ versi_id: versiId, id: f.id, urutan: k, isi: JSON.stringify(f) })),
      )
      .execute();
  }
}

/**
 * Ensures the built-in national bank (packages/domain `BANK_NASIONAL`) is
 * stored as a published version: the first one, from which drafts are copied.
 * Idempotent, also under concurrent calls (the unique version name decides).
 * A system action (server start, demo seed, tests): it publishes directly,
 * draf → terbit with no submitter and no publisher, outside the review route,
 * so the four-eyes rule (`halanganEmpatMata`) — a rule about people — does
 * not apply; its content is the repository's, reviewed in code review.
 */
export async function pastikanBankBawaan(db: Db): Promise<void> {
  const ada = await db
    .selectFrom("bank_butir_versi")
    .select("id")
    .where("versi", "=", BANK_NASIONAL.versi)
    .executeTakeFirst();
  if (ada) return;
  // Runs in the caller's transaction: a concurrent caller waits on the unique name, then inserts nothing.
  const r = await db
    .insertInto("bank_butir_versi")
    .values({
      versi: BANK_NASIONAL.versi,
      bawaan: true,
      catatan:
        "Bank butir nasional bawaan (packages/domain BANK_NASIONAL): draf tim pengembang, menunggu telaah panel (docs/item-bank.md).",
    })
    .onConflict((oc) => oc.column("versi").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!r) return;
  await sisipkanIsi(db, r.id, BANK_NASIONAL);
  await db
    .updateTable("bank_butir_versi")
    .set({ status: "terbit", diterbitkan: new Date() })
    .where("id", "=", r.id)
    .execute();
}

/** A new draft version holding a copy of a published version's statements and forms. */
export async function salinVersi(
  db: Db,
  asal: VersiBank,
  o: { versi: string; catatan?: string; oleh: string | null },
): Promise<string> {
  if (asal.status !== "terbit")
    throw new GalatApi(409, "ASAL_BUKAN_TERBIT", { pesan: PESAN_BANK.ASAL_BUKAN_TERBIT });
  const bank = await muatBank(db, asal);
  return buatVersiDraf(db, bank, { ...o, asalId: asal.id });
}

export async function buatVersiDraf(
  db: Db,
  bank: Pick<BankButir, "pernyataan" | "formulir">,
  o: { versi: string; catatan?: string; oleh: string | null; asalId?: string },
): Promise<string> {
  const r = await db
    .insertInto("bank_butir_versi")
    .values({ versi: o.versi, asal_id: o.asalId ?? null, catatan: o.catatan ?? null, dibuat_oleh: o.oleh })
    .onConflict((oc) => oc.column("versi").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!r)
    throw new GalatApi(409, "VERSI_GANDA", { pesan: PESAN_BANK.VERSI_GANDA, param: { versi: o.versi } });
  const id = r.id;
  await sisipkanIsi(db, id, bank);
  return id;
}

export async function sentuh(db: Db, versiId: string): Promise<void> {
  await db.updateTable("bank_butir_versi").set({ diubah: new Date() }).where("id", "=", versiId).execute();
}

/** Inserts or replaces a statement of a draft version. */
export async function simpanPernyataan(
  db: Db,
  versiId: string,
  p: PernyataanBank,
): Promise<"baru" | "diubah"> {
  const ada = await db
    .selectFrom("bank_butir_pernyataan")
    .select("urutan")
    .where("versi_id", "=", versiId)
    .where("id", "=", p.id)
    .executeTakeFirst();
  if (ada) {
    await db
      .updateTable("bank_butir_pernyataan")
      .set({ sub_dimensi: p.subDimensi, teks: p.teks, isi: JSON.stringify(p) })
      .where("versi_id", "=", versiId)
      .where("id", "=", p.id)
      .execute();
  } else {
    const { m } = await db
      .selectFrom("bank_butir_pernyataan")
      .select((eb) => eb.fn.max("urutan").as("m"))
      .where("versi_id", "=", versiId)
      .executeTakeFirstOrThrow();
    await db
      .insertInto("bank_butir_pernyataan")
      .values({
        versi_id: versiId,
        id: p.id,
        urutan: (m ?? -1) + 1,
        sub_dimensi: p.subDimensi,
        teks: p.teks,
        isi: JSON.stringify(p),
      })
      .execute();
  }
  await sentuh(db, versiId);
  return ada ? "diubah" : "baru";
}

export type AksiTransisi = "ajukan" | "kembalikan" | "terbitkan";

const TRANSISI: Record<AksiTransisi, { dari: StatusVersiBank; ke: StatusVersiBank }> = {
  ajukan: { dari: "draf", ke: "tinjauan" },
  kembalikan: { dari: "tinjauan", ke: "draf" },
  terbitkan: { dari: "tinjauan", ke: "terbit" },
};

export function wajibTransisi(v: VersiBank, aksi: AksiTransisi): StatusVersiBank {
  const t = TRANSISI[aksi];
  if (v.status !== t.dari) {
    throw new GalatApi(409, "TRANSISI_TIDAK_SAH", {
      pesan: PESAN_BANK.TRANSISI_TIDAK_SAH,
      param: { versi: v.versi, status: v.status, aksi },
    });
  }
  return t.ke;
}

/**
 * Records who submitted a version for review (`null` clears it when the
 * version goes back to draft). Column `diajukan_oleh`, migration 0042.
 */
export async function catatPengaju(db: Db, versiId: string, oleh: string | null): Promise<void> {
  await db.updateTable("bank_butir_versi").set({ diajukan_oleh: oleh }).where("id", "=", versiId).execute();
}

/**
 * The four-eyes rule of the national bank (docs/item-bank.md "Four eyes"):
 * a version is published by a national evaluator other than the one who
 * submitted it for review. Returns the refusal, or null when `penerbit` may
 * publish. The built-in bank's system seed (`pastikanBankBawaan`) publishes
 * without a person and does not pass here.
 */
export function halanganEmpatMata(v: VersiBank, penerbit: string | null): GalatApi | null {
  const pengaju = v.diajukanOleh;
  if (pengaju === null)
    return new GalatApi(409, "PENGAJU_TIDAK_DIKETAHUI", {
      pesan: PESAN_BANK.PENGAJU_TIDAK_DIKETAHUI,
      param: { versi: v.versi },
    });
  if (penerbit === null || penerbit === pengaju)
    return new GalatApi(403, "PENERBIT_ADALAH_PENGAJU", {
      pesan: PESAN_BANK.PENERBIT_ADALAH_PENGAJU,
      param: { versi: v.versi },
    });
  return null;
}

/** Why a version may not be published yet (empty when it may). */
export async function halanganTerbit(
  db: Db,
  v: VersiBank,
): Promise<{ bank: BankButir; galat: GalatApi | null }> {
  const bank = await muatBank(db, v);
  const register = await bacaRegister(db);
  const nGalat = lintVersi(bank, register).filter((t) => t.keparahan === "galat").length;
  if (nGalat > 0) {
    return {
      bank,
      galat: new GalatApi(409, "TERBIT_ADA_GALAT", {
        pesan: PESAN_BANK.TERBIT_ADA_GALAT,
        param: { n: nGalat },
      }),
    };
  }
  if (bank.formulir.length === 0)
    return { bank, galat: new GalatApi(409, "TANPA_FORMULIR", { pesan: PESAN_BANK.TANPA_FORMULIR }) };
  const r = await db
    .selectFrom("bank_butir_versi")
    .select(["laporan_desain", "sidik_desain"])
    .where("id", "=", v.id)
    .executeTakeFirstOrThrow();
  const laporan = r.laporan_desain as LaporanDesain | null;
  if (!laporan || r.sidik_desain !== sidikIsi(bank)) {
    return { bank, galat: new GalatApi(409, "DESAIN_BELUM", { pesan: PESAN_BANK.DESAIN_BELUM }) };
  }
  const gagal = laporan.formulir.filter((f) => !f.layakTerbit).map((f) => f.formulir);
  if (gagal.length > 0) {
    return {
      bank,
      galat: new GalatApi(409, "DESAIN_GAGAL", {
        pesan: PESAN_BANK.DESAIN_GAGAL,
        param: { formulir: gagal.join(", ") },
        details: laporan.formulir
          .filter((f) => !f.layakTerbit)
          .map((f) => ({ formulir: f.formulir, alasan: f.alasan })),
      }),
    };
  }
  return { bank, galat: null };
}

/**
 * Publishes a version under review: its statements (other than withdrawn ones)
 * become `terbit` with a change-log entry, then the version is locked.
 */
export async function terbitkan(db: Db, v: VersiBank, bank: BankButir, oleh: string | null): Promise<void> {
  const tanggal = new Date().toISOString().slice(0, 10);
  const akhir: PernyataanBank[] = [];
  for (const p of bank.pernyataan as PernyataanBank[]) {
    if (p.status === "terbit" || p.status === "ditarik") {
      akhir.push(p);
      continue;
    }
    const baru: PernyataanBank = {
      ...p,
      status: "terbit",
      riwayat: [...p.riwayat, { versi: v.versi, tanggal, catatan: `Terbit dalam versi bank ${v.versi}.` }],
    };
    akhir.push(baru);
    await db
      .updateTable("bank_butir_pernyataan")
      .set({ isi: JSON.stringify(baru) })
      .where("versi_id", "=", v.id)
      .where("id", "=", p.id)
      .execute();
  }
  await db
    .updateTable("bank_butir_versi")
    .set({
      status: "terbit",
      diterbitkan: new Date(),
      diterbitkan_oleh: oleh,
      diubah: new Date(),
      // the report stays attached to the content as published (statuses changed above)
      sidik_desain: sidikIsi({ pernyataan: akhir as Pernyataan[], formulir: bank.formulir }),
    })
    .where("id", "=", v.id)
    .where("status", "=", "tinjauan")
    .execute();
}
