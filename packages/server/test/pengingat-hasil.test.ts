/**
 * "My result released or held for review" (docs/pengingat.md): a released result is
 * told once; a result whose answer pattern waits for review is told as held, and as released once
 * the review accepts it.
 */
import { beforeAll, expect, it } from "vitest";
import { jalankanPengingat } from "../src/fitur/pengingat/index.ts";
import { kampanyeDiskor } from "./hasil-bantu.ts";
import { buatDunia, type DuniaProgram, rilis } from "./program-bantu.ts";
import { describeOnDatabases, minta, type SesiUji } from "./support/index.ts";

describeOnDatabases("reminders: my result released or held for review", (ctx) => {
  let d: DuniaProgram;
  let kampanyeId: string;
  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    kampanyeId = await kampanyeDiskor(ctx.app, ctx.db, d.sesi.tim, {
      instansiId: d.instansi.id,
      pegawaiIds: d.pegawai,
      benih: 11,
    });
  });

  const hasilSaya = async (s: SesiUji) => {
    const r = await minta(ctx.app, s, {
      method: "GET",
      url: `/api/instansi/${d.instansi.id}/notifikasi?pageSize=200`,
    });
    return (r.json().items as { jenis: string; judul: string }[]).filter((n) => n.jenis.startsWith("hasil."));
  };
  const tinjauan = (pegawaiId: string, nilai: "menunggu" | "diterima") =>
    ctx.db
      .updateTable("skor_asesmen")
      .set({ tinjauan: nilai })
      .where("instansi_id", "=", d.instansi.id)
      .where("kampanye_id", "=", kampanyeId)
      .where("pegawai_id", "=", pegawaiId)
      .execute();

  it("tells the flagged employee their result is held, the others it is released; released once accepted", async () => {
    await tinjauan(d.pegawaiSesi.pegawai, "menunggu");
    await rilis(ctx.db, d, kampanyeId, 1);
    await jalankanPengingat(ctx.db, { smtp: null, instansiId: d.instansi.id });
    await jalankanPengingat(ctx.db, { smtp: null, instansiId: d.instansi.id });
    const saya = await hasilSaya(d.sesi.pegawai);
    expect(saya.map((n) => n.jenis)).toEqual(["hasil.ditinjau"]);
    expect(saya[0].judul).toMatch(/^Hasil asesmen Anda ditahan untuk ditinjau: /);
    expect((await hasilSaya(d.sesi.agen)).map((n) => n.jenis)).toEqual(["hasil.dirilis"]);
    await tinjauan(d.pegawaiSesi.pegawai, "diterima");
    await jalankanPengingat(ctx.db, { smtp: null, instansiId: d.instansi.id });
    expect((await hasilSaya(d.sesi.pegawai)).map((n) => n.jenis).sort()).toEqual([
      "hasil.dirilis",
      "hasil.ditinjau",
    ]);
  });
});
