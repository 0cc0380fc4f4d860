/**
 * Releasing results on purpose (fitur/hasil/rilis.ts, docs/hasil.md
 * "Release"): the preview shows what a release releases, the release repeats
 * the figures it was shown, pending reviews block it unless overridden with a
 * reason, a release can be withdrawn; a programme cycle measures its SMART
 * progress and guide on the campaigns linked to it, never on the last release.
 */
import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import { segarkanRingkasan } from "../src/fitur/hasil/ringkasan.ts";
import { kampanyeDiskor } from "./hasil-bantu.ts";
import { buatDunia, type DuniaProgram, persiapanLengkap, urlProgram } from "./program-bantu.ts";
import { describeOnDatabases, minta } from "./support/index.ts";

describeOnDatabases(
  "hasil: release preview, confirmation, withdrawal; cycle measured on linked campaigns",
  (ctx) => {
    let d: DuniaProgram;
    let siklus: string;
    let awal: string;
    /** An open campaign with one scored response awaiting review (the careless release of the outside test). */
    let terbuka: string;
    /** A closed periodic campaign: all of unit 0, three of unit 1 (a group below k = 5). */
    let berkala: string;
    const H = () => `/api/instansi/${d.instansi.id}/hasil/kampanye`;
    const status = async () =>
      (await minta(ctx.app, d.sesi.tim, { method: "GET", url: urlProgram(d, `/siklus/${siklus}`) })).json();
    const panduan = async (siklusId?: string) =>
      (
        await minta(ctx.app, d.sesi.tim, {
          method: "GET",
          url: urlProgram(d, `/panduan${siklusId ? `?siklusId=${siklusId}` : ""}`),
        })
      ).json().panduan;
    const pratinjau = async (id: string) =>
      (await minta(ctx.app, d.sesi.tim, { method: "GET", url: `${H()}/${id}/rilis` })).json();
    const rilis = (id: string, body: object) =>
      minta(ctx.app, d.sesi.tim, { method: "POST", url: `${H()}/${id}/rilis`, payload: body });
    const dirilis = async (id: string) =>
      (
        await ctx.db
          .selectFrom("kampanye_asesmen")
          .select("hasil_dirilis")
          .where("id", "=", id)
          .executeTakeFirstOrThrow()
      ).hasil_dirilis;

    beforeAll(async () => {
      d = await buatDunia(ctx.app, ctx.db);
      const r = await minta(ctx.app, d.sesi.tim, {
        method: "POST",
        url: urlProgram(d, "/siklus"),
        payload: { nama: "Program Integritas 2026" },
      });
      siklus = r.json().id;
      // baseline (released 50 days ago) linked in step 3, action plan with target T1 on unit 0
      awal = (await persiapanLengkap(ctx.app, ctx.db, d, siklus)).kampanyeId;
      terbuka = await kampanyeDiskor(ctx.app, ctx.db, d.sesi.tim, {
        instansiId: d.instansi.id,
        pegawaiIds: [d.pegawai[9]],
        benih: 31,
        tujuan: "berkala",
        nama: "Asesmen berkala (masih berjalan)",
      });
      await ctx.db
        .updateTable("kampanye_asesmen")
        .set({ ditutup: new Date(Date.now() + 7 * 86_400_000) })
        .where("id", "=", terbuka)
        .execute();
      await ctx.db
        .updateTable("skor_asesmen")
        .set({ perlu_tinjauan: true, tinjauan: "menunggu" })
        .where("kampanye_id", "=", terbuka)
        .execute();
      await segarkanRingkasan(ctx.db, d.instansi.id, terbuka);
      // four more invited who have not submitted
      await ctx.db
        .insertInto("peserta_asesmen")
        .values(
          [10, 11, 12, 13].map((i) => ({
            instansi_id: d.instansi.id,
            kampanye_id: terbuka,
            pegawai_id: d.pegawai[i],
            benih: i,
          })),
        )
        .execute();
      berkala = await kampanyeDiskor(ctx.app, ctx.db, d.sesi.tim, {
        instansiId: d.instansi.id,
        pegawaiIds: [...d.pegawai.slice(0, 8), ...d.pegawai.slice(8, 11)],
        benih: 32,
        tujuan: "berkala",
        nama: "Asesmen berkala semester 1",
      });
    });

    it("shows what a release would release: scored, awaiting review, still open, not submitted, groups below k, linked cycles", async () => {
      const p = await pratinjau(terbuka);
      expect(p).toMatchObject({
        dinilai: 1,
        menunggu: 1,
        dilaporkan: 0,
        masihTerbuka: true,
        belumSelesai: 4,
        k: 5,
        instansiTampil: false,
        siklus: [],
      });
      const b = await pratinjau(berkala);
      expect(b).toMatchObject({
        dinilai: 11,
        menunggu: 0,
        dilaporkan: 11,
        masihTerbuka: false,
        belumSelesai: 0,
      });
      expect(b.kelompokDiBawahK).toBe(1); // unit 1 with 3 people
      expect(b.instansiTampil).toBe(true);
      expect((await pratinjau(awal)).siklus).toEqual([
        { id: siklus, nama: "Program Integritas 2026", sebagai: "awal" },
      ]);
      // only the roles that release see it
      expect(
        (await minta(ctx.app, d.sesi.pimpinan, { method: "GET", url: `${H()}/${terbuka}/rilis` })).statusCode,
      ).toBe(403);
    });

    it("refuses a release without the figures it was shown, or with results awaiting review and no reason", async () => {
      const tanpa = await minta(ctx.app, d.sesi.tim, { method: "POST", url: `${H()}/${terbuka}/rilis` });
      expect(tanpa.statusCode).toBe(400);
      const usang = await rilis(terbuka, { dinilai: 0, menunggu: 0 });
      expect([usang.statusCode, usang.json().error.code]).toEqual([409, "PRATINJAU_BERUBAH"]);
      expect(usang.json().error.message).toMatch(/kini 1 diskor, 1 menunggu tinjauan/);
      const menunggu = await rilis(terbuka, { dinilai: 1, menunggu: 1 });
      expect([menunggu.statusCode, menunggu.json().error.code]).toEqual([409, "TINJAUAN_MENUNGGU"]);
      expect(menunggu.json().error.message).toMatch(/1 hasil masih menunggu tinjauan/);
      const pendek = await rilis(terbuka, { dinilai: 1, menunggu: 1, alasanAbaikanTinjauan: "ok" });
      expect(pendek.statusCode).toBe(400);
      expect(await dirilis(terbuka)).toBeNull();
    });

    it("releases with an override reason, audited; the cycle's SMART progress and guide stay on its baseline", async () => {
      const sebelum = await status();
      expect(sebelum.target.kampanye.id).toBe(awal);
      const capaianSebelum = sebelum.target.target[0].capaian;
      const r = await rilis(terbuka, {
        dinilai: 1,
        menunggu: 1,
        alasanAbaikanTinjauan: "Pimpinan meminta rilis segera; tinjauan menyusul.",
      });
      expect(r.statusCode, r.body).toBe(200);
      expect(await dirilis(terbuka)).not.toBeNull();
      const audit = await ctx.db
        .selectFrom("audit_log")
        .select("rincian")
        .where("aksi", "=", "hasil.rilis")
        .where("objek_id", "=", terbuka)
        .executeTakeFirstOrThrow();
      expect(audit.rincian).toMatchObject({
        dinilai: 1,
        menunggu: 1,
        masihTerbuka: true,
        alasanAbaikanTinjauan: "Pimpinan meminta rilis segera; tinjauan menyusul.",
      });
      // the last release is not the cycle's measure: it is not linked to the cycle
      const sesudah = await status();
      expect(sesudah.target.kampanye.id).toBe(awal);
      expect(sesudah.target.target[0].capaian).toEqual(capaianSebelum);
      expect((await panduan(siklus)).kampanye.id).toBe(awal);
      // the agency-wide guide never takes a campaign that is still open
      expect((await panduan()).kampanye.id).toBe(awal);
      expect(sesudah.kampanyeTertaut).toEqual([
        expect.objectContaining({ id: awal, sebagai: "awal", ukur: true }),
      ]);
    });

    it("measures the cycle on a periodic campaign linked on purpose, and on the baseline again when its release is withdrawn", async () => {
      const bukan = await minta(ctx.app, d.sesi.tim, {
        method: "POST",
        url: urlProgram(d, `/siklus/${siklus}/kampanye-berkala`),
        payload: { kampanyeId: awal },
      });
      expect([bukan.statusCode, bukan.json().error.code]).toEqual([400, "KAMPANYE_BUKAN_BERKALA"]);
      const taut = await minta(ctx.app, d.sesi.tim, {
        method: "POST",
        url: urlProgram(d, `/siklus/${siklus}/kampanye-berkala`),
        payload: { kampanyeId: berkala },
      });
      expect(taut.statusCode, taut.body).toBe(200);
      // linked but not released: still the baseline
      expect((await status()).target.kampanye.id).toBe(awal);
      const p = await pratinjau(berkala);
      expect(p.siklus).toEqual([{ id: siklus, nama: "Program Integritas 2026", sebagai: "berkala" }]);
      expect((await rilis(berkala, { dinilai: p.dinilai, menunggu: p.menunggu })).statusCode).toBe(200);
      const s = await status();
      expect(s.target.kampanye.id).toBe(berkala);
      const unit0 = await ctx.db
        .selectFrom("skor_asesmen")
        .select(sql<number>`count(*) filter (where level >= 2)::float / count(*)`.as("p"))
        .where("kampanye_id", "=", berkala)
        .where("unit_id", "=", d.unit[0])
        .executeTakeFirstOrThrow();
      expect(s.target.target[0].capaian.nilai).toBeCloseTo(Number(unit0.p), 6);
      expect((await panduan(siklus)).kampanye.id).toBe(berkala);
      expect(s.kampanyeTertaut.map((k: { id: string; ukur: boolean }) => [k.id, k.ukur])).toEqual([
        [awal, false],
        [berkala, true],
      ]);

      // withdrawal needs a reason, is audited, and the baseline is the cycle's measure again
      const tanpaAlasan = await minta(ctx.app, d.sesi.tim, {
        method: "POST",
        url: `${H()}/${berkala}/tarik-rilis`,
        payload: {},
      });
      expect(tanpaAlasan.statusCode).toBe(400);
      const tarik = await minta(ctx.app, d.sesi.tim, {
        method: "POST",
        url: `${H()}/${berkala}/tarik-rilis`,
        payload: { alasan: "Dirilis sebelum tinjauan tim selesai." },
      });
      expect(tarik.statusCode, tarik.body).toBe(200);
      expect(await dirilis(berkala)).toBeNull();
      const audit = await ctx.db
        .selectFrom("audit_log")
        .select("rincian")
        .where("aksi", "=", "hasil.tarik_rilis")
        .where("objek_id", "=", berkala)
        .executeTakeFirstOrThrow();
      expect(audit.rincian).toMatchObject({ alasan: "Dirilis sebelum tinjauan tim selesai." });
      expect((await status()).target.kampanye.id).toBe(awal);
      expect((await panduan(siklus)).kampanye.id).toBe(awal);

      // unlinking is a write of its own (audited) and leaves the baseline
      const lepas = await minta(ctx.app, d.sesi.tim, {
        method: "DELETE",
        url: urlProgram(d, `/siklus/${siklus}/kampanye-berkala/${berkala}`),
      });
      expect(lepas.statusCode).toBe(200);
      expect(lepas.json().kampanyeTertaut.map((k: { id: string }) => k.id)).toEqual([awal]);
    });
  },
);
