/**
 * Browser test of the whole programme (docs/program.md "7. What the app does"): one agency (the demo's KEMENCS)
 * walked through a whole programme cycle in Chromium, as its users click and
 * type. A NEW cycle is created (not the demo one) and its preparation steps
 * 1–6 (PermenPANRB 60/2020 BAB III.B.1, Tabel 3) are recorded in order on the
 * dashboard's step forms; step 4 before step 3 is refused (Bahasa Indonesia)
 * and nothing is saved; a leader signs the declaration (step 2); step 3 links
 * the demo's released "Asesmen Awal 2026". Implementation then records one
 * activity of each of Tabel 4's five main kinds with an execution, followed
 * by a mentoring session (Tabel 2 I.3), a forum thread (Tabel 4 no. 2), a
 * random-interview sample and an APIP audit finding (Tabel 2 I.4, Tabel 4
 * no. 5), a public feedback response without login, and the programme report
 * (XLSX) checked cell by cell.
 *
 * The tests run in order and share one server, one browser and the logins.
 */

import fs from "node:fs";
import ExcelJS from "exceljs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { bukaChromium, CHROMIUM } from "./support/chromium.ts";
import { bangunWebBilaUsang, mulaiServerDemo, type ServerUji } from "./support/server.ts";

const SHOTS = "/tmp/nurani-shots";
const suite = CHROMIUM ? describe : describe.skip;

const NAMA_SIKLUS = "Program Integritas Uji Siklus Penuh";
/** A tiny but real PDF: the server checks magic bytes, not names. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** A label as written, with or without the required-field asterisk. */
const persis = (label: string) => new RegExp(`^${label}( \\*)?$`);

/** Today's date in Jakarta (the server's calendar), and shifted by `hari` days. */
function tanggal(hari = 0): string {
  return new Date(Date.now() + 7 * 3600_000 + hari * 86_400_000).toISOString().slice(0, 10);
}

/** Tabel 4's five main activities: code, name in the UI, planned sub-stage. */
const KEGIATAN = [
  { kode: "kampanye", nama: "Kampanye Integritas", judul: "Kampanye poster kode etik di lobi" },
  {
    kode: "wadah_berbagi",
    nama: "Pembentukan wadah berbagi (sharing knowledge)",
    judul: "Forum berbagi: cerita menolak gratifikasi",
  },
  {
    kode: "penguatan_kepemimpinan",
    nama: "Penguatan Kepemimpinan",
    judul: "Pimpinan sebagai teladan integritas",
  },
  {
    kode: "penguatan_kapasitas",
    nama: "Penguatan Kemampuan dan kesanggupan individu",
    judul: "Pelatihan pengambilan keputusan etis",
  },
  {
    kode: "pemantauan_evaluasi",
    nama: "Pemantauan (Pengendalian dan Pengawasan), dan Evaluasi",
    judul: "Wawancara acak triwulan I",
  },
] as const;

