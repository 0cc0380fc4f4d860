/**
 * Item bank versions in the database (migration 0040): load, copy, edit,
 * lint, and the state machine draf → tinjauan → terbit (tinjauan → draf with a
 * reviewer's comment). Pure rules come from packages/domain (linter, register,
 * design guard); this module applies them to stored versions.
 */
import {
  BANK_NASIONAL,
  type BankButir,
  lintBank,
  lintBlok,
  lintPernyataan,
  type Pernyataan,
  type Temuan,
} from "@nurani/domain";
import type { Db } from "../../db/factory.ts";
import type { StatusVersiBank } from "../../db/schema-bank-butir.ts";
import { GalatApi } from "../../http/errors.ts";
import type { Bahasa } from "../../http/pesan.ts";
import {
  bacaRegister,
  type EntriRegister,
  type LaporanDesain,
  muatBank,
  registerTeks,
  sidikIsi,
  type VersiBank,
} from "./kueri.ts";
import { PESAN_BANK, TEKS_ATURAN } from "./pesan.ts";
import type { PernyataanBank } from "./skema.ts";

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

export async function sisipkanIsi(db: Db, versiId: string, bank: Pick<BankButir, "pernyataan" | "formulir">) {
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

export const TRANSISI: Record<AksiTransisi, { dari: StatusVersiBank; ke: StatusVersiBank }> = {
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
