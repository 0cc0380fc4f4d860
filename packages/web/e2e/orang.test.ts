/**
 * Browser test of docs/pengingat.md: a preparation step waiting on the
 * PPK shows in the PPK's bell after the daily reminder run (and only once,
 * however often it runs); the step-1 decree grants `tim_supervisi` and the
 * new member sees the supervision team's menu, on a phone; the admin sees
 * where the role came from. Every page is checked with axe-core.
 */

import { jalankanPengingat, terapkanSk } from "@nurani/server/test-support";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harusAksesibel as aksesibel } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { masukDemo } from "./support/masuk.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const suite = CHROMIUM ? describe : describe.skip;

suite("reminders and roles from decrees in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;
  let instansiId: string;

  const masuk = (username: string, lebar = 1280) =>
    masukDemo(browser, server.url, username, { viewport: { width: lebar, height: 900 } });

  beforeAll(async () => {
    bangunWebBilaUsang();
    server = await mulaiServerDemo();
    const ins = await server.basisdata.db
      .selectFrom("instansi")
      .select("id")
      .where("kode", "=", "KEMENCS")
      .executeTakeFirstOrThrow();
    instansiId = ins.id;
    browser = await bukaChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  it("shows the PPK the step assigned to them in the bell, once however often the job runs", async () => {
    const p = await masuk("ppk");
    await p.goto(`${server.url}/program`);
    await p.getByLabel("Nama siklus").fill("Siklus Pengingat E2E");
    await p.getByRole("button", { name: "Buat siklus" }).click();
    await p.getByRole("heading", { name: "Siklus Pengingat E2E" }).waitFor();
    await jalankanPengingat(server.basisdata.db, { smtp: null, instansiId });
    await jalankanPengingat(server.basisdata.db, { smtp: null, instansiId });
    await p.reload();
    await p.getByRole("button", { name: /Notifikasi, \d+ belum dibaca/ }).click();
    const dialog = p.getByRole("dialog", { name: "Notifikasi" });
    await dialog.getByText("Langkah persiapan menunggu Anda: Pembentukan Tim Supervisi").first().waitFor();
    expect(await dialog.getByText("Langkah persiapan menunggu Anda: Pembentukan Tim Supervisi").count()).toBe(
      1,
    );
    await aksesibel(p, "lonceng");
    await p.keyboard.press("Escape");
    await p.goto(`${server.url}/terlambat`);
    await p.getByRole("heading", { name: "Yang terlambat" }).waitFor();
    await p
      .getByText(/Siklus Pengingat E2E/)
      .first()
      .waitFor();
    await aksesibel(p, "terlambat");
    await p.context().close();
  });

  it("grants tim_supervisi by the step-1 decree: the member sees the team's menu on a phone; the admin sees the origin", async () => {
    const db = server.basisdata.db;
    const g = await db
      .selectFrom("pengguna")
      .select(["id", "pegawai_id"])
      .where("username", "=", "pegawai")
      .executeTakeFirstOrThrow();
    const s = await db
      .selectFrom("siklus_program")
      .select("id")
      .where("instansi_id", "=", instansiId)
      .where("nama", "=", "Siklus Pengingat E2E")
      .executeTakeFirstOrThrow();
    const p = await masuk("pegawai", 390);
    await p
      .getByRole("button", { name: /menu|navigasi/i })
      .first()
      .click()
      .catch(() => undefined);
    expect(await p.getByRole("link", { name: "Yang terlambat" }).count()).toBe(0);
    // the decree the PPK records in step 1 (the route's path is covered by the server tests)
    await terapkanSk(db, {
      instansiId,
      siklusId: s.id,
      langkah: "pembentukan_tim",
      nomor: "SK-E2E/2026",
      tanggal: null,
      pegawaiIds: [g.pegawai_id as string],
      oleh: null,
    });
    await p.reload();
    await p
      .getByRole("button", { name: /menu|navigasi/i })
      .first()
      .click()
      .catch(() => undefined);
    await p.getByRole("link", { name: "Yang terlambat" }).first().waitFor();
    await p.getByRole("link", { name: "Yang terlambat" }).first().click();
    await p.getByRole("heading", { name: "Yang terlambat" }).waitFor();
    await aksesibel(p, "terlambat (ponsel)");
    await p.screenshot({ path: "/tmp/orang-terlambat-ponsel.png", fullPage: true });
    await p.context().close();

    const a = await masuk("admin");
    await a.goto(`${server.url}/pengguna`);
    await a.getByRole("heading", { name: "Pengguna" }).waitFor();
    await a
      .getByText(/Tim Supervisi · SK/)
      .first()
      .waitFor();
    await aksesibel(a, "pengguna");
    await a.context().close();
  });
});
