/**
 * Browser walk of gratification control (docs/gratifikasi.md): the demo
 * employee, on a phone, sees the warning for a gift near its KPK deadline,
 * reports a new gift and sees the working-day countdown; the UPG officer finds
 * the report near its deadline and triages the new one; the leader sees the
 * figures on the synergy panel. Screens are checked with axe-core and
 * photographed into /tmp/nurani-shots/.
 */
import path from "node:path";
import { expect } from "vitest";
import { harusAksesibel as aksesibel } from "./support/axe.ts";
import { pakaiServerDemo, SHOTS, siklusDemo, ujiPeramban as uji } from "./support/berkas.ts";
import { masukDemo } from "./support/masuk.ts";

const HP = { width: 390, height: 844 };
const LEBAR = { width: 1280, height: 800 };

let siklusKemen = "";

const e2e = pakaiServerDemo(async (server) => {
  siklusKemen = await siklusDemo(server);
});

const PEMBERI = "PT Uji Peramban Sejahtera";

uji(
  "an employee on a phone reports a gift and sees the working-day countdown; the UPG triages it",
  async () => {
    const p = await masukDemo(e2e.browser, e2e.server.url, "pegawai", { viewport: HP });
    await p.goto(`${e2e.server.url}/gratifikasi-saya`);
    await p.getByRole("heading", { name: "Laporan gratifikasi saya" }).waitFor();
    // the demo's gift received 27 working days ago: 3 left, and a warning
    await p.getByText("Batas lapor ke KPK sudah dekat").waitFor();
    await p.getByText(/Sisa 3 hari kerja/).waitFor();
    await p.getByRole("button", { name: "Laporkan gratifikasi" }).click();
    const d = p.getByRole("dialog", { name: "Lapor gratifikasi" });
    await d.getByRole("textbox", { name: "Pemberi", exact: true }).fill(PEMBERI);
    await d.getByLabel("Uraian pemberian").fill("Bingkisan buah saat kunjungan lapangan");
    await d.getByLabel("Taksiran nilai (Rp)").fill("750000");
    await aksesibel(p, "formulir lapor gratifikasi (HP)");
    await p.screenshot({ path: path.join(SHOTS, "gratifikasi-01-formulir-hp.png"), fullPage: true });
    await d.getByRole("button", { name: "Kirim laporan" }).click();
    await d.waitFor({ state: "detached" });
    const baris = p.getByRole("row").filter({ hasText: PEMBERI });
    await baris.waitFor();
    expect(await baris.textContent()).toContain("Sisa 30 hari kerja");
    expect(await baris.textContent()).toContain("Menunggu telaah UPG");
    await aksesibel(p, "laporan gratifikasi saya (HP)");
    await p.screenshot({ path: path.join(SHOTS, "gratifikasi-02-saya-hp.png"), fullPage: true });
    await p.context().close();

    const u = await masukDemo(e2e.browser, e2e.server.url, "upg", { viewport: LEBAR });
    await u.goto(`${e2e.server.url}/gratifikasi`);
    await u.getByRole("heading", { name: "Register gratifikasi" }).waitFor();
    await u.getByLabel(/hampir jatuh tempo/).check();
    const hampir = u.getByRole("row").filter({ hasText: "CV Sinar Abadi" });
    await hampir.waitFor();
    await expect.poll(async () => u.getByRole("row").filter({ hasText: PEMBERI }).count()).toBe(0);
    await u.getByLabel(/hampir jatuh tempo/).uncheck();
    const baru = u.getByRole("row").filter({ hasText: PEMBERI });
    await baru.waitFor();
    await aksesibel(u, "register UPG");
    await u.screenshot({ path: path.join(SHOTS, "gratifikasi-03-upg.png"), fullPage: true });
    await baru.getByRole("button", { name: "Telaah" }).click();
    const t = u.getByRole("dialog", { name: /Telaah laporan/ });
    await t.getByLabel("Catatan UPG").fill("Diteruskan ke KPK melalui GOL");
    await t.getByRole("button", { name: "Simpan" }).click();
    await t.waitFor({ state: "detached" });
    await baru.getByText("Diteruskan ke KPK").waitFor();
    await baru.getByRole("button", { name: "Catat penetapan" }).waitFor();
    await u.setViewportSize(HP);
    await u.screenshot({ path: path.join(SHOTS, "gratifikasi-04-upg-hp.png"), fullPage: true });
    await u.context().close();
  },
  300_000,
);

uji(
  "the synergy panel shows the integrity registers' figures of the demo",
  async () => {
    const p = await masukDemo(e2e.browser, e2e.server.url, "pimpinan", { viewport: LEBAR });
    await p.goto(`${e2e.server.url}/program/${siklusKemen}`);
    const panel = p.getByRole("region", { name: "Sinergi kelembagaan" });
    await panel.getByText("Laporan gratifikasi", { exact: true }).waitFor();
    await panel.getByText("Hampir jatuh tempo", { exact: true }).waitFor();
    // the demo's LHKASN list: 400 obliged, every ninth not reported
    await panel.getByText("Kepatuhan LHKPN/LHKASN", { exact: true }).waitFor();
    expect(await panel.textContent()).toContain("88,8%");
    await panel.getByText("Indeks sistem merit", { exact: true }).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await aksesibel(p, "panel integritas");
    await panel.screenshot({ path: path.join(SHOTS, "gratifikasi-05-panel.png") });
    await p.context().close();
  },
  120_000,
);

uji(
  "the registers' pages open for their handlers on a desktop and a phone, accessible",
  async () => {
    for (const [username, halaman] of [
      ["admin", ["/disiplin", "/lhkasn", "/zona-integritas"]],
      ["pegawai", ["/lhkasn-saya"]],
    ] as const) {
      const p = await masukDemo(e2e.browser, e2e.server.url, username, { viewport: LEBAR });
      for (const h of halaman) {
        await p.setViewportSize(LEBAR);
        await p.goto(`${e2e.server.url}${h}`);
        await p.getByRole("heading", { level: 2 }).first().waitFor();
        await p.waitForLoadState("networkidle");
        await aksesibel(p, h);
        const nama = h.slice(1);
        await p.screenshot({ path: path.join(SHOTS, `integritas-${nama}.png`), fullPage: true });
        await p.setViewportSize(HP);
        await p.screenshot({ path: path.join(SHOTS, `integritas-${nama}-hp.png`), fullPage: true });
      }
      if (username === "admin") {
        // the demo's discipline case and LHKASN list are on their pages
        await p.goto(`${e2e.server.url}/disiplin`);
        await p.getByText("Teguran tertulis").waitFor();
        await p.goto(`${e2e.server.url}/lhkasn`);
        await p.getByText(/355 dari 400 sudah lapor/).waitFor();
      }
      await p.context().close();
    }
  },
  300_000,
);
