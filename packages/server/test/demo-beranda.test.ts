/**
 * The demo on first start (docs/data-saya.md): community and supervision
 * records are there (forum, posts, mentoring, Renaksi, a reward, an APIP
 * audit with findings), each role's home to-do has something, and the demo
 * employee's consent reads the access rules in force.
 */
import { beforeAll, expect, it } from "vitest";
import { PASSWORD_DEMO, seedDemoKe } from "../src/demo/index.ts";
import { KEMENTERIAN_CONTOH } from "../src/demo/struktur.ts";
import { describeOnDatabases, login, minta } from "./support/index.ts";

describeOnDatabases("demo: no empty page on first start, home to-dos, truthful consent", (ctx) => {
  let instansiId: string;
  const tugas = async (username: string) => {
    const s = await login(ctx.app, username, PASSWORD_DEMO);
    const r = await minta(ctx.app, s, {
      method: "GET",
      url: `/api/instansi/${instansiId}/pengingat/tugas-saya`,
    });
    expect(r.statusCode, r.body).toBe(200);
    return r.json().items as { jenis: string; judul: string }[];
  };

  beforeAll(async () => {
    await seedDemoKe(ctx.db);
    instansiId = (
      await ctx.db
        .selectFrom("instansi")
        .select("id")
        .where("kode", "=", KEMENTERIAN_CONTOH.kode)
        .executeTakeFirstOrThrow()
    ).id;
  }, 300_000);

  it("seeds forum threads with replies, posts, mentoring, Renaksi, a reward and an audit with findings", async () => {
    const n = async (
      t:
        | "utas_forum"
        | "balasan_forum"
        | "pos_kampanye"
        | "sesi_pendampingan"
        | "butir_renaksi"
        | "penghargaan"
        | "temuan_audit",
    ) =>
      Number(
        (
          await ctx.db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .where("instansi_id", "=", instansiId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await n("utas_forum")).toBeGreaterThanOrEqual(2);
    expect(await n("balasan_forum")).toBeGreaterThanOrEqual(2);
    expect(await n("pos_kampanye")).toBeGreaterThanOrEqual(2);
    expect(await n("sesi_pendampingan")).toBeGreaterThanOrEqual(3);
    expect(await n("butir_renaksi")).toBe(3);
    expect(await n("penghargaan")).toBe(1);
    expect(await n("temuan_audit")).toBe(2);
  });

  it("gives the employee the open assessment, the agent a Renaksi item and the PPK audit findings on their home", async () => {
    expect((await tugas("pegawai")).map((x) => x.jenis)).toEqual(
      expect.arrayContaining(["asesmen.dibuka", "pendampingan.dijadwalkan"]),
    );
    expect((await tugas("agen")).some((x) => x.jenis === "renaksi.tenggat")).toBe(true);
    const ppk = await tugas("ppk");
    expect(ppk.filter((x) => x.jenis === "audit.tenggat")).toHaveLength(2);
  });

  it("shows the demo employee's consent with who sees the result, from the rules in force", async () => {
    const s = await login(ctx.app, "pegawai", PASSWORD_DEMO);
    const r = await minta(ctx.app, s, {
      method: "GET",
      url: `/api/instansi/${instansiId}/data-saya/persetujuan`,
    });
    expect(r.statusCode, r.body).toBe(200);
    const diberikan = r.json().items.find((x: { diberikan: string | null }) => x.diberikan);
    expect(diberikan.teks).toContain("Pimpinan unit Anda dapat membuka hasil Anda dengan nama");
    expect(diberikan.teks).not.toContain("tanpa nama, oleh pimpinan");
  });

  it("seeds development plans: the demo employee's plan with modules, a guided assignment and a ticked criterion; unit aggregates shown", async () => {
    const s = await login(ctx.app, "pegawai", PASSWORD_DEMO);
    const r = await minta(ctx.app, s, { method: "GET", url: `/api/instansi/${instansiId}/rencana/saya` });
    expect(r.statusCode, r.body).toBe(200);
    const b = r.json();
    expect(b.ditetapkan).toBe(true);
    expect(b.kegiatan.map((k: { jenis: string }) => k.jenis)).toEqual([
      "modul",
      "modul",
      "penugasan_terbimbing",
    ]);
    expect(b.kriteria.filter((k: { dicentang: boolean }) => k.dicentang)).toHaveLength(1);
    const sup = await login(ctx.app, "supervisi", PASSWORD_DEMO);
    const u = await minta(ctx.app, sup, { method: "GET", url: `/api/instansi/${instansiId}/rencana/unit` });
    expect(u.statusCode, u.body).toBe(200);
    expect(u.json().unit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pegawaiBerencana: 6, proporsiDikonfirmasi: expect.any(Number) }),
      ]),
    );
  });
});
