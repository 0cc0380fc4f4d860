/**
 * Test delivery, limits (docs/asesmen.md "Flow", "Guarantees"): the personal
 * deadline, the campaign window and cancellation refuse answers and keep what
 * was saved; any order of saves keeps the highest counter per block.
 */
import fc from "fast-check";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buatPegawai,
  buatUnit,
  FORM_S,
  isiBlok as isi,
  jam,
  jawabanDb,
  kampanyeAktif,
  tokenUntuk,
  ujian,
} from "./asesmen-bantu.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

describeOnDatabases("asesmen: test delivery limits", (ctx) => {
  let a: InstansiUji;
  let supervisor: SesiUji;
  const pegawai: string[] = [];

  beforeAll(async () => {
    a = await buatInstansi(ctx.db);
    const unit = await buatUnit(ctx.db, a.id, "U1");
    for (let i = 0; i < 6; i++)
      pegawai.push(await buatPegawai(ctx.db, a.id, { nama: `Pegawai ${i}`, unitId: unit }));
    const uS = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "tim_supervisi" }]);
    supervisor = await login(ctx.app, uS.username, uS.password);
  });

  describe("deadlines and window", () => {
    it("refuses answers after the personal deadline, after the window closes and in a cancelled campaign; keeps what was saved", async () => {
      const k2 = await kampanyeAktif(ctx.app, supervisor, a.id, {
        populasi: { jenis: "daftar", pegawaiIds: [pegawai[3], pegawai[4]] },
        batasMenit: 30,
      });
      const ps = await ctx.db
        .selectFrom("peserta_asesmen")
        .select(["id", "pegawai_id"])
        .where("kampanye_id", "=", k2)
        .execute();
      const tokens = await tokenUntuk(
        ctx.app,
        supervisor,
        a.id,
        k2,
        ps.map((p) => p.id),
      );
      const [t1, t2] = ps.map((p) => tokens.get(p.id) as string);
      const mulai = await ujian(ctx.app, t1, "POST", "/mulai", {});
      expect(mulai.statusCode).toBe(200);
      const batas = new Date(mulai.json().batas).getTime();
      expect(batas - new Date(mulai.json().mulai).getTime()).toBe(30 * 60_000); // start + limit < close
      await ujian(ctx.app, t2, "POST", "/mulai", {});
      expect((await ujian(ctx.app, t1, "POST", "/jawaban", isi(FORM_S.blok[0].id, 1))).statusCode).toBe(200);

      // the time limit runs out for t1
      await ctx.db
        .updateTable("peserta_asesmen")
        .set({ batas: new Date(Date.now() - 1000) })
        .where("id", "=", ps[0].id)
        .execute();
      const habis = await ujian(ctx.app, t1, "POST", "/jawaban", isi(FORM_S.blok[1].id, 2));
      expect(habis.statusCode).toBe(409);
      expect(habis.json().error.code).toBe("WAKTU_HABIS");
      expect((await ujian(ctx.app, t1, "GET", "")).json().status).toBe("waktu_habis");
      expect(await jawabanDb(ctx.db, ps[0].id)).toHaveLength(1);

      // the window closes for everyone
      await ctx.db
        .updateTable("kampanye_asesmen")
        .set({ dibuka: jam(-3), ditutup: new Date(Date.now() - 1000) })
        .where("id", "=", k2)
        .execute();
      const tutup = await ujian(ctx.app, t2, "POST", "/jawaban", isi(FORM_S.blok[0].id, 1));
      expect(tutup.statusCode).toBe(409);
      expect(tutup.json().error.code).toBe("JENDELA_DITUTUP");

      // extending the window reopens it for t2 (deadline moved), not beyond t1's own limit
      const perpanjang = await minta(ctx.app, supervisor, {
        method: "PATCH",
        url: `/api/instansi/${a.id}/asesmen/kampanye/${k2}`,
        payload: { ditutup: jam(5) },
      });
      expect(perpanjang.statusCode).toBe(200);
      expect((await ujian(ctx.app, t2, "POST", "/jawaban", isi(FORM_S.blok[0].id, 1))).statusCode).toBe(200);

      // cancelled: refused, saved answers kept
      const batal = await minta(ctx.app, supervisor, {
        method: "POST",
        url: `/api/instansi/${a.id}/asesmen/kampanye/${k2}/batalkan`,
      });
      expect(batal.statusCode).toBe(200);
      const r = await ujian(ctx.app, t2, "POST", "/jawaban", isi(FORM_S.blok[1].id, 2));
      expect(r.statusCode).toBe(409);
      expect(r.json().error.code).toBe("KAMPANYE_DIBATALKAN");
      expect(await jawabanDb(ctx.db, ps[1].id)).toHaveLength(1);
    });

    it("refuses a start before the window opens", async () => {
      const k3 = await kampanyeAktif(ctx.app, supervisor, a.id, {
        populasi: { jenis: "daftar", pegawaiIds: [pegawai[5]] },
        dibuka: jam(2),
        ditutup: jam(30),
      });
      const p = await ctx.db
        .selectFrom("peserta_asesmen")
        .select("id")
        .where("kampanye_id", "=", k3)
        .executeTakeFirstOrThrow();
      const t = (await tokenUntuk(ctx.app, supervisor, a.id, k3, [p.id])).get(p.id) as string;
      expect((await ujian(ctx.app, t, "GET", "")).json().status).toBe("belum_dibuka");
      const res = await ujian(ctx.app, t, "POST", "/mulai", {});
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("BELUM_DIBUKA");
    });
  });

  describe("property: any sequence of saves ends with the highest counter per block", () => {
    it("holds for random interleavings (stored row = first save with the maximum counter)", async () => {
      const k4 = await kampanyeAktif(ctx.app, supervisor, a.id, {
        populasi: { jenis: "daftar", pegawaiIds: [pegawai[5]] },
      });
      const p = await ctx.db
        .selectFrom("peserta_asesmen")
        .select("id")
        .where("kampanye_id", "=", k4)
        .executeTakeFirstOrThrow();
      const t = (await tokenUntuk(ctx.app, supervisor, a.id, k4, [p.id])).get(p.id) as string;
      await ujian(ctx.app, t, "POST", "/mulai", {});
      const blokIds = FORM_S.blok.slice(0, 3).map((x) => x.id);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...blokIds), fc.nat(30), fc.nat(2)), {
            minLength: 1,
            maxLength: 12,
          }),
          async (langkah) => {
            await sql`delete from jawaban_asesmen where peserta_id = ${p.id}`.execute(ctx.db);
            for (const [blok, n, geser] of langkah) {
              const r = await ujian(ctx.app, t, "POST", "/jawaban", isi(blok, n, geser));
              expect(r.statusCode).toBe(200);
            }
            const rows = await jawabanDb(ctx.db, p.id);
            for (const blok of blokIds) {
              const milik = langkah.filter((l) => l[0] === blok);
              const row = rows.find((r) => r.blok === blok);
              if (milik.length === 0) {
                expect(row).toBeUndefined();
                continue;
              }
              const maks = Math.max(...milik.map((l) => l[1]));
              const pertama = milik.find((l) => l[1] === maks) as [string, number, number];
              expect(row).toMatchObject({
                urutan_klien: maks,
                paling_sesuai: isi(blok, maks, pertama[2]).palingSesuai,
                paling_tidak_sesuai: isi(blok, maks, pertama[2]).palingTidakSesuai,
              });
            }
            expect(rows.length).toBe(new Set(langkah.map((l) => l[0])).size);
          },
        ),
        { numRuns: 25 },
      );
    });
  });
});
