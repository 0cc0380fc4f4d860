/**
 * Group saving of answers (fitur/asesmen/simpan-kelompok.ts): saves that
 * arrive together share one fenced statement, each is written exactly once
 * with its own audit entry, one failing answer fails alone, and a group never
 * writes outside its instansi.
 */
import { beforeAll, expect, it } from "vitest";
import { simpanBerkelompok, statistikKelompok, type Titipan } from "../src/fitur/asesmen/simpan-kelompok.ts";
import { hashToken, normalkanToken } from "../src/fitur/asesmen/token.ts";
import { buatPegawai, FORM_S, kampanyeAktif, tokenUntuk, ujian } from "./asesmen-bantu.ts";
import { buatInstansi, buatPengguna, describeOnDatabases, type InstansiUji, login } from "./support/index.ts";

describeOnDatabases("asesmen: group saving of answers", (ctx) => {
  let a: InstansiUji;
  let b: InstansiUji;
  let kampanyeA: string;
  let kampanyeB: string;
  /** token holders of agency A (token, participant id) */
  const pemegang: { token: string; pid: string }[] = [];
  let pemegangB: { token: string; pid: string };

  const isi = (blok: number, urutanKlien: number, detik = 4) => {
    const s = FORM_S.blok[blok];
    return {
      blok: s.id,
      palingSesuai: s.pernyataan[0],
      palingTidakSesuai: s.pernyataan[1],
      urutanKlien,
      detik,
    };
  };

  async function siapkan(instansiId: string, jumlah: number) {
    const ids: string[] = [];
    for (let i = 0; i < jumlah; i++) ids.push(await buatPegawai(ctx.db, instansiId));
    const u = await buatPengguna(ctx.db, [{ instansiId, peran: "tim_supervisi" }]);
    const sesi = await login(ctx.app, u.username, u.password);
    const kampanyeId = await kampanyeAktif(ctx.app, sesi, instansiId);
    const peserta = await ctx.db
      .selectFrom("peserta_asesmen")
      .select("id")
      .where("kampanye_id", "=", kampanyeId)
      .execute();
    const token = await tokenUntuk(
      ctx.app,
      sesi,
      instansiId,
      kampanyeId,
      peserta.map((p) => p.id),
    );
    const out: { token: string; pid: string }[] = [];
    for (const [pid, t] of token) {
      const m = await ujian(ctx.app, t, "POST", "/mulai", {});
      expect(m.statusCode).toBe(200);
      out.push({ token: t, pid });
    }
    return { kampanyeId, out };
  }

  const titipan = (
    instansiId: string,
    kampanyeId: string,
    p: { token: string; pid: string },
    j: Titipan["j"],
  ) => ({
    ref: { instansiId, pesertaId: p.pid, kampanyeId },
    id: { jenis: "token" as const, hash: hashToken(normalkanToken(p.token) as string) },
    j,
    audit: null,
    pagar: null,
  });

  beforeAll(async () => {
    a = await buatInstansi(ctx.db);
    b = await buatInstansi(ctx.db);
    const sa = await siapkan(a.id, 6);
    kampanyeA = sa.kampanyeId;
    pemegang.push(...sa.out);
    const sb = await siapkan(b.id, 1);
    kampanyeB = sb.kampanyeId;
    pemegangB = sb.out[0];
  });

  it("writes a burst of saves and resends each answer once, each request with one audit entry", async () => {
    // a first save loads the campaign's blocks into the server's cache, as in a running test
    const pemanasan = await ujian(
      ctx.app,
      pemegang[0].token,
      "POST",
      "/jawaban",
      isi(FORM_S.blok.length - 1, 1),
    );
    expect(pemanasan.statusCode).toBe(200);
    const sebelum = statistikKelompok(ctx.db);
    const { maks } = await ctx.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.max("id").as("maks"))
      .executeTakeFirstOrThrow();
    const blokN = Math.min(FORM_S.blok.length - 1, 8);
    const kiriman = pemegang.flatMap((p) =>
      Array.from({ length: blokN }, (_, k) => ujian(ctx.app, p.token, "POST", "/jawaban", isi(k, 1))),
    );
    // a resend of every first block, in the same burst
    const ulang = pemegang.map((p) => ujian(ctx.app, p.token, "POST", "/jawaban", isi(0, 1)));
    const hasil = await Promise.all([...kiriman, ...ulang]);
    expect(hasil.every((r) => r.statusCode === 200)).toBe(true);
    const diterapkan = hasil.filter((r) => r.json().diterapkan === true).length;
    expect(diterapkan).toBe(pemegang.length * blokN);

    const pids = pemegang.map((p) => p.pid);
    const baris = await ctx.db
      .selectFrom("jawaban_asesmen")
      .select(["peserta_id", "blok"])
      .where("peserta_id", "in", pids)
      .where(
        "blok",
        "in",
        FORM_S.blok.slice(0, blokN).map((x) => x.id),
      )
      .execute();
    expect(baris).toHaveLength(pemegang.length * blokN);
    const audit = await ctx.db
      .selectFrom("audit_log")
      .select(["objek_id", "instansi_id"])
      .where("aksi", "=", "asesmen.ujian.jawab")
      .where("objek_id", "in", pids)
      .where("id", ">", Number(maks))
      .execute();
    // one entry per request: the written ones by the group statement, the resends by the guard
    expect(audit).toHaveLength(hasil.length);
    expect(audit.every((e) => e.instansi_id === a.id)).toBe(true);

    // every save went through the groups (how many groups depends on timing)
    expect(statistikKelompok(ctx.db).jawaban - sebelum.jawaban).toBe(hasil.length);
  });

  it("groups saves handed over together; fails only the answer the database refuses, writes the others", async () => {
    const sebelum = statistikKelompok(ctx.db);
    const blok = FORM_S.blok.length - 1;
    const daftar = pemegang.map((p, i) =>
      // detik < 0 passes nothing above the database (the route refuses it), but the check constraint does
      titipan(a.id, kampanyeA, p, isi(blok, 5, i === 2 ? -1 : 3)),
    );
    const hasil = await Promise.allSettled(daftar.map((t) => simpanBerkelompok(ctx.db, t)));
    expect(hasil.map((h) => h.status)).toEqual(pemegang.map((_, i) => (i === 2 ? "rejected" : "fulfilled")));
    const baris = await ctx.db
      .selectFrom("jawaban_asesmen")
      .select("peserta_id")
      .where("blok", "=", FORM_S.blok[blok].id)
      .where(
        "peserta_id",
        "in",
        pemegang.map((p) => p.pid),
      )
      .execute();
    expect(baris.map((x) => x.peserta_id).sort()).toEqual(
      pemegang
        .filter((_, i) => i !== 2)
        .map((p) => p.pid)
        .sort(),
    );
    // handed over in one turn of the event loop, they formed one group, which was then split
    const sesudah = statistikKelompok(ctx.db);
    expect(sesudah.kelompok - sebelum.kelompok).toBe(1);
    expect(sesudah.dipecah - sebelum.dipecah).toBe(1);
  });

  it("never writes across agencies: a group of agency A does not take agency B's participant", async () => {
    const palsu = titipan(a.id, kampanyeA, pemegangB, isi(0, 9));
    const asli = titipan(b.id, kampanyeB, pemegangB, isi(1, 1));
    const [x, y] = await Promise.all([simpanBerkelompok(ctx.db, palsu), simpanBerkelompok(ctx.db, asli)]);
    expect(x).toBe(false);
    expect(y).toBe(true);
    const baris = await ctx.db
      .selectFrom("jawaban_asesmen")
      .select(["instansi_id", "blok"])
      .where("peserta_id", "=", pemegangB.pid)
      .execute();
    expect(baris).toEqual([{ instansi_id: b.id, blok: FORM_S.blok[1].id }]);
  });
});
