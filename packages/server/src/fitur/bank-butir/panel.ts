/**
 * Expert panel review of the national item bank (docs/panel-ahli.md):
 * opening a panel for a version, inviting experts by printed one-time
 * codes, the expert's session token, ratings, results, and the panel's
 * desirability for form design. Codes (80 random bits) and tokens (256 bits)
 * are stored as SHA-256 digests only; nobody but the expert holds them.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  type HasilPanel,
  hitungHasilPanel,
  type NilaiAhli,
  type Pernyataan,
  terapkanKeinginanSosialPanel,
} from "@nurani/domain";
import type { Db } from "../../db/factory.ts";
import { GalatApi } from "../../http/errors.ts";

export const MASA_KODE_HARI = 30;
/** A panel is closed with at least this many experts who rated every statement (ICC needs 2). */
export const AHLI_MIN_TUTUP = 2;

const ALFABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no I, O, 0, 1: printed and typed by hand

/** 16 characters of a 32-letter alphabet (80 bits), in groups of 4. */
export function buatKodePanel(): string {
  const b = randomBytes(16);
  let s = "";
  for (const x of b) s += ALFABET[x & 31];
  return s.match(/.{4}/g)?.join("-") ?? s;
}

export const hashKodePanel = (kode: string) =>
  createHash("sha256")
    .update(`nurani-panel-kode:${kode.toUpperCase().replace(/[^0-9A-Z]/g, "")}`)
    .digest("hex");
const hashToken = (t: string) => createHash("sha256").update(`nurani-panel-token:${t}`).digest("hex");

const tidakDitemukan = () =>
  new GalatApi(404, "PANEL_TIDAK_ADA", {
    pesan: { id: "Panel ahli tidak ditemukan.", en: "Expert panel not found." },
  });

export async function bacaPanel(db: Db, id: string, kunci = false) {
  let q = db.selectFrom("bank_butir_panel").selectAll().where("id", "=", id);
  if (kunci) q = q.forUpdate();
  const p = await q.executeTakeFirst();
  if (!p) throw tidakDitemukan();
  return p;
}

export function wajibTerbuka(p: { status: string }) {
  if (p.status !== "terbuka")
    throw new GalatApi(409, "PANEL_SELESAI", {
      pesan: { id: "Panel ini sudah ditutup.", en: "This panel is closed." },
    });
}

/** Opens a panel on a version: its statements (not withdrawn) as they are now. */
export async function bukaPanel(db: Db, versiId: string, judul: string, olehId: string | null) {
  const ps = await db
    .selectFrom("bank_butir_pernyataan")
    .select(["id", "sub_dimensi", "teks", "isi"])
    .where("versi_id", "=", versiId)
    .orderBy("urutan")
    .execute();
  const aktif = ps.filter((p) => (p.isi as Pernyataan).status !== "ditarik");
  const panel = await db
    .insertInto("bank_butir_panel")
    .values({ versi_id: versiId, judul, dibuat_oleh: olehId })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (aktif.length > 0)
    await db
      .insertInto("bank_butir_panel_pernyataan")
      .values(
        aktif.map((p, i) => ({
          panel_id: panel.id,
          id: p.id,
          urutan: i,
          sub_dimensi: p.sub_dimensi,
          teks: p.teks,
        })),
      )
      .execute();
  return panel;
}

/** A new one-time code for an expert (their earlier code and session stop working). */
export async function kodeBaru(db: Db, ahliId: string) {
  const kode = buatKodePanel();
  const kedaluwarsa = new Date(Date.now() + MASA_KODE_HARI * 86_400_000);
  await db
    .updateTable("bank_butir_panel_ahli")
    .set({ kode_hash: hashKodePanel(kode), kode_kedaluwarsa: kedaluwarsa, token_hash: null })
    .where("id", "=", ahliId)
    .execute();
  return { kode, kedaluwarsa: kedaluwarsa.toISOString() };
}

/** Spends a code: the expert gets a session token (shown once to their browser). */
export async function masukDenganKode(db: Db, kode: string) {
  const a = await db
    .selectFrom("bank_butir_panel_ahli as a")
    .innerJoin("bank_butir_panel as p", "p.id", "a.panel_id")
    .select(["a.id", "a.nama", "a.kode_kedaluwarsa", "p.status", "p.judul", "p.id as panel_id"])
    .where("a.kode_hash", "=", hashKodePanel(kode))
    .forUpdate()
    .executeTakeFirst();
  if (!a || !a.kode_kedaluwarsa || new Date(a.kode_kedaluwarsa) < new Date() || a.status !== "terbuka")
    throw new GalatApi(400, "KODE_PANEL_TIDAK_BERLAKU", {
      pesan: {
        id: "Kode panel tidak dikenal, sudah dipakai, kedaluwarsa, atau panelnya sudah ditutup. Mintalah kode baru kepada evaluator nasional.",
        en: "The panel code is unknown, already used or expired, or the panel is closed. Ask the national evaluator for a new one.",
      },
    });
  const token = randomBytes(32).toString("base64url");
  await db
    .updateTable("bank_butir_panel_ahli")
    .set({ kode_hash: null, kode_kedaluwarsa: null, token_hash: hashToken(token), masuk: new Date() })
    .where("id", "=", a.id)
    .execute();
  return { token, ahliId: a.id, nama: a.nama, panelId: a.panel_id, judul: a.judul };
}

