/**
 * The institutional-synergy reminders through the reminder system (docs/sinergi.md, docs/pengingat.md): a gift
 * near or past its KPK deadline reaches the employee and the UPG officers; a
 * conflict-of-interest decision due within 3 days reaches the superior who
 * decides; once handled, the reminder stops.
 */
import { beforeAll, expect, it } from "vitest";
import { jalankanPengingat } from "../src/fitur/pengingat/index.ts";
import { tanggalDi } from "../src/umum/tanggal.ts";
import type { OrangUji } from "./komunitas-bantu.ts";
import { type AgensiEtik, buatAgensiEtik, panggil } from "./sinergi-etik-bantu.ts";
import { describeOnDatabases } from "./support/index.ts";

describeOnDatabases("sinergi: reminders of gift deadlines and conflict-of-interest decisions", (ctx) => {
  let g: AgensiEtik;
  const api = panggil(ctx);
  const hari = (n: number) => tanggalDi(new Date(Date.now() + n * 86_400_000));
  const jalankan = (n = 0) =>
    jalankanPengingat(ctx.db, {
      smtp: null,
      instansiId: g.a.id,
      kini: new Date(Date.now() + n * 86_400_000),
    });
  const bel = async (o: OrangUji | undefined, jenis: string) => {
    const r = await api(o, "GET", `/api/instansi/${g.a.id}/notifikasi?pageSize=200`);
    expect(r.statusCode, r.body).toBe(200);
    return (r.json().items as { jenis: string; judul: string; tautan: string }[]).filter(
      (x) => x.jenis === jenis,
    );
  };
  const hadiah = (nomor: string, pegawaiId: string, diterima: string) =>
    ctx.db
      .insertInto("gratifikasi")
      .values({
        instansi_id: g.a.id,
        nomor,
        pegawai_id: pegawaiId,
        jenis: "diterima",
        pemberi: "PT Uji",
        hubungan: "penyedia_barang_jasa",
        bentuk: "barang",
        uraian: "Parsel",
        nilai_rupiah: 750_000,
        tanggal_terima: diterima,
        tanggal_lapor: hari(0),
      })
      .returning("id")
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    g = await buatAgensiEtik(ctx);
  });

  it("warns the employee and the UPG of a gift near its KPK deadline, not of a fresh one", async () => {
    await hadiah("GRT-LAMA", g.staf[3].pegawaiId as string, hari(-38));
    await hadiah("GRT-BARU", g.staf[3].pegawaiId as string, hari(0));
    await jalankan();
    await jalankan();
    const pegawai = await bel(g.staf[3], "gratifikasi.tenggat");
    expect(pegawai).toHaveLength(1);
    expect(pegawai[0]).toMatchObject({ tautan: "/gratifikasi-saya" });
    expect(pegawai[0].judul).toContain("GRT-LAMA");
    const upg = await bel(g.peran.get("pengelola_upg"), "gratifikasi.tenggat");
    expect(upg).toHaveLength(1);
    expect(upg[0]).toMatchObject({ tautan: "/gratifikasi" });
    expect(await bel(g.staf[4], "gratifikasi.tenggat")).toEqual([]);
    // forwarded to KPK: no reminder the next day
    await ctx.db
      .updateTable("gratifikasi")
      .set({ status: "diteruskan_kpk", tanggal_triase: hari(0) })
      .where("nomor", "=", "GRT-LAMA")
      .execute();
    await jalankan(1);
    expect(await bel(g.staf[3], "gratifikasi.tenggat")).toHaveLength(1);
  });

  it("reminds the superior of a conflict-of-interest decision due within 3 days, until decided", async () => {
    const d = await api(g.staf[5], "POST", `/api/instansi/${g.a.id}/benturan-kepentingan/saya`, {
      jenis: "kepemilikan_saham",
      uraian: "Memiliki saham calon penyedia.",
    });
    expect(d.statusCode, d.body).toBe(201);
    await jalankan();
    expect(await bel(g.kepala, "benturan.tenggat")).toEqual([]);
    await jalankan(6);
    const ingat = await bel(g.kepala, "benturan.tenggat");
    expect(ingat).toHaveLength(1);
    expect(ingat[0]).toMatchObject({ tautan: "/etik/keputusan" });
    expect(await bel(g.staf[5], "benturan.tenggat")).toEqual([]);
    const ok = await api(
      g.kepala,
      "POST",
      `/api/instansi/${g.a.id}/benturan-kepentingan/keputusan/${d.json().id}`,
      {
        keputusan: "tanpa_tindakan",
      },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    await jalankan(7);
    expect(await bel(g.kepala, "benturan.tenggat")).toHaveLength(1);
  });
});
