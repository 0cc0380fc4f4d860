/**
 * The other integrity registers (docs/gratifikasi.md): discipline cases (PP
 * 94/2021) read only by the admin, PPK and APIP, with rates per 100 employees
 * and k applied; the LHKPN/LHKASN list imported after a per-row check, with
 * compliance per unit and each employee's own status; Zona Integritas and the
 * merit index. Every register refuses the roles outside its handlers.
 */
import { PERAN, type Peran } from "@nurani/domain";
import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { buatOrang, buatPegawai, buatUnit, type OrangUji } from "./komunitas-bantu.ts";
import { buatInstansi, describeOnDatabases, type InstansiUji, minta } from "./support/index.ts";

describeOnDatabases("integritas: discipline, LHKPN/LHKASN, Zona Integritas", (ctx) => {
  let a: InstansiUji;
  let unitBesar: string;
  let unitKecil: string;
  const orang = new Map<Peran, OrangUji>();
  const nip = new Map<string, string>();
  let pegawaiSaya: OrangUji;
  const api = (p: string) => `/api/instansi/${a.id}/${p}`;
  const sesi = (p: Peran) => orang.get(p)?.sesi ?? null;

  async function nipDari(id: string) {
    const r = await ctx.db.selectFrom("pegawai").select("nip").where("id", "=", id).executeTakeFirstOrThrow();
    return r.nip;
  }

  beforeAll(async () => {
    a = await buatInstansi(ctx.db);
    unitBesar = await buatUnit(ctx.db, a.id, "BESAR");
    unitKecil = await buatUnit(ctx.db, a.id, "KECIL");
    for (let i = 0; i < 6; i++) {
      const id = await buatPegawai(ctx.db, a.id, unitBesar, `Besar ${i}`);
      nip.set(`besar${i}`, await nipDari(id));
    }
    for (let i = 0; i < 2; i++) {
      const id = await buatPegawai(ctx.db, a.id, unitKecil, `Kecil ${i}`);
      nip.set(`kecil${i}`, await nipDari(id));
    }
    for (const p of PERAN.filter((x) => x !== "evaluator_nasional"))
      orang.set(p, await buatOrang(ctx.app, ctx.db, a.id, [p]));
    const idSaya = await ctx.db
      .selectFrom("pegawai")
      .select("id")
      .where("nip", "=", nip.get("besar0") as string)
      .executeTakeFirstOrThrow();
    pegawaiSaya = await buatOrang(ctx.app, ctx.db, a.id, ["pegawai"], idSaya.id);
  });

  it("records discipline cases for the PPK, lists them for APIP (audited), and gives rates per 100 with k applied", async () => {
    const tahun = new Date().getUTCFullYear();
    for (const [kunci, tingkat] of [
      ["besar1", "ringan"],
      ["besar2", "berat"],
      ["kecil0", "sedang"],
    ] as const) {
      const r = await minta(ctx.app, sesi("ppk"), {
        method: "POST",
        url: api("disiplin"),
        payload: {
          nip: nip.get(kunci),
          uraian: "Tidak masuk kerja tanpa alasan sah",
          tingkat,
          hukuman: tingkat === "berat" ? "Penurunan jabatan setingkat lebih rendah" : "Teguran tertulis",
          tanggalKeputusan: `${tahun}-01-15`,
          nomorSk: "800/12/KEP/2026",
        },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const salah = await minta(ctx.app, sesi("ppk"), {
      method: "POST",
      url: api("disiplin"),
      payload: {
        nip: "199901012020011999",
        uraian: "x",
        tingkat: "ringan",
        hukuman: "x",
        tanggalKeputusan: `${tahun}-01-15`,
        nomorSk: "x",
      },
    });
    expect(salah.statusCode).toBe(400);
    expect(salah.json().error.code).toBe("NIP_TIDAK_DIKENAL");

    const daftar = await minta(ctx.app, sesi("apip"), { method: "GET", url: api(`disiplin?tahun=${tahun}`) });
    expect(daftar.statusCode, daftar.body).toBe(200);
    expect(daftar.json().total).toBe(3);
    const s = await minta(ctx.app, sesi("pimpinan"), {
      method: "GET",
      url: api(`disiplin/statistik?tahun=${tahun}`),
    });
    expect(s.statusCode, s.body).toBe(200);
    const st = s.json();
    expect(st.jumlah).toBe(3);
    expect(st.perTingkat).toEqual({ ringan: 1, sedang: 1, berat: 1 });
    expect(st.k).toBe(5);
    const besar = st.unit.find((u: { id: string }) => u.id === unitBesar);
    const kecil = st.unit.find((u: { id: string }) => u.id === unitKecil);
    // 2 cases among 6 employees; the unit of 2 is below k and shows nothing
    expect(besar).toMatchObject({ jumlahPegawai: 6, jumlah: 2, per100: 33.333 });
    expect(kecil).toMatchObject({ jumlahPegawai: null, jumlah: null, per100: null });
    const audit = await ctx.db
      .selectFrom("audit_log")
      .select("rincian")
      .where("instansi_id", "=", a.id)
      .where("aksi", "=", "disiplin.daftar")
      .execute();
    expect(audit).toHaveLength(1);
    expect((audit[0].rincian as { pegawai: string[] }).pegawai).toHaveLength(3);
  });

  it("checks the LHKPN/LHKASN list row by row before writing, then gives compliance per unit and each employee's status", async () => {
    const kirim = (isi: Buffer, format: "csv" | "xlsx", terapkan: boolean) =>
      minta(ctx.app, sesi("admin_instansi"), {
        method: "POST",
        url: api("lhkasn/impor"),
        payload: { tahun: 2025, format, terapkan, isi: isi.toString("base64") },
      });
    const besar = [0, 1, 2, 3, 4, 5].map((i) => nip.get(`besar${i}`) as string);
    const buruk = Buffer.from(
      `NIP;Jenis Kewajiban;Tanggal Lapor\n${besar[0]};LHKASN;2025-03-01\n${besar[1]};LHKXX;2025-03-01\n123;LHKPN;\n${besar[2]};LHKASN;31/02/2025\n`,
    );
    const r1 = await kirim(buruk, "csv", true);
    expect(r1.statusCode, r1.body).toBe(200);
    expect(r1.json()).toMatchObject({ baris: 4, sah: 1, diterapkan: false });
    expect(r1.json().galat.map((g: { baris: number }) => g.baris)).toEqual([3, 4, 5]);
    expect(
      await ctx.db
        .selectFrom("kewajiban_lhkasn")
        .select("pegawai_id")
        .where("instansi_id", "=", a.id)
        .execute(),
    ).toEqual([]);

    // the same list as XLSX, valid: 4 of 6 reported in the big unit, both small-unit employees reported
    const buku = new ExcelJS.Workbook();
    const lembar = buku.addWorksheet("Daftar");
    lembar.addRow(["NIP", "Jenis", "Tanggal Lapor"]);
    besar.forEach((n, i) => {
      lembar.addRow([n, "LHKASN", i < 4 ? "2025-03-01" : ""]);
    });
    lembar.addRow([nip.get("kecil0"), "LHKPN", "15/03/2025"]);
    lembar.addRow([nip.get("kecil1"), "LHKASN", "2025-03-20"]);
    const r2 = await kirim(Buffer.from(await buku.xlsx.writeBuffer()), "xlsx", true);
    expect(r2.statusCode, r2.body).toBe(200);
    expect(r2.json()).toMatchObject({ baris: 8, sah: 8, galat: [], diterapkan: true });

    const k = await minta(ctx.app, sesi("tim_supervisi"), { method: "GET", url: api("lhkasn/kepatuhan") });
    expect(k.statusCode, k.body).toBe(200);
    expect(k.json().tahun).toBe(2025);
    expect(k.json().instansi).toEqual({ wajib: 8, lapor: 6, persen: 75 });
    const uBesar = k.json().unit.find((u: { id: string }) => u.id === unitBesar);
    const uKecil = k.json().unit.find((u: { id: string }) => u.id === unitKecil);
    expect(uBesar.kepatuhan).toEqual({ wajib: 6, lapor: 4, persen: 66.7 });
    expect(uKecil.kepatuhan).toBeNull();

    const belum = await minta(ctx.app, sesi("apip"), { method: "GET", url: api("lhkasn?belumLapor=true") });
    expect(
      belum
        .json()
        .items.map((x: { pegawai: { nip: string } }) => x.pegawai.nip)
        .sort(),
    ).toEqual([besar[4], besar[5]].sort());
    const saya = await minta(ctx.app, pegawaiSaya.sesi, { method: "GET", url: api("lhkasn-saya") });
    expect(saya.json()).toEqual([{ tahun: 2025, jenis: "LHKASN", tanggalLapor: "2025-03-01" }]);
  });

  it("records Zona Integritas per unit and the merit index; counts each unit's latest status", async () => {
    const put = (p: Peran, url: string, payload: Record<string, unknown>) =>
      minta(ctx.app, sesi(p), { method: "PUT", url: api(url), payload });
    expect(
      (await put("tim_supervisi", `zona-integritas/${unitBesar}/2024`, { status: "diusulkan" })).statusCode,
    ).toBe(204);
    expect(
      (
        await put("admin_instansi", `zona-integritas/${unitBesar}/2025`, {
          status: "wbk",
          nomorSk: "SK/ZI/2025",
          tanggalSk: "2025-12-10",
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (await put("admin_instansi", `zona-integritas/${unitKecil}/2025`, { status: "diusulkan" })).statusCode,
    ).toBe(204);
    expect(
      (await put("admin_instansi", "zona-integritas/merit/2025", { nilai: 312.5, kategori: "Baik" }))
        .statusCode,
    ).toBe(204);
    const s = await minta(ctx.app, sesi("pimpinan"), {
      method: "GET",
      url: api("zona-integritas/statistik"),
    });
    expect(s.json()).toEqual({
      zi: { diusulkan: 1, wbk: 1, wbbm: 0 },
      merit: { tahun: 2025, nilai: 312.5, kategori: "Baik" },
    });
    const d = await minta(ctx.app, sesi("apip"), { method: "GET", url: api("zona-integritas?tahun=2025") });
    expect(d.json()).toHaveLength(2);
  });

  it("refuses every role outside each register's handlers on every route", async () => {
    const [kasus] = (await minta(ctx.app, sesi("ppk"), { method: "GET", url: api("disiplin") })).json().items;
    expect(kasus).toBeDefined();
    const rute: {
      method: "GET" | "POST" | "PUT";
      url: string;
      payload?: Record<string, unknown>;
      boleh: readonly Peran[];
    }[] = [
      { method: "GET", url: api("disiplin"), boleh: ["admin_instansi", "ppk", "apip"] },
      {
        method: "POST",
        url: api("disiplin"),
        payload: {
          nip: nip.get("besar3"),
          uraian: "x",
          tingkat: "ringan",
          hukuman: "x",
          tanggalKeputusan: "2025-01-01",
          nomorSk: "x",
        },
        boleh: ["admin_instansi", "ppk"],
      },
      {
        method: "GET",
        url: api("disiplin/statistik"),
        boleh: ["admin_instansi", "ppk", "apip", "pimpinan", "tim_supervisi"],
      },
      { method: "GET", url: api("lhkasn"), boleh: ["admin_instansi", "apip"] },
      {
        method: "POST",
        url: api("lhkasn/impor"),
        payload: { tahun: 2024, format: "csv", isi: Buffer.from("NIP,Jenis,Tanggal\n").toString("base64") },
        boleh: ["admin_instansi", "apip"],
      },
      {
        method: "GET",
        url: api("lhkasn/kepatuhan"),
        boleh: ["admin_instansi", "apip", "ppk", "pimpinan", "tim_supervisi"],
      },
      {
        method: "GET",
        url: api("zona-integritas"),
        boleh: ["admin_instansi", "ppk", "tim_supervisi", "pimpinan", "apip"],
      },
      {
        method: "PUT",
        url: api(`zona-integritas/${unitKecil}/2023`),
        payload: { status: "diusulkan" },
        boleh: ["admin_instansi", "tim_supervisi"],
      },
      {
        method: "PUT",
        url: api("zona-integritas/merit/2023"),
        payload: { nilai: 200 },
        boleh: ["admin_instansi", "tim_supervisi"],
      },
      {
        method: "GET",
        url: api("zona-integritas/merit"),
        boleh: ["admin_instansi", "ppk", "tim_supervisi", "pimpinan", "apip"],
      },
      {
        method: "GET",
        url: api("zona-integritas/statistik"),
        boleh: ["admin_instansi", "ppk", "tim_supervisi", "pimpinan", "apip"],
      },
    ];
    for (const r of rute)
      for (const [peran, o] of orang) {
        const res = await minta(ctx.app, o.sesi, { method: r.method, url: r.url, payload: r.payload });
        if (r.boleh.includes(peran))
          expect(res.statusCode, `${peran} ${r.method} ${r.url}: ${res.body}`).toBeLessThan(300);
        else expect(res.statusCode, `${peran} ${r.method} ${r.url}`).toBe(403);
      }
  });
});
