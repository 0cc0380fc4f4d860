/**
 * Browser test of the final level used everywhere (docs/nontes.md "Where the final level is shown"): on the demo agency a
 * non-test period tied to the initial assessment gives five people of one
 * unit a final level from the test, observation/360 and the track record;
 * the supervision team then sees, on the assessment map, the cycle's SMART
 * progress and the sub-stage guide, that final levels were used and from
 * which sources. Desktop and phone (390×844), checked with axe-core and
 * photographed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harusAksesibel as aksesibel } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const suite = CHROMIUM ? describe : describe.skip;
const FOTO = process.env.NURANI_FOTO_DIR ?? path.join(os.tmpdir(), "nurani-foto-level-akhir");
const UKURAN = [
  ["desktop", { width: 1280, height: 900 }],
  ["ponsel", { width: 390, height: 844 }],
] as const;
const CATATAN =
  /Level akhir \(tes dan bukti non-tes\) dipakai untuk 5 orang.*Tes \d+ · Observasi\/360 5 · Rekam jejak 5/;

suite("the final level in the map, SMART progress and the sub-stage guide (Chromium)", () => {
  let server: ServerUji;
  let browser: Browser;
  let siklusId: string;

  async function masuk(ukuran: { width: number; height: number }): Promise<Page> {
    const ctx = await browser.newContext({ viewport: ukuran, bypassCSP: true });
    const p = await ctx.newPage();
    await p.goto(`${server.url}/login`);
    await p.getByLabel("Nama pengguna").fill("supervisi");
    await p.getByLabel("Kata sandi").fill("nurani-demo");
    await p.getByRole("button", { name: "Masuk", exact: true }).click();
    await p.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    return p;
  }

  beforeAll(async () => {
    fs.mkdirSync(FOTO, { recursive: true });
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    const db = server.basisdata.db;
    const instansiId = (
      await db.selectFrom("instansi").select("id").where("kode", "=", "KEMENCS").executeTakeFirstOrThrow()
    ).id;
    siklusId = (
      await db
        .selectFrom("siklus_program")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .where("nama", "=", "Program Integritas 2026")
        .executeTakeFirstOrThrow()
    ).id;
    const kampanyeId = (
      await db
        .selectFrom("kampanye_asesmen")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .where("nama", "=", "Asesmen Awal 2026")
        .executeTakeFirstOrThrow()
    ).id;
    // five people of the unit with most reported scores, each raised one level (at most 4)
    const skor = await db
      .selectFrom("skor_asesmen")
      .select(["pegawai_id", "unit_id", "level"])
      .where("instansi_id", "=", instansiId)
      .where("kampanye_id", "=", kampanyeId)
      .where("tinjauan", "in", ["tidak_perlu", "diterima"])
      .where("unit_id", "is not", null)
      .execute();
    const perUnit = new Map<string, typeof skor>();
    for (const s of skor) perUnit.set(s.unit_id as string, [...(perUnit.get(s.unit_id as string) ?? []), s]);
    const orang = [...perUnit.values()].sort((a, b) => b.length - a.length)[0].slice(0, 5);
    const periode = await db
      .insertInto("periode_nontes")
      .values({
        instansi_id: instansiId,
        kampanye_id: kampanyeId,
        judul: "Observasi 360 Awal 2026",
        cakupan: JSON.stringify({ jenis: "semua" }),
        tenggat: "2026-06-30",
        status: "ditutup",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("sasaran_nontes")
      .values(
        orang.map((o) => ({ instansi_id: instansiId, periode_id: periode.id, pegawai_id: o.pegawai_id })),
      )
      .execute();
    await db
      .insertInto("hasil_nontes")
      .values(
        orang.map((o) => {
          const level = Math.min(4, o.level + 1);
          return {
            instansi_id: instansiId,
            periode_id: periode.id,
            pegawai_id: o.pegawai_id,
            hasil: JSON.stringify({
              levelAkhir: level,
              faktor: ["KD", "DN", "KM"].map((faktor) => ({
                faktor,
                level,
                sumberDipakai: ["tes", "observasi", "rekam-jejak"],
              })),
              kualitas: [],
              teladan: null,
              perluTinjauan: false,
            }),
          };
        }),
      )
      .execute();
    browser = await bukaChromium();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  it("the assessment map says final levels were used, per unit and for the agency, with their sources", async () => {
    for (const [nama, ukuran] of UKURAN) {
      const p = await masuk(ukuran);
      await p.goto(`${server.url}/peta-asesmen`);
      await p.getByLabel("Kampanye", { exact: true }).first().click();
      await p.getByRole("option", { name: "Asesmen Awal 2026" }).click();
      const catatan = p.getByTestId("sumber-level");
      await catatan.waitFor();
      expect(await catatan.textContent()).toMatch(CATATAN);
      const baris = p
        .getByRole("row")
        .filter({ hasText: /Sumber: Tes \d+ · Observasi\/360 5 · Rekam jejak 5/ });
      expect(await baris.count()).toBeGreaterThanOrEqual(1);
      await p.screenshot({ path: path.join(FOTO, `peta-${nama}.png`), fullPage: false });
      await baris.first().scrollIntoViewIfNeeded();
      await p.screenshot({ path: path.join(FOTO, `peta-baris-${nama}.png`), fullPage: false });
      await aksesibel(p, `peta asesmen (${nama})`);
      await p.context().close();
    }
  }, 300_000);

  it("SMART progress and the sub-stage guide say the same", async () => {
    for (const [nama, ukuran] of UKURAN) {
      const p = await masuk(ukuran);
      await p.goto(`${server.url}/program/${siklusId}`);
      const catatan = p.getByTestId("sumber-level");
      await catatan.waitFor();
      expect(await catatan.textContent()).toMatch(CATATAN);
      await catatan.scrollIntoViewIfNeeded();
      await p.screenshot({ path: path.join(FOTO, `smart-${nama}.png`), fullPage: false });
      await aksesibel(p, `dasbor siklus (${nama})`);
      await p.goto(`${server.url}/program/panduan?siklus=${siklusId}`);
      const g = p.getByTestId("sumber-level");
      await g.waitFor();
      expect(await g.textContent()).toMatch(CATATAN);
      await p.screenshot({ path: path.join(FOTO, `panduan-${nama}.png`), fullPage: false });
      await aksesibel(p, `panduan subtahap (${nama})`);
      await p.context().close();
    }
  }, 300_000);
});
