/** Feature routes: the agency's audit log (filters, who may read it, CSV/XLSX export). */
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { apiUji } from "./fitur-bantu.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  type SesiUji,
} from "./support/index.ts";

describeOnDatabases("feature routes: audit log", (t) => {
  const api = apiUji(t);
  let A: InstansiUji;
  let B: InstansiUji;
  let admin: SesiUji;
  let apip: SesiUji;
  let pegawaiSesi: SesiUji;

  beforeAll(async () => {
    A = await buatInstansi(t.db, { jenis: "kabupaten" });
    B = await buatInstansi(t.db);
    const a = await buatPengguna(t.db, [{ instansiId: A.id, peran: "admin_instansi" }]);
    const p = await buatPengguna(t.db, [{ instansiId: A.id, peran: "apip" }]);
    const g = await buatPengguna(t.db, [{ instansiId: A.id, peran: "pegawai" }]);
    admin = await login(t.app, a.username, a.password);
    apip = await login(t.app, p.username, p.password);
    pegawaiSesi = await login(t.app, g.username, g.password);
    // Audited actions to read back: a unit tree of four, and a unit of agency B.
    const unit = (s: SesiUji, instansiId: string, body: unknown) =>
      api(s, "POST", `/api/instansi/${instansiId}/unit`, body);
    const setda = (await unit(admin, A.id, { kode: "SETDA", nama: "Sekretariat Daerah", eselon: 2 })).json()
      .id;
    await unit(admin, A.id, { kode: "SETDA.UMUM", nama: "Bagian Umum", eselon: 3, indukId: setda });
    await unit(admin, A.id, { kode: "DINKES", nama: "Dinas Kesehatan", eselon: 2 });
    await unit(admin, A.id, { kode: "DISDIK", nama: "Dinas Pendidikan", eselon: 2 });
    const adminB = await buatPengguna(t.db, [{ instansiId: B.id, peran: "admin_instansi" }]);
    await unit(await login(t.app, adminB.username, adminB.password), B.id, {
      kode: "SETDA",
      nama: "Setda B",
      eselon: 2,
    });
  });

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
      (await api(apip, "GET", `/api/instansi/${A.id}/audit?dari=${encodeURIComponent(depan)}`)).json().total,
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
