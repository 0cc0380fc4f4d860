/**
 * The home page's "waiting for you" (fitur/pengingat `tugas-saya`, docs/pengingat.md):
 * the employee sees the open assessment with its deadline until they
 * submit; each role sees its own waiting step; nobody sees another's.
 */
import { beforeAll, expect, it } from "vitest";
import { buatDunia, type DuniaProgram, urlProgram } from "./program-bantu.ts";
import { describeOnDatabases, minta, type SesiUji } from "./support/index.ts";

describeOnDatabases("home to-do: my open assessment with its deadline, my role's waiting step", (ctx) => {
  let d: DuniaProgram;
  let siklus: string;
  const tugas = async (s: SesiUji) => {
    const r = await minta(ctx.app, s, {
      method: "GET",
      url: `/api/instansi/${d.instansi.id}/pengingat/tugas-saya`,
    });
    expect(r.statusCode, r.body).toBe(200);
    return r.json().items as { jenis: string; judul: string; tautan: string; batas: string | null }[];
  };

  beforeAll(async () => {
    d = await buatDunia(ctx.app, ctx.db);
    const r = await minta(ctx.app, d.sesi.ppk, {
      method: "POST",
      url: urlProgram(d, "/siklus"),
      payload: { nama: "Siklus Beranda" },
    });
    siklus = r.json().id;
  });

  it("shows the employee the open assessment with its deadline, until submitted", async () => {
    const ditutup = new Date(Date.now() + 5 * 86_400_000);
    const k = await ctx.db
      .insertInto("kampanye_asesmen")
      .values({
        instansi_id: d.instansi.id,
        nama: "Asesmen Berkala Beranda",
        tujuan: "berkala",
        formulir_id: "uji",
        bank_versi: "uji",
        formulir: "{}",
        populasi: JSON.stringify({ jenis: "semua" }),
        dibuka: new Date(Date.now() - 86_400_000),
        ditutup,
        status: "aktif",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const p = await ctx.db
      .insertInto("peserta_asesmen")
      .values({ instansi_id: d.instansi.id, kampanye_id: k.id, pegawai_id: d.pegawaiSesi.pegawai, benih: 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    const saya = await tugas(d.sesi.pegawai);
    expect(saya).toEqual([
      expect.objectContaining({
        jenis: "asesmen.dibuka",
        judul: "Asesmen dibuka untuk Anda: Asesmen Berkala Beranda",
        tautan: `/asesmen-saya/${k.id}`,
        batas: ditutup.toISOString(),
      }),
    ]);
    // not the PPK's, nor anyone else's
    expect((await tugas(d.sesi.agen)).some((x) => x.jenis.startsWith("asesmen."))).toBe(false);
    await ctx.db.updateTable("peserta_asesmen").set({ selesai: new Date() }).where("id", "=", p.id).execute();
    expect(await tugas(d.sesi.pegawai)).toEqual([]);
  });

  it("shows the PPK the preparation step waiting for their role, and not the employee", async () => {
    const ppk = await tugas(d.sesi.ppk);
    expect(ppk).toEqual([
      expect.objectContaining({
        jenis: "program.langkah",
        judul: "Langkah persiapan menunggu Anda: Pembentukan Tim Supervisi",
        tautan: `/program/${siklus}`,
      }),
    ]);
    expect((await tugas(d.sesi.pegawai)).some((x) => x.jenis.startsWith("program."))).toBe(false);
  });
});
