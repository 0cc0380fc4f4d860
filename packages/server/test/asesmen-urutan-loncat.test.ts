/**
 * An answer's client counter cannot jump (docs/asesmen.md "Guarantees"): a
 * save numbered far above the participation's highest stored counter is
 * refused, so no save can claim a block against every later answer.
 */
import { beforeAll, expect, it } from "vitest";
import { LONCATAN_URUTAN_MAKS } from "../src/fitur/asesmen/ujian.ts";
import { buatPegawai, FORM_S, kampanyeAktif, tokenUntuk, ujian } from "./asesmen-bantu.ts";
import { buatInstansi, buatPengguna, describeOnDatabases, login } from "./support/index.ts";

describeOnDatabases("asesmen: the answer counter cannot jump", (ctx) => {
  let token = "";
  let pesertaId = "";
  const isi = (blokIndex: number, urutanKlien: number) => {
    const b = FORM_S.blok[blokIndex];
    return { blok: b.id, palingSesuai: b.pernyataan[0], palingTidakSesuai: b.pernyataan[1], urutanKlien };
  };
  const tersimpan = async () =>
    (
      await ctx.db
        .selectFrom("jawaban_asesmen")
        .select(["blok", "urutan_klien"])
        .where("peserta_id", "=", pesertaId)
        .orderBy("blok")
        .execute()
    ).map((r) => [r.blok, r.urutan_klien]);

  beforeAll(async () => {
    const a = await buatInstansi(ctx.db);
    await buatPegawai(ctx.db, a.id);
    const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "tim_supervisi" }]);
    const s = await login(ctx.app, u.username, u.password);
    const kampanyeId = await kampanyeAktif(ctx.app, s, a.id);
    const p = await ctx.db
      .selectFrom("peserta_asesmen")
      .select("id")
      .where("kampanye_id", "=", kampanyeId)
      .executeTakeFirstOrThrow();
    pesertaId = p.id;
    token = (await tokenUntuk(ctx.app, s, a.id, kampanyeId, [pesertaId])).get(pesertaId) as string;
    expect((await ujian(ctx.app, token, "POST", "/mulai", { setuju: true })).statusCode).toBe(200);
  });

  it("refuses a first save numbered far ahead, and a later one far above the highest stored", async () => {
    const pertama = await ujian(ctx.app, token, "POST", "/jawaban", isi(0, 2_147_483_647));
    expect(pertama.statusCode).toBe(400);
    expect(pertama.json().error.code).toBe("URUTAN_MELONCAT");
    expect(await tersimpan()).toEqual([]);

    expect((await ujian(ctx.app, token, "POST", "/jawaban", isi(0, 3))).json().diterapkan).toBe(true);
    // another block, as far ahead as a long offline stretch may be: accepted
    const jauh = 3 + LONCATAN_URUTAN_MAKS;
    expect((await ujian(ctx.app, token, "POST", "/jawaban", isi(1, jauh))).json().diterapkan).toBe(true);
    // one more than that over the new highest: refused, and the block keeps its answer
    const loncat = await ujian(ctx.app, token, "POST", "/jawaban", isi(0, jauh + LONCATAN_URUTAN_MAKS + 1));
    expect([loncat.statusCode, loncat.json().error.code]).toEqual([400, "URUTAN_MELONCAT"]);
    expect(await tersimpan()).toEqual(
      [
        [FORM_S.blok[0].id, 3],
        [FORM_S.blok[1].id, jauh],
      ].sort(),
    );
    // the owner's next answer (the next number) still applies
    expect((await ujian(ctx.app, token, "POST", "/jawaban", isi(0, jauh + 1))).json().diterapkan).toBe(true);
  });
});
