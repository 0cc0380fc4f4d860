import { PERAN } from "@nurani/domain";
import { beforeAll, expect, it } from "vitest";
import type { RouteDef } from "../src/http/route.ts";
import { muatTabelRute } from "../src/http/route-table.ts";
import { buatOrang, buatPegawai, buatUnit, type OrangUji } from "./komunitas-bantu.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

const RAHASIA_TOPIK = "RAHASIA-TOPIK-7f3a";
const RAHASIA_CATATAN = "RAHASIA-CATATAN-91bc";
const RAHASIA_DIARI = "RAHASIA-DIARI-55e0";

describeOnDatabases("komunitas: mentoring, coaching, counseling and the self-evaluation diary", (ctx) => {
  let a: InstansiUji;
  let mentor: OrangUji;
  let mentee: OrangUji;
  /** Holds every role in the agency (admin, APIP, supervision team, PPK, leader, change agent…), linked to another employee. */
  let pengintip: OrangUji;
  /** Admin and auditor accounts without an employee record. */
  let admin: OrangUji;
  let apip: OrangUji;
  let evaluator: SesiUji;
  let sesiId: string;
  let entriId: string;
  const url = (p: string) => `/api/instansi/${a.id}${p}`;

  beforeAll(async () => {
    a = await buatInstansi(ctx.db);
    const nasional = await buatInstansi(ctx.db, { nasional: true });
    const unit = await buatUnit(ctx.db, a.id, "U1");
    const pMentor = await buatPegawai(ctx.db, a.id, unit, "Bu Pimpinan");
    const pMentee = await buatPegawai(ctx.db, a.id, unit, "Pak Pegawai");
    const pLain = await buatPegawai(ctx.db, a.id, unit, "Orang Lain");
    mentor = await buatOrang(ctx.app, ctx.db, a.id, ["pimpinan"], pMentor);
    mentee = await buatOrang(ctx.app, ctx.db, a.id, ["pegawai"], pMentee);
    pengintip = await buatOrang(ctx.app, ctx.db, a.id, [...PERAN], pLain);
    admin = await buatOrang(ctx.app, ctx.db, a.id, ["admin_instansi"]);
    apip = await buatOrang(ctx.app, ctx.db, a.id, ["apip"]);
    const e = await buatPengguna(ctx.db, [{ instansiId: nasional.id, peran: "evaluator_nasional" }]);
    evaluator = await login(ctx.app, e.username, e.password);
  });

  it("a leader records a counseling session with an employee; both see it in full", async () => {
    const res = await minta(ctx.app, mentor.sesi, {
      method: "POST",
      url: url("/pendampingan"),
      payload: {
        pegawaiId: mentee.pegawaiId,
        jenis: "konseling",
        tanggal: "2026-03-02",
        topik: RAHASIA_TOPIK,
        tindakan: "Bertemu lagi dua minggu lagi",
        catatan: RAHASIA_CATATAN,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    sesiId = res.json().id;
    expect(res.json().peranSaya).toBe("pendamping");
    for (const o of [mentor, mentee]) {
      const d = await minta(ctx.app, o.sesi, { method: "GET", url: url(`/pendampingan/${sesiId}`) });
      expect(d.statusCode).toBe(200);
      expect(d.json().catatan).toBe(RAHASIA_CATATAN);
      const l = await minta(ctx.app, o.sesi, { method: "GET", url: url("/pendampingan") });
      expect(l.json().items.map((s: { id: string }) => s.id)).toContain(sesiId);
    }
    expect(
      (await minta(ctx.app, mentee.sesi, { method: "GET", url: url(`/pendampingan/${sesiId}`) })).json()
        .peranSaya,
    ).toBe("pegawai");
  });

  it("an employee writes a private diary entry and shares it only with their mentor", async () => {
    const res = await minta(ctx.app, mentee.sesi, {
      method: "POST",
      url: url("/evaluasi-diri"),
      payload: { tanggal: "2026-03-03", judul: "Refleksi", isi: RAHASIA_DIARI, subdimensi: ["KD1"] },
    });
    expect(res.statusCode, res.body).toBe(201);
    entriId = res.json().id;
    expect(res.json().dibagikanKe).toBeNull();
    // private by default: the mentor does not see it yet
    const belum = await minta(ctx.app, mentor.sesi, { method: "GET", url: url("/evaluasi-diri/dibagikan") });
    expect(belum.json().total).toBe(0);
    // sharing with someone who is not their mentor is refused, nothing changes
    const salah = await minta(ctx.app, mentee.sesi, {
      method: "POST",
      url: url(`/evaluasi-diri/${entriId}/bagikan`),
      payload: { pendampingId: pengintip.pegawaiId },
    });
    expect(salah.statusCode).toBe(400);
    expect(salah.json().error.code).toBe("BUKAN_PENDAMPING");
    expect(salah.json().error.message).toMatch(/pendamping/);
    const bagi = await minta(ctx.app, mentee.sesi, {
      method: "POST",
      url: url(`/evaluasi-diri/${entriId}/bagikan`),
      payload: { pendampingId: mentor.pegawaiId },
    });
    expect(bagi.statusCode, bagi.body).toBe(200);
    const sudah = await minta(ctx.app, mentor.sesi, { method: "GET", url: url("/evaluasi-diri/dibagikan") });
    expect(sudah.json().items[0].isi).toBe(RAHASIA_DIARI);
    expect(sudah.json().items[0].penulis.id).toBe(mentee.pegawaiId);
    // the mentor cannot edit or delete it
    const ubah = await minta(ctx.app, mentor.sesi, {
      method: "PATCH",
      url: url(`/evaluasi-diri/${entriId}`),
      payload: { isi: "diubah" },
    });
    expect(ubah.statusCode).toBe(404);
  });

  it("unknown sub-dimension codes are refused with a clear message", async () => {
    const res = await minta(ctx.app, mentee.sesi, {
      method: "POST",
      url: url("/evaluasi-diri"),
      payload: { tanggal: "2026-03-03", judul: "x", isi: "y", subdimensi: ["ZZ9"] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("VALIDASI");
  });

  it("no other user — admin, APIP, supervision team, a holder of every role, the national evaluator — reads the counseling session or the diary through any GET route", async () => {
    const routes = (await muatTabelRute()).filter((r: RouteDef) => r.method === "GET");
    const isi = (r: RouteDef) =>
      r.url.replace(":instansiId", a.id).replace(/:(\w+)/g, (_m, p) => (p === "id" ? sesiId : entriId));
    const isi2 = (r: RouteDef) => r.url.replace(":instansiId", a.id).replace(/:(\w+)/g, () => entriId);
    let dicoba = 0;
    for (const sesi of [admin.sesi, apip.sesi, pengintip.sesi, evaluator]) {
      for (const r of routes) {
        for (const u of new Set([isi(r), isi2(r)])) {
          const res = await minta(ctx.app, sesi, { method: "GET", url: u });
          dicoba++;
          expect(res.statusCode, `${r.url}`).not.toBe(500);
          for (const rahasia of [RAHASIA_TOPIK, RAHASIA_CATATAN, RAHASIA_DIARI]) {
            expect(res.body.includes(rahasia), `${r.url} as another user leaks ${rahasia}`).toBe(false);
          }
        }
      }
    }
    expect(dicoba).toBeGreaterThan(20);
    // the direct reads answer 404 (the session's existence is not confirmed either)
    for (const o of [pengintip, admin, apip]) {
      const d = await minta(ctx.app, o.sesi, { method: "GET", url: url(`/pendampingan/${sesiId}`) });
      expect([403, 404]).toContain(d.statusCode);
    }
  });

  it("others may not edit or delete a session; the overview shows counts only", async () => {
    for (const o of [pengintip, mentee]) {
      const u = await minta(ctx.app, o.sesi, {
        method: "PATCH",
        url: url(`/pendampingan/${sesiId}`),
        payload: { topik: "dibajak" },
      });
      expect([403, 404]).toContain(u.statusCode);
      const h = await minta(ctx.app, o.sesi, { method: "DELETE", url: url(`/pendampingan/${sesiId}`) });
      expect([403, 404]).toContain(h.statusCode);
    }
    const r = await minta(ctx.app, admin.sesi, { method: "GET", url: url("/pendampingan/ringkasan") });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({
      perBulan: [{ bulan: "2026-03", jenis: "konseling", jumlah: 1 }],
      pendamping: 1,
      pegawai: 1,
    });
    const masih = await minta(ctx.app, mentee.sesi, { method: "GET", url: url(`/pendampingan/${sesiId}`) });
    expect(masih.json().topik).toBe(RAHASIA_TOPIK);
  });

  it("refuses a session with oneself, an unknown employee, or a bad date; an employee may not record sessions", async () => {
    const dasar = { jenis: "mentoring", tanggal: "2026-03-02", topik: "t" };
    const diri = await minta(ctx.app, mentor.sesi, {
      method: "POST",
      url: url("/pendampingan"),
      payload: { ...dasar, pegawaiId: mentor.pegawaiId },
    });
    expect(diri.json().error.code).toBe("DIRI_SENDIRI");
    const asing = await minta(ctx.app, mentor.sesi, {
      method: "POST",
      url: url("/pendampingan"),
      payload: { ...dasar, pegawaiId: "00000000-0000-4000-8000-000000000000" },
    });
    expect(asing.statusCode).toBe(400);
    expect(asing.json().error.code).toBe("PEGAWAI_TIDAK_DIKENAL");
    const tgl = await minta(ctx.app, mentor.sesi, {
      method: "POST",
      url: url("/pendampingan"),
      payload: { ...dasar, pegawaiId: mentee.pegawaiId, tanggal: "2026-02-30" },
    });
    expect(tgl.statusCode).toBe(400);
    const pegawai = await minta(ctx.app, mentee.sesi, {
      method: "POST",
      url: url("/pendampingan"),
      payload: { ...dasar, pegawaiId: mentor.pegawaiId },
    });
    expect(pegawai.statusCode).toBe(403);
    // an admin without an employee record gets a clear refusal on personal features
    const tanpa = await minta(ctx.app, admin.sesi, { method: "GET", url: url("/evaluasi-diri") });
    expect(tanpa.statusCode).toBe(403);
    expect(tanpa.json().error.code).toBe("BUKAN_PEGAWAI");
  });

  it("unsharing hides the entry from the mentor again", async () => {
    const res = await minta(ctx.app, mentee.sesi, {
      method: "POST",
      url: url(`/evaluasi-diri/${entriId}/bagikan`),
      payload: { pendampingId: null },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().dibagikanKe).toBeNull();
    const l = await minta(ctx.app, mentor.sesi, { method: "GET", url: url("/evaluasi-diri/dibagikan") });
    expect(l.json().total).toBe(0);
  });

  it("lists a page at a time with the whole count; only the author deletes a diary entry", async () => {
    const dua = await minta(ctx.app, mentee.sesi, {
      method: "POST",
      url: url("/evaluasi-diri"),
      payload: { tanggal: "2026-03-04", judul: "Kedua", isi: "isi kedua", subdimensi: [] },
    });
    expect(dua.statusCode, dua.body).toBe(201);
    const baca = async (o: OrangUji, p: string) =>
      (await minta(ctx.app, o.sesi, { method: "GET", url: url(p) })).json();
    // latest date first: the second entry, then "Refleksi"
    expect(await baca(mentee, "/evaluasi-diri?page=2&pageSize=1")).toMatchObject({
      items: [{ judul: "Refleksi" }],
      total: 2,
      page: 2,
      pageSize: 1,
    });
    expect(await baca(mentee, "/evaluasi-diri?page=3&pageSize=1")).toMatchObject({ items: [], total: 2 });
    expect(await baca(mentor, "/pendampingan?page=1&pageSize=1")).toMatchObject({
      items: [{ id: sesiId }],
      total: 1,
    });
    expect(await baca(mentor, "/pendampingan?page=2&pageSize=1")).toMatchObject({ items: [], total: 1 });
    const hapus = (o: OrangUji, id: string) =>
      minta(ctx.app, o.sesi, { method: "DELETE", url: url(`/evaluasi-diri/${id}`) });
    expect((await hapus(mentor, dua.json().id)).statusCode).toBe(404);
    expect((await hapus(mentee, dua.json().id)).statusCode).toBe(204);
    expect((await hapus(mentee, dua.json().id)).statusCode).toBe(404);
    expect((await baca(mentee, "/evaluasi-diri")).total).toBe(1);
  });
});