suite("a whole programme cycle in Chromium", () => {
  let server: ServerUji;
  let browser: Browser;
  let instansiId: string;
  let siklusId: string;
  const sesi = new Map<string, Page>();

  /** One logged-in page per demo user, reused across the tests. */
  async function sebagai(username: string): Promise<Page> {
    const ada = sesi.get(username);
    if (ada) return ada;
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const p = await ctx.newPage();
    p.setDefaultTimeout(15_000);
    await p.goto(`${server.url}/login`);
    await p.getByLabel("Nama pengguna").fill(username);
    await p.getByLabel("Kata sandi").fill("nurani-demo");
    await p.getByRole("button", { name: "Masuk", exact: true }).click();
    await p.getByRole("heading", { name: /Selamat datang/ }).waitFor();
    sesi.set(username, p);
    return p;
  }

  /** Opens a Mantine Select/MultiSelect and picks an option (the first one when `nama` is absent). */
  async function pilih(p: Page, kotak: Locator, nama?: string | RegExp) {
    await kotak.click();
    const opsi = (nama ? p.getByRole("option", { name: nama }) : p.getByRole("option")).filter({
      visible: true,
    });
    await opsi.first().click();
  }

  /** Picks employees in the programme's employee search (the first `n` results). */
  async function pilihPegawai(p: Page, kotak: Locator, n: number) {
    for (let i = 0; i < n; i++) {
      await kotak.click();
      const opsi = p.getByRole("option", { selected: false }).filter({ visible: true });
      await opsi.first().waitFor();
      await opsi.first().click();
    }
    await p.keyboard.press("Escape");
  }

  /** Uploads the PDF through a Mantine FileInput and waits until the server has stored it. */
  async function unggah(wadah: Locator, label: string | RegExp) {
    // Mantine's FileInput opens a hidden <input type=file> just before its wrapper
    const kotak = wadah.locator(".mantine-FileInput-root").filter({ hasText: label });
    await kotak
      .locator('xpath=preceding-sibling::input[@type="file"][1]')
      .setInputFiles({ name: "dokumen.pdf", mimeType: "application/pdf", buffer: PDF });
    await kotak.getByText("dokumen.pdf").first().waitFor();
  }

  async function bukaDasbor(p: Page) {
    await p.goto(`${server.url}/program/${siklusId}`);
    await p.getByRole("heading", { name: NAMA_SIKLUS }).waitFor();
  }

  /** Opens step `no`'s form on the dashboard; returns the modal. */
  async function bukaLangkah(p: Page, no: number): Promise<Locator> {
    const kartu = p.locator(".mantine-Card-root").filter({ hasText: new RegExp(`^\\S*\\s*${no}\\. `) });
    await kartu.getByRole("button", { name: /Isi keluaran|Koreksi/ }).click();
    const modal = p.getByRole("dialog");
    await modal.waitFor();
    return modal;
  }

  /** Submits a step form and waits for the modal to close (or fails with the shown reasons). */
  async function catat(modal: Locator) {
    await modal.getByRole("button", { name: "Catat keluaran" }).click();
    const hasil = await Promise.race([
      modal.waitFor({ state: "detached" }).then(() => "ok"),
      modal
        .getByRole("alert")
        .waitFor()
        .then(async () => `ditolak: ${await modal.getByRole("alert").textContent()}`),
    ]);
    expect(hasil).toBe("ok");
  }

  /** Waits until step `no`'s status badge on the dashboard reads `status`. */
  async function tungguStatus(p: Page, no: number, status: "Belum" | "Menunggu" | "Selesai") {
    await p
      .locator(".mantine-Card-root")
      .filter({ hasText: new RegExp(`^\\S*\\s*${no}\\. `) })
      .locator(".mantine-Badge-root")
      .first()
      .filter({ hasText: new RegExp(`^${status}$`) })
      .waitFor();
  }

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
  }, 180_000);

  // on failure, a screenshot of every open page helps to tell a UI bug from a test bug
  let nomorUji = 0;
  afterEach(async (c) => {
    nomorUji++;
    if (c.task.result?.state !== "fail") return;
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const [u, p] of sesi) {
      await p
        .screenshot({ path: `${SHOTS}/siklus-penuh-${nomorUji}-${u}.png`, fullPage: true })
        .catch(() => {});
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.berhenti();
  });

  it("prepares a new cycle: steps 1–6 in order, step 4 refused before step 3", async () => {
    // step 1 (PPK/PyB forms the supervision team, Tabel 3 no. 1)
    const ppk = await sebagai("ppk");
    await ppk.goto(`${server.url}/program`);
    await ppk.getByLabel("Nama siklus").fill(NAMA_SIKLUS);
    await ppk.getByRole("button", { name: "Buat siklus" }).click();
    await ppk.getByRole("heading", { name: NAMA_SIKLUS }).waitFor();
    siklusId = new URL(ppk.url()).pathname.split("/").pop() as string;
    expect(siklusId).toMatch(/^[0-9a-f-]{36}$/);

    let m = await bukaLangkah(ppk, 1);
    await m.getByLabel("SK: nomor").fill("800/SK-TS/2026");
    await m.getByLabel("Tanggal SK").fill(tanggal(-5));
    await unggah(m, "Dokumen SK");
    await m.getByLabel("Nomor SK Tim Reformasi Birokrasi").fill("700/SK-RB/2025");
    await pilihPegawai(ppk, m.getByLabel("Anggota tim (cari nama atau NIP)"), 3);
    await pilih(ppk, m.getByRole("combobox", { name: "Peran dalam tim" }).first(), "Ketua");
    await pilih(ppk, m.getByRole("combobox", { name: "Peran dalam tim" }).nth(1), "Sekretaris");
    await m.getByLabel("juga anggota tim RB").first().check();
    await catat(m);
    await tungguStatus(ppk, 1, "Selesai");

    // step 2: the declaration is recorded, then waits for a leader's signature
    m = await bukaLangkah(ppk, 2);
    await m.getByLabel(persis("Tanggal")).fill(tanggal(-4));
    await unggah(m, "Dokumen deklarasi");
    await catat(m);
    await tungguStatus(ppk, 2, "Menunggu");

    const pimpinan = await sebagai("pimpinan");
    await pimpinan.goto(`${server.url}/program/${siklusId}/deklarasi`);
    await pimpinan.getByRole("heading", { name: "Deklarasi komitmen bersama", exact: true }).waitFor();
    await pimpinan.getByLabel(/Saya telah membaca/).check();
    await pimpinan.getByRole("button", { name: "Tandatangani" }).click();
    await pimpinan.getByText("Anda sudah menandatangani deklarasi ini.").waitFor();
    await pimpinan.getByText(/Penandatangan: 1 \(pimpinan 1/).waitFor();

    // before step 3: step 4 cannot be recorded (BAB III.B.1: in order)
    const sup = await sebagai("supervisi");
    await bukaDasbor(sup);
    await tungguStatus(sup, 2, "Selesai");
    await tungguStatus(sup, 3, "Belum");
    // The dashboard offers no form for step 4 yet (only step 3 has "Isi keluaran") …
    expect(await sup.getByRole("button", { name: "Isi keluaran" }).count()).toBe(1);
    // … so the attempt goes to the API from the logged-in page (the UI has no way to send it),
    // with a complete, otherwise valid output.
    const tolak = await sup.evaluate(
      async ({ url, status, tenggat }) => {
        // a document the cycle really holds (the declaration's), so only the order can be wrong
        const s = await (await fetch(status)).json();
        const dokumenId = s.keluaran.deklarasi_komitmen.dokumenId;
        const csrf = decodeURIComponent(document.cookie.match(/(?:^|;\s*)nurani_csrf=([^;]+)/)?.[1] ?? "");
        const r = await fetch(url, {
          method: "PUT",
          headers: { "content-type": "application/json", "x-csrf-token": csrf, "accept-language": "id" },
          body: JSON.stringify({
            dokumenId,
            tanggal: new Date().toISOString().slice(0, 10),
            target: [
              {
                kode: "T1",
                indikator: { jenis: "proporsi_minimal_level", levelMinimal: 2 },
                sasaran: "instansi",
                garisDasar: null,
                nilaiTarget: 0.6,
                tenggat,
                penanggungJawab: { peran: "tim_supervisi" },
              },
            ],
          }),
        });
        return { status: r.status, teks: await r.text() };
      },
      {
        url: `/api/instansi/${instansiId}/program/siklus/${siklusId}/persiapan/rencana_aksi`,
        status: `/api/instansi/${instansiId}/program/siklus/${siklusId}`,
        tenggat: "2027-06",
      },
    );
    expect(tolak.status).toBeGreaterThanOrEqual(400);
    expect(tolak.status).toBeLessThan(500);
    expect(tolak.teks).toMatch(/Langkah 4 .*belum dapat dicatat: langkah 3 .*belum selesai/);
    await sup.reload();
    await sup.getByRole("heading", { name: NAMA_SIKLUS }).waitFor();
    await tungguStatus(sup, 4, "Belum");

    // step 3: the released initial assessment
    m = await bukaLangkah(sup, 3);
    await pilih(
      sup,
      m.getByRole("combobox", { name: "Kampanye asesmen awal" }),
      /Asesmen Awal 2026 — dirilis/,
    );
    await catat(m);
    await tungguStatus(sup, 3, "Selesai");

    // step 4: action plan with one SMART target
    m = await bukaLangkah(sup, 4);
    // dated no earlier than step 3's completion (today: the link is made today)
    await m.getByLabel(persis("Tanggal")).fill(tanggal());
    await unggah(m, "Dokumen Rencana Aksi dan Roadmap");
    await m.getByRole("button", { name: "Tambah target" }).click();
    await m.getByLabel("Tenggat").fill("2027-06");
    // above the baseline taken from the initial map, or the target shows no progress
    await m.getByLabel("Target (%)").fill("95");
    await catat(m);
    await tungguStatus(sup, 4, "Selesai");

    // step 5: training plan from the initial map's draft modules, each scheduled
    m = await bukaLangkah(sup, 5);
    await m.getByLabel(persis("Tanggal")).fill(tanggal());
    await unggah(m, "Dokumen panduan, kurikulum dan silabus");
    await m.getByRole("button", { name: "Ambil draf modul dari asesmen awal" }).click();
    await m.getByLabel("Judul modul").first().waitFor();
    const mulai = m.getByLabel(persis("Mulai"));
    const selesai = m.getByLabel(persis("Selesai"));
    const n = await mulai.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      await mulai.nth(i).fill(tanggal(7));
      await selesai.nth(i).fill(tanggal(60));
    }
    await catat(m);
    await tungguStatus(sup, 5, "Selesai");

    // step 6: change agents selected and appointed by the PPK
    await bukaDasbor(ppk);
    m = await bukaLangkah(ppk, 6);
    await m
      .getByLabel("Kriteria seleksi (satu per baris)")
      .fill("Tidak pernah dijatuhi hukuman disiplin\nLevel integritas ≥ 3 pada asesmen awal");
    await pilihPegawai(ppk, m.getByLabel("Calon agen perubahan (cari nama atau NIP)"), 2);
    await m.getByLabel("SK penetapan AP oleh pimpinan: nomor").fill("800/SK-AP/2026");
    await m.getByLabel("Tanggal SK").fill(tanggal());
    await unggah(m, "Dokumen SK");
    await catat(m);
    for (let no = 1; no <= 6; no++) {
      await tungguStatus(ppk, no, "Selesai");
    }
  }, 240_000);

  it("starts implementation and records one activity of each of Tabel 4's five kinds", async () => {
    const p = await sebagai("supervisi");
    await bukaDasbor(p);
    await p.getByRole("button", { name: "Mulai pelaksanaan" }).click();
    const konfirmasi = p.getByRole("dialog");
    await konfirmasi.getByLabel(persis("Tanggal")).fill(tanggal());
    await konfirmasi.getByRole("button", { name: "Ya, lanjutkan" }).click();
    await konfirmasi.waitFor({ state: "detached" });
    await p.getByRole("button", { name: "Mulai penilaian" }).waitFor();

    await p.getByRole("link", { name: "Buka kalender" }).click();
    await p.getByRole("heading", { name: "Kalender kegiatan" }).waitFor();
    await p
      .locator("label")
      .filter({ hasText: /^Daftar$/ })
      .click(); // the list view (the month grid is first)
    for (const k of KEGIATAN) {
      await p.getByRole("button", { name: "Rencanakan kegiatan" }).click();
      const f = p.getByRole("dialog");
      await pilih(p, f.getByRole("combobox", { name: "Kegiatan utama" }), k.nama);
      await f.getByLabel("Judul kegiatan").fill(k.judul);
      await f.getByLabel(persis("Mulai")).fill(tanggal());
      await f.getByLabel(persis("Selesai")).fill(tanggal(1));
      await f.getByRole("button", { name: "Simpan" }).click();
      await f.waitFor({ state: "detached" });

      const kartu = p.locator(".mantine-Card-root").filter({ hasText: k.judul });
      await kartu.getByRole("button", { name: "Catat pelaksanaan" }).click();
      const e = p.getByRole("dialog");
      await pilihPegawai(p, e.getByLabel("Pegawai yang hadir"), 2);
      await e.getByLabel("Jumlah peserta").fill("25");
      await e.getByLabel("Hasil kegiatan").fill(`Terlaksana: ${k.judul}. Peserta aktif berdiskusi.`);
      await e.getByRole("button", { name: "Simpan" }).click();
      await e.waitFor({ state: "detached" });
      await kartu.getByText("1× terlaksana").waitFor();
    }
    await p.getByText("25 peserta · 2 tercatat hadir · 0 bukti").first().waitFor();
  }, 180_000);

  it("records a mentoring session, a forum thread, an interview sample and an audit finding", async () => {
    // mentoring by a leader with an employee (Tabel 2 I.3)
    const pimpinan = await sebagai("pimpinan");
    await pimpinan.goto(`${server.url}/pendampingan`);
    await pimpinan.getByRole("button", { name: "Catat sesi baru" }).click();
    await pilih(pimpinan, pimpinan.getByRole("combobox", { name: "Pegawai" }));
    await pimpinan.getByLabel("Topik").fill("Menolak gratifikasi dari penyedia jasa");
    await pimpinan.getByLabel("Tindakan yang disepakati").fill("Melaporkan setiap tawaran ke UPG");
    await pimpinan.getByRole("button", { name: "Simpan" }).click();
    await pimpinan.getByText("Menolak gratifikasi dari penyedia jasa").first().waitFor();

    // a forum thread by a change agent (Tabel 4 no. 2)
    const agen = await sebagai("agen");
    await agen.goto(`${server.url}/forum`);
    await agen.getByRole("button", { name: "Utas baru" }).click();
    const form = agen.locator("form").filter({ hasText: "Judul" });
    await pilih(agen, form.getByRole("combobox", { name: "Kategori" }));
    await form.getByLabel("Judul").fill("Cara menolak hadiah dengan sopan");
    await form
      .getByLabel("Isi")
      .fill("Bagaimana pengalaman rekan-rekan **menolak** hadiah dari mitra kerja?");
    await form.getByRole("button", { name: "Kirim" }).click();
    await agen.getByText("Cara menolak hadiah dengan sopan").first().waitFor();

    // a random-interview sample (Tabel 2 I.4)
    const sup = await sebagai("supervisi");
    await sup.goto(`${server.url}/monev`);
    await sup.getByRole("tab", { name: "Wawancara acak" }).click();
    await sup.getByLabel("Nama sampel").fill("Wawancara acak triwulan I");
    await sup.getByLabel("Ukuran sampel").fill("30");
    await sup.getByLabel("Benih (opsional)").fill("2026");
    await sup.getByRole("button", { name: "Ambil sampel" }).click();
    await sup.getByText("Sampel diambil dengan benih 2026.").waitFor();
    await sup.getByText(/benih 2026 · \d+ dari \d+ pegawai/).waitFor();

    // an APIP audit plan and finding (Tabel 4 no. 5)
    const apip = await sebagai("apip");
    await apip.goto(`${server.url}/monev`);
    await apip.getByRole("tab", { name: "Audit internal (APIP)" }).click();
    await apip.getByLabel("Judul rencana audit").fill("Audit pembangunan integritas 2026");
    await apip.getByLabel(persis("Mulai")).fill(tanggal(-1));
    await apip.getByLabel(persis("Selesai")).fill(tanggal(30));
    await apip.getByRole("button", { name: "Buat rencana" }).click();
    const rencana = apip
      .locator(".mantine-Card-root")
      .filter({ hasText: "Audit pembangunan integritas 2026" });
    await rencana.getByRole("button", { name: "Buka" }).click();
    await rencana.getByLabel("Judul temuan").fill("Daftar hadir kegiatan tidak ditandatangani");
    await pilih(apip, rencana.getByRole("combobox", { name: "Tingkat keparahan" }), "Tinggi");
    await rencana.getByLabel("Batas waktu").fill(tanggal(30));
    await rencana.getByLabel("Uraian").fill("Tiga dari lima daftar hadir tidak bertanda tangan peserta.");
    await rencana.getByLabel("Rekomendasi").fill("Gunakan daftar hadir elektronik.");
    await rencana.getByRole("button", { name: "Simpan" }).click();
    await rencana.getByText("Daftar hadir kegiatan tidak ditandatangani").first().waitFor();
    await rencana.getByText(/temuan: 1 terbuka/).waitFor();
  }, 180_000);

  it("accepts a public feedback response without login (proof of work in the browser)", async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await ctx.newPage();
    await p.goto(`${server.url}/survei/KEMENCS`);
    await p.getByRole("heading", { name: /Survei integritas layanan/ }).waitFor();
    const setuju = p.getByLabel("4 Setuju");
    const n = await setuju.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) await setuju.nth(i).check();
    await p.getByLabel("Layanan yang Anda gunakan (opsional)").fill("Perizinan");
    await p.getByLabel("Komentar (opsional)").fill("Petugas ramah dan tidak meminta imbalan.");
    await p.getByRole("button", { name: "Kirim" }).click();
    await p.getByRole("heading", { name: "Terima kasih" }).waitFor({ timeout: 120_000 });
    await ctx.close();

    const sup = await sebagai("supervisi");
    await sup.goto(`${server.url}/monev`);
    await sup.getByRole("tab", { name: "Survei publik" }).click();
    await sup.getByText("Petugas ramah dan tidak meminta imbalan.").waitFor();
  }, 180_000);

  it("downloads the cycle's report (XLSX): stages, six preparation outputs, five activities", async () => {
    const p = await sebagai("supervisi");
    await bukaDasbor(p);
    const [unduhan] = await Promise.all([
      p.waitForEvent("download"),
      p.getByRole("button", { name: "Unduh laporan (XLSX)" }).click(),
    ]);
    const buku = new ExcelJS.Workbook();
    await buku.xlsx.readFile(await unduhan.path());

    const teks = (v: ExcelJS.CellValue) => (v === null || v === undefined ? "" : String(v));
    const ring = buku.getWorksheet("Ringkasan");
    expect(ring).toBeDefined();
    const isiRing: string[][] = [];
    ring?.eachRow((r) => {
      isiRing.push([teks(r.getCell(1).value), teks(r.getCell(2).value)]);
    });
    expect(isiRing.some((r) => r.join(" ").includes(NAMA_SIKLUS))).toBe(true);
    expect(ring?.getRow(3).getCell(2).value).toBe(NAMA_SIKLUS);
    expect(ring?.getRow(4).getCell(2).value).toBe("Pelaksanaan");
    // stage dates (rows 9-11): preparation and implementation (today) started, assessment not yet
    expect(teks(ring?.getRow(9).getCell(2).value)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ring?.getRow(10).getCell(2).value).toBe(tanggal());
    expect(ring?.getRow(11).getCell(2).value).toBe("—");

    const per = buku.getWorksheet("Persiapan");
    for (let i = 2; i <= 7; i++) {
      expect(per?.getRow(i).getCell(1).value).toBe(i - 1);
      expect(per?.getRow(i).getCell(3).value).toBe("ya");
      expect(teks(per?.getRow(i).getCell(5).value)).not.toBe("");
    }
    expect(teks(per?.getRow(4).getCell(5).value)).toContain("Asesmen Awal 2026");

    const keg = buku.getWorksheet("Kegiatan");
    for (const k of KEGIATAN) {
      let baris: ExcelJS.Row | undefined;
      keg?.eachRow((r) => {
        if (r.getCell(1).value === k.nama) baris = r;
      });
      expect(baris, k.nama).toBeDefined();
      expect(baris?.getCell(2).value, k.nama).toBe(1);
      expect(baris?.getCell(3).value, k.nama).toBe(1);
      expect(baris?.getCell(4).value, k.nama).toBe(1);
      expect(baris?.getCell(5).value, k.nama).toBe(25);
    }

    // M&E findings of the cycle's period: the sample, the open APIP finding, the public response
    const me = buku.getWorksheet("Monev");
    const baris: string[][] = [];
    me?.eachRow((r) => {
      baris.push([1, 2, 3].map((c) => teks(r.getCell(c).value)));
    });
    const nilai = (label: string) => baris.find((r) => r[0] === label)?.[1];
    expect(Number(nilai("Sampel diambil"))).toBeGreaterThanOrEqual(1);
    expect(Number(nilai("Jumlah respons"))).toBeGreaterThanOrEqual(1);
    expect(baris.some((r) => r[0] === "Daftar hadir kegiatan tidak ditandatangani")).toBe(true);
  }, 120_000);
});
