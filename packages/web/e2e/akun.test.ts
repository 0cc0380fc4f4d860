/**
 * Browser walk of an account an admin makes for an employee (docs/server.md
 * "Accounts"): the admin links an employee, the new login sees only the
 * "change your password" screen (with the policy's reason when a choice is
 * refused), then the app, where the bell tells the employee about the account.
 * Screens are checked with axe-core and photographed (desktop and phone) into
 * /tmp/nurani-shots/.
 */
import fs from "node:fs";
import path from "node:path";
import { buatPengguna } from "@nurani/server/test-support";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { periksaAksesibilitas } from "./support/axe.ts";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const SHOTS = "/tmp/nurani-shots";
const PASSWORD = "kata-sandi-uji-2026";
const uji = CHROMIUM ? it : it.skip;

let server: ServerUji;
let browser: Browser;
let instansiId = "";
let admin = "";
let pegawai: { nama: string; nip: string };

async function aksesibel(p: Page, nama: string) {
  const pelanggaran = await periksaAksesibilitas(p);
  expect(pelanggaran, `${nama}: ${JSON.stringify(pelanggaran, null, 2)}`).toEqual([]);
}

beforeAll(async () => {
  if (!CHROMIUM) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  bangunWebBilaUsang();
  server = await mulaiServerDemo();
  const db = server.basisdata.db;
  // an employee without an account, in an agency that has employees
  const p = await db
    .selectFrom("pegawai as p")
    .leftJoin("pengguna as g", (j) =>
      j.onRef("g.pegawai_instansi_id", "=", "p.instansi_id").onRef("g.pegawai_id", "=", "p.id"),
    )
    .innerJoin("instansi as i", "i.id", "p.instansi_id")
    .select(["p.instansi_id", "p.nama", "p.nip"])
    .where("g.id", "is", null)
    .where("p.aktif", "=", true)
    .where("i.nasional", "=", false)
    .orderBy("p.nama")
    .executeTakeFirstOrThrow();
  instansiId = p.instansi_id;
  pegawai = { nama: p.nama, nip: p.nip };
  admin = (await buatPengguna(db, [{ instansiId, peran: "admin_instansi" }], { password: PASSWORD }))
    .username;
  browser = await bukaChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.berhenti();
});

uji(
  "admin links an account to an employee; the new login must choose a password first, then is told by the bell",
  async () => {
    // the admin
    const cAdmin = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const a = await cAdmin.newPage();
    await a.goto(server.url);
    await a.getByRole("heading", { name: "Masuk", exact: true }).waitFor();
    await a.screenshot({ path: path.join(SHOTS, "akun-01-login.png") });
    // an empty form is marked at its fields
    await a.getByRole("button", { name: "Masuk", exact: true }).click();
    await a.getByText("Isi nama pengguna.").waitFor();
    await a.getByLabel("Nama pengguna").fill(admin);
    await a.getByLabel("Kata sandi").fill(PASSWORD);
    await a.getByRole("button", { name: "Masuk", exact: true }).click();
    await a.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    await a.goto(`${server.url}/pengguna`);
    await a.getByRole("button", { name: "Tambah pengguna" }).click();
    const dialog = a.getByRole("dialog");
    await dialog.getByLabel("Nama pengguna").fill("pegawai.baru");
    const pilih = dialog.getByPlaceholder("Ketik nama atau NIP");
    await pilih.fill(pegawai.nip.slice(0, 12));
    await a.getByRole("option", { name: new RegExp(pegawai.nip) }).click();
    await aksesibel(a, "dialog pengguna");
    await a.screenshot({ path: path.join(SHOTS, "akun-02-tambah-pengguna.png") });
    await dialog.getByRole("button", { name: "Simpan" }).click();
    const sementaraDialog = a.getByRole("dialog", { name: "Kata sandi sementara" });
    await sementaraDialog.waitFor();
    const teks = (await sementaraDialog.textContent()) ?? "";
    const username = /pegawai\.baru@[a-z0-9._-]+/.exec(teks)?.[0] as string;
    const sementara = ((await a.getByTestId("password-sementara").textContent()) ?? "").trim();
    expect(username).toBeTruthy();
    expect(sementara).toMatch(/^[A-Za-z0-9]{16}$/);
    await cAdmin.close();

    // the employee, on a desktop and on a phone
    for (const [lebar, tinggi, akhiran] of [
      [1280, 800, "desktop"],
      [390, 844, "hp"],
    ] as const) {
      const c = await browser.newContext({ viewport: { width: lebar, height: tinggi }, bypassCSP: true });
      const p = await c.newPage();
      await p.goto(server.url);
      await p.getByLabel("Nama pengguna").fill(username);
      await p.getByLabel("Kata sandi").fill(akhiran === "desktop" ? sementara : "Lampu-hijau-di-tikungan");
      await p.getByRole("button", { name: "Masuk", exact: true }).click();
      if (akhiran === "desktop") {
        await p.getByRole("heading", { name: "Ganti kata sandi sementara" }).waitFor();
        // nothing else of the app is there: no navigation, no bell
        expect(await p.getByRole("navigation").count()).toBe(0);
        expect(await p.getByRole("button", { name: /^Notifikasi/ }).count()).toBe(0);
        await p.getByLabel("Kata sandi saat ini").fill(sementara);
        await p.getByLabel(/^Kata sandi baru/).fill("password12");
        await p.getByLabel("Ulangi kata sandi baru").fill("password12");
        await p.getByRole("button", { name: "Ganti kata sandi" }).click();
        await p
          .getByRole("alert")
          .filter({ hasText: /terlalu umum|pernah bocor/ })
          .waitFor();
        await aksesibel(p, "ganti kata sandi");
        await p.screenshot({ path: path.join(SHOTS, "akun-03-ganti-ditolak.png"), fullPage: true });
        await p.getByLabel(/^Kata sandi baru/).fill("Lampu-hijau-di-tikungan");
        await p.getByLabel("Ulangi kata sandi baru").fill("Lampu-hijau-di-tikungan");
        await p.getByRole("button", { name: "Ganti kata sandi" }).click();
      }
      await p.getByRole("heading", { name: /Selamat datang/ }).waitFor();
      const lonceng = p.getByRole("button", { name: /^Notifikasi, 1 belum dibaca/ });
      await lonceng.click();
      const isi = p.getByRole("dialog", { name: "Notifikasi" });
      await isi.getByText(/Akun Nurani dibuat untuk Anda/).waitFor();
      await aksesibel(p, `lonceng ${akhiran}`);
      await p.screenshot({ path: path.join(SHOTS, `akun-04-lonceng-${akhiran}.png`) });
      if (akhiran === "hp") {
        await isi.getByRole("button", { name: "Tandai semua dibaca" }).click();
        await p.getByRole("button", { name: "Notifikasi", exact: true }).waitFor();
      }
      await c.close();
    }
  },
  240_000,
);
