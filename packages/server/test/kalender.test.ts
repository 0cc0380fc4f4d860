/**
 * My calendar (fitur/kalender): activities that concern me (the whole agency,
 * my unit, me) and my open assessments, as JSON and as RFC 5545 iCalendar.
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
