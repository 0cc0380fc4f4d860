import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { susunNip } from "@nurani/domain";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../src/db/factory.ts";
import { buatImpor } from "../src/fitur/impor/layanan.ts";
import { JOB_VALIDASI, jobs } from "../src/fitur/impor/routes.ts";
import { antrekanJob, klaimJob, selesaikanJob } from "../src/jobs/queue.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

const fixture = (nama: string) => readFileSync(join(import.meta.dirname, "fixtures", nama));

function multipart(nama: string, isi: Buffer) {
  const batas = `----nurani${randomBytes(8).toString("hex")}`;
  const kepala = `--${batas}\r\nContent-Disposition: form-data; name="file"; filename="${nama}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(kepala), isi, Buffer.from(`\r\n--${batas}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${batas}` },
  };
}

/** Runs every queued import job, as a worker would. */
async function jalankanJob(db: Db): Promise<number> {
  let n = 0;
  for (;;) {
    const job = await klaimJob(db, Object.keys(jobs), "pekerja-uji");
    if (!job) return n;
    const hasil = await jobs[job.jenis](job, {
      db,
      progres: async () => {},
      signal: new AbortController().signal,
    });
    await selesaikanJob(db, job.id, hasil);
    n++;
  }
}

let urut = 0;
const nip = (jk: "L" | "P" = "L") =>
  susunNip({ tanggalLahir: "1988-07-21", tmtCpns: "2012-03-01", jenisKelamin: jk, nomorUrut: ++urut });

describeOnDatabases("feature routes: units, employees, import, audit, users", (t) => {
  let A: InstansiUji;
  let B: InstansiUji;
  let admin: SesiUji;
  let apip: SesiUji;
  let pegawaiSesi: SesiUji;
  let adminB: SesiUji;
  let adminId = "";
  const api = (
    s: SesiUji | null,
    method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ) => minta(t.app, s, { method, url, payload: payload as never, headers });

  beforeAll(async () => {
    A = await buatInstansi(t.db, { jenis: "kabupaten" });
    B = await buatInstansi(t.db);
    const a = await buatPengguna(t.db, [{ instansiId: A.id, peran: "admin_instansi" }]);
    adminId = a.id;
    const p = await buatPengguna(t.db, [{ instansiId: A.id, peran: "apip" }]);
    const g = await buatPengguna(t.db, [{ instansiId: A.id, peran: "pegawai" }]);
    const b = await buatPengguna(t.db, [{ instansiId: B.id, peran: "admin_instansi" }]);
    admin = await login(t.app, a.username, a.password);
    apip = await login(t.app, p.username, p.password);
    pegawaiSesi = await login(t.app, g.username, g.password);
    adminB = await login(t.app, b.username, b.password);
  });

  describe("unit tree", () => {
    const unit = (s: SesiUji, body: unknown) => api(s, "POST", `/api/instansi/${A.id}/unit`, body);
    let setda = "";
    let umum = "";
    let dinkes = "";

    it("creates units (codes upper-cased), lists them flat, refuses duplicate codes and a wrong eselon", async () => {
      const r1 = await unit(admin, { kode: "setda", nama: "Sekretariat Daerah", eselon: 2 });
      expect(r1.statusCode).toBe(201);
      setda = r1.json().id;
      expect(r1.json()).toMatchObject({ kode: "SETDA", indukId: null, aktif: true });
      umum = (
        await unit(admin, { kode: "SETDA.UMUM", nama: "Bagian Umum", eselon: 3, indukId: setda })
      ).json().id;
      dinkes = (await unit(admin, { kode: "DINKES", nama: "Dinas Kesehatan", eselon: 2 })).json().id;

      const daftar = await api(pegawaiSesi, "GET", `/api/instansi/${A.id}/unit`);
      expect(daftar.statusCode).toBe(200);
      expect(daftar.json().map((u: { kode: string; indukId: string | null }) => [u.kode, u.indukId])).toEqual(
        [
          ["DINKES", null],
          ["SETDA", null],
          ["SETDA.UMUM", setda],
        ],
      );

      const ganda = await unit(admin, { kode: "Setda", nama: "Lain", eselon: 2 });
      expect([ganda.statusCode, ganda.json().error.code]).toEqual([409, "KODE_UNIT_DIPAKAI"]);
      const eselon = await unit(admin, { kode: "X", nama: "Salah", eselon: 2, indukId: setda });
      expect([eselon.statusCode, eselon.json().error.code]).toEqual([400, "ESELON_TIDAK_SESUAI"]);
      expect(eselon.json().error.message).toContain("harus lebih rendah");
      expect((await unit(pegawaiSesi, { kode: "Y", nama: "Y", eselon: 2 })).statusCode).toBe(403);
    });

    it("renames and moves, never into its own subtree", async () => {
      const r = await api(admin, "PATCH", `/api/instansi/${A.id}/unit/${umum}`, {
        nama: "Bagian Umum dan Protokol",
      });
      expect(r.json()).toMatchObject({ nama: "Bagian Umum dan Protokol", indukId: setda });
      const siklus = await api(admin, "PATCH", `/api/instansi/${A.id}/unit/${setda}`, {
        indukId: umum,
        eselon: 4,
      });
      expect([siklus.statusCode, siklus.json().error.code]).toEqual([409, "SIKLUS_UNIT"]);
      const diri = await api(admin, "PATCH", `/api/instansi/${A.id}/unit/${setda}`, { indukId: setda });
      expect(diri.json().error.code).toBe("SIKLUS_UNIT");
      const pindah = await api(admin, "PATCH", `/api/instansi/${A.id}/unit/${umum}`, { indukId: dinkes });
      expect(pindah.json()).toMatchObject({ indukId: dinkes });
      // another agency's unit cannot be a parent
      const lain = await api(adminB, "POST", `/api/instansi/${B.id}/unit`, {
        kode: "B1",
        nama: "Unit B",
        eselon: 2,
      });
      const silang = await api(admin, "PATCH", `/api/instansi/${A.id}/unit/${umum}`, {
        indukId: lain.json().id,
      });
      expect([silang.statusCode, silang.json().error.code]).toEqual([400, "INDUK_TIDAK_ADA"]);
    });

    it("closes a unit only when no active employee or sub-unit remains, and says why not", async () => {
      const anak = await api(admin, "POST", `/api/instansi/${A.id}/unit/${dinkes}/tutup`);
      expect([anak.statusCode, anak.json().error.code]).toEqual([409, "UNIT_MASIH_DIPAKAI"]);
      expect(anak.json().error.message).toBe(
        "Unit belum dapat ditutup: masih ada 1 sub-unit aktif. Pindahkan atau nonaktifkan dahulu.",
      );
      const { id: pid } = await t.db
        .insertInto("pegawai")
        .values({
          instansi_id: A.id,
          nip: nip(),
          nama: "Ujang Suryana",
          unit_id: umum,
          jenis_kelamin: "L",
          tanggal_lahir: "1988-07-21",
          tmt_cpns: "2012-03-01",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const isi = await api(admin, "POST", `/api/instansi/${A.id}/unit/${umum}/tutup`, undefined, {
        "accept-language": "en",
      });
      expect(isi.json().error).toMatchObject({
        code: "UNIT_MASIH_DIPAKAI",
        details: { pegawaiAktif: 1, subUnitAktif: 0 },
      });
      expect(isi.json().error.message).toContain("1 active employees");

      await api(admin, "POST", `/api/instansi/${A.id}/pegawai/${pid}/nonaktifkan`);
      const tutup = await api(admin, "POST", `/api/instansi/${A.id}/unit/${umum}/tutup`);
      expect([tutup.statusCode, tutup.json().aktif]).toEqual([200, false]);
      const keTutup = await api(admin, "POST", `/api/instansi/${A.id}/unit`, {
        kode: "Z",
        nama: "Z",
        eselon: 4,
        indukId: umum,
      });
      expect(keTutup.json().error.code).toBe("INDUK_DITUTUP");
      const ubah = await api(admin, "PATCH", `/api/instansi/${A.id}/unit/${umum}`, { nama: "Baru" });
      expect(ubah.json().error.code).toBe("UNIT_DITUTUP");
    });
  });

  describe("employees", () => {
    let C: InstansiUji;
    let adminC: SesiUji;
    let induk = "";
    let anak = "";
    let lain = "";
    const ids: Record<string, string> = {};
    const JK = ["P", "L", "L", "P", "L", "P", "P", "L"] as const;
    const NAMA = [
      "Siti Nur'aini",
      "Muhammad Rézaldi",
      "Togar Simanjuntak",
      "Ni Luh Putu Ayu",
      "Yohanes Wenda",
      "Andi Tenri",
      "Sri Wahyuni",
      "Budi Santoso",
    ];

    beforeAll(async () => {
      C = await buatInstansi(t.db);
      const a = await buatPengguna(t.db, [{ instansiId: C.id, peran: "admin_instansi" }]);
      adminC = await login(t.app, a.username, a.password);
      const u = await t.db
        .insertInto("unit_kerja")
        .values([
          { instansi_id: C.id, kode: "INDUK", nama: "Induk", eselon: 2 },
          { instansi_id: C.id, kode: "LAIN", nama: "Lain", eselon: 2 },
        ])
        .returning(["id", "kode"])
        .execute();
      induk = u[0].id;
      lain = u[1].id;
      anak = (
        await t.db
          .insertInto("unit_kerja")
          .values({ instansi_id: C.id, kode: "ANAK", nama: "Anak", eselon: 3, induk_id: induk })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
      const rows = NAMA.map((nama, i) => ({
        instansi_id: C.id,
        nip: i === 0 ? "198503122010012001" : nip(JK[i]),
        nama,
        unit_id: [induk, anak, lain][i % 3],
        jenis_kelamin: JK[i],
        tanggal_lahir: "1988-07-21",
        tmt_cpns: "2012-03-01",
        aktif: i !== 7,
      }));
      for (const r of await t.db.insertInto("pegawai").values(rows).returning(["id", "nama"]).execute())
        ids[r.nama] = r.id;
    });

    const daftar = async (query: string, s: SesiUji = adminC) => {
      const r = await api(s, "GET", `/api/instansi/${C.id}/pegawai?${query}`);
      expect(r.statusCode).toBe(200);
      return r.json() as { items: { nama: string }[]; total: number; page: number; pageSize: number };
    };

    it("lists by name with paging, search by name or NIP prefix, unit (with sub-units) and active filters", async () => {
      const semua = await daftar("pageSize=3&page=2");
      expect([semua.total, semua.page, semua.pageSize]).toEqual([8, 2, 3]);
      expect(semua.items.map((p) => p.nama)).toEqual([...NAMA].sort((a, b) => (a < b ? -1 : 1)).slice(3, 6));
      expect((await daftar("q=nur%27AINI")).items.map((p) => p.nama)).toEqual(["Siti Nur'aini"]);
      expect((await daftar("q=rézal")).items.map((p) => p.nama)).toEqual(["Muhammad Rézaldi"]);
      expect((await daftar("q=19850312")).items.map((p) => p.nama)).toEqual(["Siti Nur'aini"]);
      expect((await daftar("q=%25")).total).toBe(0);
      expect((await daftar(`unitId=${induk}`)).total).toBe(3);
      expect((await daftar(`unitId=${induk}&subUnit=true`)).total).toBe(6);
      expect((await daftar("aktif=false")).items.map((p) => p.nama)).toEqual(["Budi Santoso"]);
      expect((await daftar("aktif=true&q=&unitId=")).total).toBe(7);
      expect((await api(adminC, "GET", `/api/instansi/${C.id}/pegawai?pageSize=500`)).statusCode).toBe(400);
      expect((await api(pegawaiSesi, "GET", `/api/instansi/${A.id}/pegawai`)).statusCode).toBe(403);
    });

    it("detail is an audited read; another agency's employee is not found", async () => {
      const id = ids["Togar Simanjuntak"];
      const r = await api(adminC, "GET", `/api/instansi/${C.id}/pegawai/${id}`);
      expect(r.json()).toMatchObject({
        nama: "Togar Simanjuntak",
        unitNama: "Lain",
        jenisKelamin: "L",
        aktif: true,
      });
      const audit = await t.db
        .selectFrom("audit_log")
        .select(["aksi", "instansi_id"])
        .where("objek_id", "=", id)
        .execute();
      expect(audit).toContainEqual({ aksi: "pegawai.baca", instansi_id: C.id });
      expect((await api(admin, "GET", `/api/instansi/${A.id}/pegawai/${id}`)).statusCode).toBe(404);
    });

    it("the name-search function (migration 0012) returns only the transaction's own agency", async () => {
      const sebagai = (instansiId: string, cari: string) =>
        t.db.transaction().execute(async (trx) => {
          await sql`select set_config('nurani.instansi_id', ${instansiId}, true)`.execute(trx);
          await sql`set local role nurani_app`.execute(trx);
          return (
            await sql<{ nama: string }>`select nama from nurani_cari_pegawai_nama(${C.id}, ${cari})`.execute(
              trx,
            )
          ).rows;
        });
      expect((await sebagai(C.id, "%simanjuntak%")).map((r) => r.nama)).toEqual(["Togar Simanjuntak"]);
      expect(await sebagai(A.id, "%")).toEqual([]);
    });

    it("edits with the shared rules: normalised rank and email, refused bad values, unknown fields and closed units", async () => {
      const id = ids["Sri Wahyuni"];
      const r = await api(adminC, "PATCH", `/api/instansi/${C.id}/pegawai/${id}`, {
        golongan: "iii a",
        email: "Sri.W@Contoh.go.id",
        jabatan: "Analis Kebijakan",
        jenisJabatan: "Fungsional",
        unitId: lain,
      });
      expect(r.json()).toMatchObject({
        golongan: "III/a",
        email: "sri.w@contoh.go.id",
        jenisJabatan: "fungsional",
        unitId: lain,
      });
      for (const salah of [
        { email: "bukan" },
        { golongan: "V/z" },
        { nip: "198503122010012001" },
        { nama: "x".repeat(201) },
      ]) {
        const s = await api(adminC, "PATCH", `/api/instansi/${C.id}/pegawai/${id}`, salah);
        expect([s.statusCode, s.json().error.code]).toEqual([400, "VALIDASI"]);
      }
      await t.db.updateTable("unit_kerja").set({ aktif: false }).where("id", "=", anak).execute();
      const tutup = await api(adminC, "PATCH", `/api/instansi/${C.id}/pegawai/${id}`, { unitId: anak });
      expect(tutup.json().error.code).toBe("UNIT_TIDAK_DIKENAL");
      await t.db.updateTable("unit_kerja").set({ aktif: true }).where("id", "=", anak).execute();
    });

    it("deactivation keeps the person and their history; reactivation reverses it; there is no delete", async () => {
      const id = ids["Yohanes Wenda"];
      const aktif = (await daftar("aktif=true")).total;
      const n = await api(adminC, "POST", `/api/instansi/${C.id}/pegawai/${id}/nonaktifkan`);
      expect(n.json()).toMatchObject({ id, aktif: false, nama: "Yohanes Wenda" });
      // the list's total follows the change at once (its short-lived cache is dropped on writes)
      expect((await daftar("aktif=true")).total).toBe(aktif - 1);
      expect((await daftar("aktif=false")).items.map((p) => p.nama)).toContain("Yohanes Wenda");
      expect((await api(adminC, "GET", `/api/instansi/${C.id}/pegawai/${id}`)).json().aktif).toBe(false);
      expect((await api(adminC, "POST", `/api/instansi/${C.id}/pegawai/${id}/aktifkan`)).json().aktif).toBe(
        true,
      );
      expect((await daftar("aktif=true")).total).toBe(aktif);
      expect((await api(adminC, "DELETE", `/api/instansi/${C.id}/pegawai/${id}`)).statusCode).toBe(404);
      const jejak = await t.db
        .selectFrom("audit_log")
        .select("aksi")
        .where("objek_id", "=", id)
        .orderBy("id")
        .execute();
      expect(jejak.map((j) => j.aksi)).toEqual(["pegawai.nonaktifkan", "pegawai.baca", "pegawai.aktifkan"]);
    });
  });

  describe("import over HTTP", () => {
    let D: InstansiUji;
    let adminD: SesiUji;
    let adminDId = "";
    const unggah = (nama: string, isi: Buffer) => {
      const m = multipart(nama, isi);
      return api(adminD, "POST", `/api/instansi/${D.id}/impor-pegawai`, m.payload, m.headers);
    };
    /** What the upload route does after reading the file (tested below): record it and queue the validation job. */
    const catatUnggahan = async (nama: string, isi: Buffer) => {
      const id = await buatImpor(t.db, {
        instansiId: D.id,
        penggunaId: adminDId,
        namaBerkas: nama,
        berkas: isi,
        simpanBerkas: true,
      });
      await antrekanJob(t.db, { jenis: JOB_VALIDASI, instansiId: D.id, muatan: { imporId: id } });
      return id;
    };
    const status = async (id: string) =>
      (await api(adminD, "GET", `/api/instansi/${D.id}/impor-pegawai/${id}`)).json();

    beforeAll(async () => {
      D = await buatInstansi(t.db, { jenis: "kabupaten" });
      const a = await buatPengguna(t.db, [{ instansiId: D.id, peran: "admin_instansi" }]);
      adminDId = a.id;
      adminD = await login(t.app, a.username, a.password);
      await t.db
        .insertInto("unit_kerja")
        .values(
          ["SETDA", "DINKES", "DISDIK"].map((kode) => ({ instansi_id: D.id, kode, nama: kode, eselon: 2 })),
        )
        .execute();
    });

    it("validates in the background and reports every row error, paged, in the user's language", async () => {
      const id = await catatUnggahan("pegawai.csv", fixture("pegawai-semua-galat.csv"));
      expect((await status(id)).status).toBe("memvalidasi");
      expect(await jalankanJob(t.db)).toBe(1);
      const s = await status(id);
      expect(s).toMatchObject({
        status: "ditolak",
        ringkasan: { baris: 16, valid: 2, galat: 14 },
        pesan: null,
      });
      const hal = await api(
        adminD,
        "GET",
        `/api/instansi/${D.id}/impor-pegawai/${id}/galat?pageSize=5&page=2`,
      );
      expect(hal.json()).toMatchObject({ total: 14, page: 2, pageSize: 5 });
      expect(hal.json().items[0]).toEqual({
        baris: 9,
        kolom: "NIP",
        kode: "NIP_TMT_MASA_DEPAN",
        pesan: "TMT CPNS dalam NIP berada di masa depan.",
      });
      const en = await api(
        adminD,
        "GET",
        `/api/instansi/${D.id}/impor-pegawai/${id}/galat?pageSize=1`,
        undefined,
        {
          "accept-language": "en",
        },
      );
      expect(en.json().items[0].pesan).toBe("NIP must be exactly 18 digits.");
      const k = await api(adminD, "POST", `/api/instansi/${D.id}/impor-pegawai/${id}/konfirmasi`);
      expect([k.statusCode, k.json().error.code]).toEqual([409, "IMPOR_BELUM_SIAP"]);
      expect(await t.db.selectFrom("pegawai").select("id").where("instansi_id", "=", D.id).execute()).toEqual(
        [],
      );
      // another agency's admin cannot see it
      expect((await api(adminB, "GET", `/api/instansi/${D.id}/impor-pegawai/${id}`)).statusCode).toBe(403);
    });

    it("writes nothing before confirmation; confirmation writes all; re-import updates instead of duplicating", async () => {
      const jumlah = async () =>
        (await t.db.selectFrom("pegawai").select("nama").where("instansi_id", "=", D.id).execute()).length;
      for (let kali = 0; kali < 2; kali++) {
        const id = await catatUnggahan("ekspor.csv", fixture("pegawai-windows-1252.csv"));
        await jalankanJob(t.db);
        const sebelum = await jumlah();
        expect(await status(id)).toMatchObject({
          status: "siap",
          ringkasan: { baru: kali ? 0 : 3, diperbarui: kali ? 3 : 0 },
        });
        const k = await api(adminD, "POST", `/api/instansi/${D.id}/impor-pegawai/${id}/konfirmasi`);
        expect([k.statusCode, k.json().status]).toEqual([202, "menulis"]);
        expect(await jumlah()).toBe(sebelum);
        await jalankanJob(t.db);
        expect(await status(id)).toMatchObject({ status: "selesai", progres: { selesai: 3, total: 3 } });
      }
      expect(await jumlah()).toBe(3);
      const nama = await t.db
        .selectFrom("pegawai")
        .select("nama")
        .where("instansi_id", "=", D.id)
        .orderBy("nama")
        .execute();
      expect(nama.map((n) => n.nama)).toEqual([
        "Muhammad Rézaldi Siregar",
        "Ni Komang Ayü Sri",
        "Siti Nur\u2019aini",
      ]);
      const jejak = await t.db
        .selectFrom("audit_log")
        .select("aksi")
        .where("instansi_id", "=", D.id)
        .where("aksi", "like", "pegawai.impor%")
        .execute();
      expect(jejak.map((j) => j.aksi).sort()).toEqual([
        "pegawai.impor",
        "pegawai.impor",
        "pegawai.impor.konfirmasi",
        "pegawai.impor.konfirmasi",
      ]);
    });

    it("upload: accepts CSV/XLSX as multipart, refuses a wrong type, an oversize file and a non-multipart body", async () => {
      const ok = await unggah("pegawai.xlsx", fixture("pegawai.xlsx"));
      expect([ok.statusCode, ok.json().status]).toEqual([202, "memvalidasi"]);
      await jalankanJob(t.db);
      expect(await status(ok.json().id)).toMatchObject({
        namaBerkas: "pegawai.xlsx",
        status: "ditolak",
        ringkasan: { baris: 4, galat: 2 },
      });
      const pdf = await unggah("laporan.pdf", fixture("bukan-spreadsheet.pdf"));
      expect([pdf.statusCode, pdf.json().error.code]).toEqual([415, "FORMAT_TIDAK_DIDUKUNG"]);
      expect(pdf.json().error.message).toContain("Unggah berkas CSV (.csv) atau Excel (.xlsx)");
      const besar = await unggah("besar.csv", Buffer.alloc(21 * 1024 * 1024, 0x41));
      expect(besar.statusCode).toBe(413);
      expect(besar.json().error.message).toContain("20 MiB");
      const json = await api(adminD, "POST", `/api/instansi/${D.id}/impor-pegawai`, { file: "x" });
      expect(json.statusCode).toBe(415);
    });
  });

  describe("audit log", () => {
    it("filters by action prefix, actor and time; APIP may read; employees may not", async () => {
      const semua = await api(apip, "GET", `/api/instansi/${A.id}/audit?pageSize=200`);
      expect(semua.statusCode).toBe(200);
      const aksi = new Set(semua.json().items.map((e: { aksi: string }) => e.aksi));
      expect(aksi).toContain("unit.buat");
      const unit = await api(apip, "GET", `/api/instansi/${A.id}/audit?aksi=unit.&pageSize=200`);
      expect(unit.json().items.every((e: { aksi: string }) => e.aksi.startsWith("unit."))).toBe(true);
      expect(unit.json().total).toBeGreaterThan(3);
      const sesiAdmin = await api(admin, "GET", "/api/auth/me");
      const username = sesiAdmin.json().user.username;
      const olehAdmin = await api(apip, "GET", `/api/instansi/${A.id}/audit?aktor=${username}&pageSize=1`);
      expect(olehAdmin.json().items[0]).toMatchObject({ aktor: username });
      const depan = new Date(Date.now() + 3600_000).toISOString();
      expect(
        (await api(apip, "GET", `/api/instansi/${A.id}/audit?dari=${encodeURIComponent(depan)}`)).json()
          .total,
      ).toBe(0);
      expect((await api(pegawaiSesi, "GET", `/api/instansi/${A.id}/audit`)).statusCode).toBe(403);
      // another agency's entries never show
      expect(semua.json().items.some((e: { objekId: string | null }) => e.objekId === B.id)).toBe(false);
    });

    it("exports CSV and XLSX with cells starting with = + - @ escaped", async () => {
      for (const ua of ['=HYPERLINK("http://x","klik")', "+1+1", "-2+3", "@SUM(A1)"]) {
        await api(
          admin,
          "POST",
          `/api/instansi/${A.id}/unit`,
          { kode: `UA${randomBytes(3).toString("hex")}`, nama: "U", eselon: 4 },
          { "user-agent": ua },
        );
      }
      const csv = await api(apip, "GET", `/api/instansi/${A.id}/audit/ekspor?format=csv&aksi=unit.buat`);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers["content-type"]).toContain("text/csv");
      const teks = csv.body;
      expect(teks).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
      for (const aman of ["'+1+1", "'-2+3", "'@SUM(A1)"]) expect(teks).toContain(aman);
      expect(teks).not.toMatch(/(^|,)[=+\-@]/m);

      const xlsx = await api(apip, "GET", `/api/instansi/${A.id}/audit/ekspor?format=xlsx&aksi=unit.buat`);
      const buku = new ExcelJS.Workbook();
      await buku.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sel: string[] = [];
      buku.worksheets[0].eachRow((row) => {
        for (const v of (row.values as unknown[]).slice(1)) sel.push(String(v ?? ""));
      });
      expect(sel).toContain("'@SUM(A1)");
      expect(sel.filter((s) => /^[=+\-@]/.test(s))).toEqual([]);
      const jejak = await t.db
        .selectFrom("audit_log")
        .select("aksi")
        .where("instansi_id", "=", A.id)
        .where("aksi", "=", "audit.ekspor")
        .execute();
      expect(jejak).toHaveLength(2);
    });
  });

  describe("user administration", () => {
    it("creates a user with roles and a temporary password that must be changed", async () => {
      const r = await api(admin, "POST", `/api/instansi/${A.id}/pengguna`, {
        username: "Agen.Satu",
        nama: "Agen Satu",
        peran: ["agen_perubahan", "pegawai"],
      });
      expect(r.statusCode).toBe(201);
      const agen = `agen.satu@${A.kode.toLowerCase()}`;
      // the username lives in the agency's namespace: <name>@<agency code>
      expect(r.json()).toMatchObject({
        username: agen,
        peran: ["agen_perubahan", "pegawai"],
        harusGantiPassword: true,
      });
      const s = await login(t.app, agen, r.json().passwordSementara);
      expect((await api(s, "GET", `/api/instansi/${A.id}/unit`)).json().error.code).toBe(
        "HARUS_GANTI_PASSWORD",
      );
      const ganda = await api(admin, "POST", `/api/instansi/${A.id}/pengguna`, {
        username: agen,
        nama: "X",
        peran: ["pegawai"],
      });
      expect([ganda.statusCode, ganda.json().error.code]).toEqual([409, "USERNAME_DIPAKAI"]);
      const nasional = await api(admin, "POST", `/api/instansi/${A.id}/pengguna`, {
        username: "eval.palsu",
        nama: "X",
        peran: ["evaluator_nasional"],
      });
      expect(nasional.json().error.code).toBe("PERAN_TIDAK_BERLAKU");
      const daftar = await api(admin, "GET", `/api/instansi/${A.id}/pengguna`);
      expect(daftar.json().items.map((p: { username: string }) => p.username)).toContain(agen);
      expect(daftar.json().items.every((p: { peran: string[] }) => p.peran.length > 0)).toBe(true);
    });

    it("sets roles here only, refuses removing one's own admin role, resets passwords of this agency's users", async () => {
      const agen = `agen.satu@${A.kode.toLowerCase()}`;
      const { id } = (await api(admin, "GET", `/api/instansi/${A.id}/pengguna`))
        .json()
        .items.find((p: { username: string }) => p.username === agen);
      const r = await api(admin, "PUT", `/api/instansi/${A.id}/pengguna/${id}/peran`, {
        peran: ["pimpinan"],
      });
      expect(r.json().peran).toEqual(["pimpinan"]);
      const sendiri = await api(admin, "PUT", `/api/instansi/${A.id}/pengguna/${adminId}/peran`, {
        peran: ["pegawai"],
      });
      expect([sendiri.statusCode, sendiri.json()]).toEqual([409, expect.objectContaining({})]);
      expect(sendiri.json().error.code).toBe("TIDAK_BOLEH_MENCABUT_SENDIRI");
      const reset = await api(admin, "POST", `/api/instansi/${A.id}/pengguna/${id}/reset-password`);
      expect(reset.json().passwordSementara).toMatch(/^[A-Za-z0-9]{16}$/);
      await login(t.app, agen, reset.json().passwordSementara);
      // A user of agency B is invisible from A.
      const b = await buatPengguna(t.db, [{ instansiId: B.id, peran: "pegawai" }]);
      expect(
        (await api(admin, "POST", `/api/instansi/${A.id}/pengguna/${b.id}/reset-password`)).statusCode,
      ).toBe(404);
      expect(
        (await api(admin, "PUT", `/api/instansi/${A.id}/pengguna/${b.id}/peran`, { peran: ["pegawai"] }))
          .statusCode,
      ).toBe(404);
      // Holding roles in two agencies: A's admin cannot reset that password.
      const dua = await buatPengguna(t.db, [
        { instansiId: A.id, peran: "pegawai" },
        { instansiId: B.id, peran: "pegawai" },
      ]);
      expect(
        (await api(admin, "POST", `/api/instansi/${A.id}/pengguna/${dua.id}/reset-password`)).json().error
          .code,
      ).toBe("PENGGUNA_LINTAS_INSTANSI");
      // Revoking every role here removes the user from this agency's list.
      expect(
        (await api(admin, "PUT", `/api/instansi/${A.id}/pengguna/${id}/peran`, { peran: [] })).json(),
      ).toBeNull();
      expect(
        (await api(admin, "GET", `/api/instansi/${A.id}/pengguna`))
          .json()
          .items.some((p: { id: string }) => p.id === id),
      ).toBe(false);
    });
  });
});
