import { beforeAll, expect, it } from "vitest";
import { buatDunia, type DuniaProgram, tgl, unggahId, urlProgram } from "./program-bantu.ts";
import { buatPengguna, describeOnDatabases, login, minta, type SesiUji } from "./support/index.ts";

describeOnDatabases("roles follow decrees (Tabel 3 no. 1 and 6)", (ctx) => {
  let d: DuniaProgram;
  let siklus: string;
  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    const r = await minta(ctx.app, d.sesi.ppk, {
      method: "POST",
      url: urlProgram(d, "/siklus"),
      payload: { nama: "Siklus SK" },
    });
    siklus = r.json().id;
  });

  const urlSk = (jalur: string) => `/api/instansi/${d.instansi.id}/peran-sk${jalur}`;
  const tim = async (nomor: string, anggota: number[]) => {
    const r = await minta(ctx.app, d.sesi.ppk, {
      method: "PUT",
      url: urlProgram(d, `/siklus/${siklus}/persiapan/pembentukan_tim`),
      payload: {
        nama: "Tim Supervisi",
        sk: { nomor, tanggal: tgl(-10), dokumenId: await unggahId(ctx.app, d.sesi.ppk, d, siklus) },
        anggota: anggota.map((i, k) => ({
          pegawaiId: d.pegawai[i],
          peranTim: k === 0 ? "ketua" : "anggota",
        })),
        timReformasiBirokrasi: { nomorSk: "SK-RB-1" },
      },
    });
    expect(r.statusCode, r.body).toBe(200);
  };
  /** Reading the cycle needs a programme role: an employee without one is refused. */
  const bacaSiklus = (s: SesiUji) =>
    minta(ctx.app, s, { method: "GET", url: urlProgram(d, `/siklus/${siklus}`) });
  const asal = async () => {
    const r = await minta(ctx.app, d.sesi.admin, { method: "GET", url: urlSk("/asal") });
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { penggunaId: string; peran: string; dariAdmin: boolean; sk: { nomorSk: string }[] }[];
  };
  const idPengguna = async (s: SesiUji) =>
    (await minta(ctx.app, s, { method: "GET", url: "/api/auth/me" })).json().user.id as string;

  it("step-1 decree grants tim_supervisi to its members; the member sees where it came from", async () => {
    expect((await bacaSiklus(d.sesi.pegawai)).statusCode).toBe(403);
    await tim("SK-TIM-1/2026", [1, 9, 4]);
    expect((await bacaSiklus(d.sesi.pegawai)).statusCode).toBe(200);
    const saya = await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: urlSk("/saya") });
    const ts = saya.json().find((a: { peran: string }) => a.peran === "tim_supervisi");
    expect(ts).toMatchObject({
      dariAdmin: false,
      sk: [{ nomorSk: "SK-TIM-1/2026", langkah: "pembentukan_tim" }],
    });
    // the team user held the role from the admin already: both origins
    const timId = await idPengguna(d.sesi.tim);
    const a = (await asal()).find((x) => x.penggunaId === timId && x.peran === "tim_supervisi");
    expect(a).toMatchObject({ dariAdmin: true, sk: [{ nomorSk: "SK-TIM-1/2026" }] });
  });

  it("keeps a decree role when the admin leaves it out, and does not make it the admin's", async () => {
    const id = await idPengguna(d.sesi.pegawai);
    const r = await minta(ctx.app, d.sesi.admin, {
      method: "PUT",
      url: `/api/instansi/${d.instansi.id}/pengguna/${id}/peran`,
      payload: { peran: ["pegawai"] },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().peran).toContain("tim_supervisi");
    await minta(ctx.app, d.sesi.admin, {
      method: "PUT",
      url: `/api/instansi/${d.instansi.id}/pengguna/${id}/peran`,
      payload: { peran: ["pegawai", "tim_supervisi", "apip"] },
    });
    const a = (await asal()).filter((x) => x.penggunaId === id);
    expect(a.find((x) => x.peran === "tim_supervisi")?.dariAdmin).toBe(false);
    expect(a.find((x) => x.peran === "apip")?.dariAdmin).toBe(true);
  });

  it("a new account for a member named in the decree gets the role", async () => {
    const r = await minta(ctx.app, d.sesi.admin, {
      method: "POST",
      url: `/api/instansi/${d.instansi.id}/pengguna`,
      payload: { username: "anggota4", nama: "Anggota Empat", peran: ["pegawai"], pegawaiId: d.pegawai[4] },
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().peran).toEqual(["pegawai", "tim_supervisi"]);
  });

  it("replacing the decree removes members no longer named; the admin's grant stays; history says which decree", async () => {
    await tim("SK-TIM-2/2026", [1, 4]);
    const saya = await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: urlSk("/saya") });
    expect(saya.json().map((x: { peran: string }) => x.peran)).toEqual(["apip", "pegawai"]);
    expect((await bacaSiklus(d.sesi.tim)).statusCode).toBe(200);
    const id = await idPengguna(d.sesi.pegawai);
    const h = await minta(ctx.app, d.sesi.admin, { method: "GET", url: urlSk(`/pengguna/${id}/riwayat`) });
    expect(h.statusCode, h.body).toBe(200);
    const sk = h.json().items.filter((x: { sumber: string }) => x.sumber === "sk");
    expect(
      sk.map((x: { aksi: string; alasan: string; nomorSk: string }) => [x.aksi, x.alasan, x.nomorSk]),
    ).toEqual([
      ["dicabut", "sk_diganti", "SK-TIM-1/2026"],
      ["diberikan", "sk_dicatat", "SK-TIM-1/2026"],
    ]);
    expect(sk[0]).toMatchObject({ siklusNama: "Siklus SK", langkah: "pembentukan_tim" });
    expect(sk[0].olehNama).toBeTruthy();
    const admin = h.json().items.filter((x: { sumber: string }) => x.sumber === "admin");
    expect(admin.map((x: { peran: string; aksi: string }) => `${x.aksi}:${x.peran}`)).toEqual([
      "diberikan:apip",
    ]);
    const a = (await asal()).filter((x) => x.peran === "tim_supervisi" && x.sk.length > 0);
    expect(a.every((x) => x.sk[0].nomorSk === "SK-TIM-2/2026")).toBe(true);
  });

  it("only the PPK revokes a decree; revoking removes what it gave, once", async () => {
    const body = { siklusId: siklus, langkah: "pembentukan_tim" };
    const tolak = await minta(ctx.app, d.sesi.tim, { method: "POST", url: urlSk("/cabut"), payload: body });
    expect(tolak.statusCode).toBe(403);
    const r = await minta(ctx.app, d.sesi.ppk, { method: "POST", url: urlSk("/cabut"), payload: body });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().dicabut).toBe(2);
    const a = await asal();
    expect(a.some((x) => x.sk.length > 0)).toBe(false);
    expect((await bacaSiklus(d.sesi.tim)).statusCode).toBe(200);
    const lagi = await minta(ctx.app, d.sesi.ppk, { method: "POST", url: urlSk("/cabut"), payload: body });
    expect(lagi.statusCode).toBe(409);
    expect(lagi.json().error.code).toBe("SK_TIDAK_BERLAKU");
  });

  it("is fenced to the agency: another agency's admin and PPK are refused", async () => {
    const lain = await buatDunia(ctx.app, ctx.db);
    expect((await minta(ctx.app, lain.sesi.admin, { method: "GET", url: urlSk("/asal") })).statusCode).toBe(
      403,
    );
    const r = await minta(ctx.app, lain.sesi.ppk, {
      method: "POST",
      url: urlSk("/cabut"),
      payload: { siklusId: siklus, langkah: "pembentukan_tim" },
    });
    expect(r.statusCode).toBe(403);
    const sendiri = await minta(ctx.app, lain.sesi.ppk, {
      method: "POST",
      url: `/api/instansi/${lain.instansi.id}/peran-sk/cabut`,
      payload: { siklusId: siklus, langkah: "pembentukan_tim" },
    });
    expect(sendiri.statusCode).toBe(404);
  });

  it("refuses bad input in Indonesian and changes nothing", async () => {
    const r = await minta(ctx.app, d.sesi.ppk, {
      method: "POST",
      url: urlSk("/cabut"),
      payload: { siklusId: siklus, langkah: "rencana_aksi" },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe("VALIDASI");
    const u = await buatPengguna(ctx.db, [{ instansiId: d.instansi.id, peran: "pegawai" }]);
    const s = await login(ctx.app, u.username, u.password);
    expect(
      (await minta(ctx.app, s, { method: "GET", url: urlSk(`/pengguna/${u.id}/riwayat`) })).statusCode,
    ).toBe(403);
  });
});