/** The expert behind a session token, on an open panel. */
export async function ahliDariToken(db: Db, token: string) {
  const a = await db
    .selectFrom("bank_butir_panel_ahli as a")
    .innerJoin("bank_butir_panel as p", "p.id", "a.panel_id")
    .select(["a.id", "a.nama", "a.panel_id", "p.judul", "p.status"])
    .where("a.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!a || a.status !== "terbuka")
    throw new GalatApi(401, "SESI_PANEL_TIDAK_BERLAKU", {
      pesan: {
        id: "Sesi panel tidak berlaku lagi (kode baru diterbitkan atau panel ditutup). Masuk lagi dengan kode baru.",
        en: "The panel session is no longer valid (a new code was issued or the panel closed). Sign in with a new code.",
      },
    });
  return a;
}

/** Per expert: how many statements they rated. */
export async function kemajuanAhli(db: Db, panelId: string) {
  const [total, ahli] = await Promise.all([
    db
      .selectFrom("bank_butir_panel_pernyataan")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("panel_id", "=", panelId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("bank_butir_panel_ahli as a")
      .leftJoin("bank_butir_panel_nilai as n", "n.ahli_id", "a.id")
      .select((eb) => [
        "a.id",
        "a.nama",
        "a.masuk",
        "a.kode_kedaluwarsa",
        "a.dibuat",
        eb.fn.count<string>("n.pernyataan_id").as("dinilai"),
      ])
      .where("a.panel_id", "=", panelId)
      .groupBy(["a.id", "a.nama", "a.masuk", "a.kode_kedaluwarsa", "a.dibuat"])
      .orderBy("a.dibuat")
      .orderBy("a.nama")
      .orderBy("a.id")
      .execute(),
  ]);
  const n = Number(total.n);
  return {
    total: n,
    ahli: ahli.map((a) => ({ ...a, dinilai: Number(a.dinilai), selesai: n > 0 && Number(a.dinilai) === n })),
  };
}

/** The panel's results: experts who rated every statement are counted. */
export async function hitungPanel(db: Db, panelId: string) {
  const [ps, k, nilai] = await Promise.all([
    db
      .selectFrom("bank_butir_panel_pernyataan")
      .select(["id", "sub_dimensi", "teks"])
      .where("panel_id", "=", panelId)
      .orderBy("urutan")
      .execute(),
    kemajuanAhli(db, panelId),
    db
      .selectFrom("bank_butir_panel_nilai")
      .select(["ahli_id", "pernyataan_id", "relevansi", "keinginan_sosial"])
      .where("panel_id", "=", panelId)
      .execute(),
  ]);
  const ahli = k.ahli.filter((a) => a.selesai).map((a) => a.id);
  const daftar: NilaiAhli[] = nilai.map((v) => ({
    ahli: v.ahli_id,
    pernyataan: v.pernyataan_id,
    relevansi: v.relevansi,
    keinginanSosial: v.keinginan_sosial,
  }));
  const hasil: HasilPanel = hitungHasilPanel(
    ps.map((p) => p.id),
    ahli,
    daftar,
  );
  return { pernyataan: ps, hasil };
}

/**
 * Form design reads desirability through here: the statements with the
 * author's rating replaced by the mean of the latest finished panel (same id
 * and text) when one exists.
 */
export async function keinginanSosialDesain(db: Db, pernyataan: Pernyataan[]): Promise<Pernyataan[]> {
  const panel = await db
    .selectFrom("bank_butir_panel")
    .select(["id", "judul"])
    .where("status", "=", "selesai")
    .orderBy("ditutup", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!panel) return pernyataan;
  const { pernyataan: ps, hasil } = await hitungPanel(db, panel.id);
  const teks = new Map(ps.map((p) => [p.id, p.teks]));
  const nilai = new Map<string, { teks: string; rerata: number }>();
  for (const h of hasil.pernyataan)
    if (h.keinginanSosialRerata !== null)
      nilai.set(h.pernyataan, { teks: teks.get(h.pernyataan) ?? "", rerata: h.keinginanSosialRerata });
  return terapkanKeinginanSosialPanel(pernyataan, {
    nama: `Panel ahli "${panel.judul}"`,
    ahli: hasil.ahli,
    nilai,
  });
}

/**
 * Before the form builder assembles a draft: the panel's desirability
 * (`keinginanSosialDesain`) becomes the statements' own rating, with the panel
 * named as rater and a change-log entry (docs/item-bank.md "What is still
 * missing" 1), so the lint and the publication checks see what the blocks
 * were matched on. Returns the bank with the statements as stored.
 */
export async function catatKeinginanSosialPanel<B extends { pernyataan: Pernyataan[] }>(
  db: Db,
  v: { id: string; versi: string },
  bank: B,
): Promise<B> {
  const baru = await keinginanSosialDesain(db, bank.pernyataan);
  const tanggal = new Date().toISOString().slice(0, 10);
  const hasil = await Promise.all(
    baru.map(async (p, i) => {
      const lama = bank.pernyataan[i] as Pernyataan;
      if (p === lama || p.keinginanSosial === lama.keinginanSosial) return lama;
      const dicatat: Pernyataan = {
        ...p,
        riwayat: [
          ...lama.riwayat,
          {
            versi: v.versi,
            tanggal,
            catatan: `Keinginan sosial ${lama.keinginanSosial} → ${p.keinginanSosial}: ${p.penilaiKeinginanSosial}.`,
          },
        ],
      };
      await db
        .updateTable("bank_butir_pernyataan")
        .set({ isi: JSON.stringify(dicatat) })
        .where("versi_id", "=", v.id)
        .where("id", "=", p.id)
        .execute();
      return dicatat;
    }),
  );
  return { ...bank, pernyataan: hasil };
}
