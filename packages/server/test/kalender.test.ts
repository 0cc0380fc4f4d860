/**
 * My calendar (fitur/kalender): activities that concern me (the whole agency,
 * my unit, me) and my open assessments, as JSON and as RFC 5545 iCalendar,
 * and the feed a calendar application subscribes to by a secret URL.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { escapeTeks, lipat, tulisIcal } from "../src/fitur/kalender/index.ts";
import { buatDunia, type DuniaProgram, urlProgram } from "./program-bantu.ts";
import { describeOnDatabases, minta } from "./support/index.ts";

describe("iCalendar writer (RFC 5545)", () => {
  it("escapes text, folds long lines at 75 octets without splitting a character, ends lines with CRLF", () => {
    expect(escapeTeks("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const panjang = `SUMMARY:${"é".repeat(60)}`;
    const dilipat = lipat(panjang);
    for (const b of dilipat.split("\r\n")) expect(new TextEncoder().encode(b).length).toBeLessThanOrEqual(75);
    expect(
      dilipat
        .split("\r\n")
        .slice(1)
        .every((b) => b.startsWith(" ")),
    ).toBe(true);
    expect(dilipat.replace(/\r\n /g, "")).toBe(panjang);
    const ics = tulisIcal({
      nama: "Uji",
      kini: new Date("2026-12-07T10:00:00Z"),
      acara: [
        {
          uid: "a@x",
          judul: "Sosialisasi, kode etik",
          mulai: "2026-12-10",
          selesai: "2026-12-11",
          sepanjangHari: true,
        },
        {
          uid: "b@x",
          judul: "Asesmen",
          mulai: "2026-12-01T01:00:00.000Z",
          selesai: "2026-12-15T16:59:00.000Z",
          sepanjangHari: false,
        },
      ],
    });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.split("\r\n").every((b) => !b.includes("\n"))).toBe(true);
    // all-day: DTEND is the day after the last day
    expect(ics).toContain("DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261212\r\n");
    expect(ics).toContain("DTSTART:20261201T010000Z\r\nDTEND:20261215T165900Z\r\n");
    expect(ics).toContain("SUMMARY:Sosialisasi\\, kode etik\r\n");
    expect(ics).toContain("DTSTAMP:20261207T100000Z");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
});

describeOnDatabases("kalender: my activities as JSON and iCalendar", (ctx) => {
  let d: DuniaProgram;
  let siklus: string;
  const url = (j: string) => `/api/instansi/${d.instansi.id}/kalender${j}`;

  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    siklus = (
      await minta(ctx.app, d.sesi.ppk, {
        method: "POST",
        url: urlProgram(d, "/siklus"),
        payload: { nama: "Siklus Kalender" },
      })
    ).json().id;
    const kegiatan = (judul: string, sasaranUnit: string[], mulai: string, selesai: string) => ({
      instansi_id: d.instansi.id,
      siklus_id: siklus,
      kegiatan_utama: "kampanye",
      subtahap: 1,
      judul,
      sasaran_unit: JSON.stringify(sasaranUnit),
      rencana_mulai: mulai,
      rencana_selesai: selesai,
    });
    await ctx.db
      .insertInto("kegiatan_program")
      .values([
        kegiatan("Sosialisasi kode etik", [], "2026-12-10", "2026-12-11"),
        kegiatan("Diskusi unit 1", [d.unit[1]], "2026-12-14", "2026-12-14"),
        kegiatan("Diskusi unit 2", [d.unit[2]], "2026-12-15", "2026-12-15"),
      ])
      .execute();
  });

  it("lists the agency's activities and my unit's, not another unit's", async () => {
    const r = await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: url("/saya") });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().items.map((x: { judul: string }) => x.judul)).toEqual([
      "Sosialisasi kode etik",
      "Diskusi unit 1",
    ]);
    expect(r.json().items[0]).toMatchObject({
      jenis: "kegiatan",
      mulai: "2026-12-10",
      selesai: "2026-12-11",
    });
  });

  it("exports the same activities as an iCalendar file", async () => {
    const r = await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: url("/saya.ics") });
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toContain("text/calendar");
    expect(r.headers["content-disposition"]).toContain("kalender-saya.ics");
    expect(r.body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(r.body).toContain("SUMMARY:Sosialisasi kode etik\r\n");
    expect(r.body).toContain("DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261212\r\n");
    expect(r.body).not.toContain("Diskusi unit 2");
    // long lines are folded (RFC 5545 §3.1): unfolded, the link is whole
    expect(r.body.replace(/\r\n /g, "")).toContain(`URL:http://localhost:80/program/${siklus}/kegiatan\r\n`);
  });
});

describeOnDatabases("kalender: a subscribable feed by a secret URL", (ctx) => {
  let d: DuniaProgram;
  const url = (j: string) => `/api/instansi/${d.instansi.id}/kalender${j}`;
  const ambil = (u: string) => ctx.app.inject({ method: "GET", url: new URL(u).pathname });

  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    const siklus = (
      await minta(ctx.app, d.sesi.ppk, {
        method: "POST",
        url: urlProgram(d, "/siklus"),
        payload: { nama: "Siklus Feed" },
      })
    ).json().id;
    await ctx.db
      .insertInto("kegiatan_program")
      .values(
        [
          ["Apel integritas", []],
          ["Diskusi unit 2", [d.unit[2]]],
        ].map(([judul, unit]) => ({
          instansi_id: d.instansi.id,
          siklus_id: siklus,
          kegiatan_utama: "kampanye",
          subtahap: 1,
          judul: judul as string,
          sasaran_unit: JSON.stringify(unit),
          rencana_mulai: "2026-12-20",
          rencana_selesai: "2026-12-20",
        })),
      )
      .execute();
  });

  it("gives a URL shown once that a calendar app reads without a session: my activities only", async () => {
    expect((await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: url("/langganan") })).json()).toEqual({
      dibuat: null,
    });
    const r = await minta(ctx.app, d.sesi.pegawai, { method: "POST", url: url("/langganan"), payload: {} });
    expect(r.statusCode, r.body).toBe(201);
    const feed = r.json().url as string;
    expect(feed).toMatch(/\/api\/publik\/kalender\/[A-Za-z0-9_-]{43}$/);
    const isi = await ambil(feed);
    expect(isi.statusCode).toBe(200);
    expect(isi.headers["content-type"]).toContain("text/calendar");
    expect(isi.body).toContain("SUMMARY:Apel integritas\r\n");
    expect(isi.body).not.toContain("Diskusi unit 2");
    // only the hash is kept; the state says since when
    const baris = await ctx.db.selectFrom("langganan_kalender").selectAll().executeTakeFirstOrThrow();
    expect(feed).not.toContain(baris.token_hash);
    expect(
      (await minta(ctx.app, d.sesi.pegawai, { method: "GET", url: url("/langganan") })).json().dibuat,
    ).not.toBeNull();
    // the PPK (unit 0) gets a feed of their own: the agency-wide activity, not unit 2's
    const lain = await minta(ctx.app, d.sesi.ppk, { method: "POST", url: url("/langganan"), payload: {} });
    const isiLain = await ambil(lain.json().url);
    expect(isiLain.body).toContain("Apel integritas");
    expect(isiLain.body).not.toContain("Diskusi unit 2");
    // the creation is audited, without the secret
    const audit = await ctx.db
      .selectFrom("audit_log")
      .select(["aksi", "rincian"])
      .where("aksi", "=", "kalender.langganan.buat")
      .execute();
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(new URL(feed).pathname.split("/").pop());
  });

  it("a new URL ends the old one; ending the feed ends the new one; a guessed one is not found", async () => {
    const lama = (
      await minta(ctx.app, d.sesi.pegawai, { method: "POST", url: url("/langganan"), payload: {} })
    ).json().url as string;
    const baru = (
      await minta(ctx.app, d.sesi.pegawai, { method: "POST", url: url("/langganan"), payload: {} })
    ).json().url as string;
    expect(baru).not.toBe(lama);
    expect((await ambil(lama)).statusCode).toBe(404);
    expect((await ambil(baru)).statusCode).toBe(200);
    const h = await minta(ctx.app, d.sesi.pegawai, { method: "DELETE", url: url("/langganan") });
    expect(h.statusCode, h.body).toBe(204);
    expect((await ambil(baru)).statusCode).toBe(404);
    expect((await ambil(`http://x/api/publik/kalender/${"A".repeat(43)}`)).statusCode).toBe(404);
    expect((await ambil("http://x/api/publik/kalender/pendek")).statusCode).toBe(400);
  });

  it("stops for an account made inactive", async () => {
    const r = await minta(ctx.app, d.sesi.tim, { method: "POST", url: url("/langganan"), payload: {} });
    const feed = r.json().url as string;
    expect((await ambil(feed)).statusCode).toBe(200);
    await ctx.db
      .updateTable("pengguna")
      .set({ aktif: false })
      .where("pegawai_id", "=", d.pegawaiSesi.tim)
      .execute();
    expect((await ambil(feed)).statusCode).toBe(404);
  });
});
