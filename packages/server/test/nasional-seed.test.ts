/**
 * `nurani seed-nasional`'s loader (demo/nasional.ts): employees by COPY on
 * both engines, resumable after an interruption with no row twice, the
 * employee indexes set aside during the load and built again, and each
 * agency's unit tree and national figures in place.
 */
import { buatPembangkitNip, parseNip, rencanaNasional, rencanaUnit } from "@nurani/domain";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { muatNasionalSintetis } from "../src/demo/nasional.ts";
import { segarkanInstansi } from "../src/fitur/nasional/ringkasan.ts";
import { describeOnDatabases } from "./support/index.ts";

const OPSI = { instansi: 8, pegawai: 900, benih: 11 } as const;

describeOnDatabases("nasional: seed-nasional loads a synthetic nation by COPY, resumably", (ctx) => {
  const indeksPegawai = async () =>
    (
      await sql<{ nama: string }>`
        select c.relname as nama from pg_index i join pg_class c on c.oid = i.indexrelid
        where i.indrelid = 'pegawai'::regclass order by 1`.execute(ctx.db)
    ).rows.map((r) => r.nama);

  it("continues after an interruption where the last chunk committed, without duplicates", async () => {
    const indeksAwal = await indeksPegawai();
    expect(indeksAwal).toContain("pegawai_nama_trgm");
    const putus = new Error("terputus");
    await expect(
      muatNasionalSintetis(ctx.db, {
        ...OPSI,
        salin: ctx.basisdata,
        tundaIndeksDari: 0,
        potongan: 70,
        progres: (p) => {
          if (p.pegawai >= 250) throw putus;
        },
      }),
    ).rejects.toBe(putus);
    const tengah = await ctx.db
      .selectFrom("pegawai")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(tengah.n)).toBeGreaterThanOrEqual(250);
    expect(Number(tengah.n)).toBeLessThan(OPSI.pegawai);
    // the trigram and name indexes wait in indeks_ditunda; the unique NIP index stays
    const ditunda = await sql<{ nama: string }>`select nama from indeks_ditunda order by 1`.execute(ctx.db);
    expect(ditunda.rows.map((r) => r.nama)).toContain("pegawai_nama_trgm");
    expect(await indeksPegawai()).not.toContain("pegawai_nama_trgm");
    expect(await indeksPegawai()).toContain("pegawai_instansi_id_nip_key");

    const h = await muatNasionalSintetis(ctx.db, { ...OPSI, salin: ctx.basisdata, potongan: 70 });
    expect(h.pegawai).toBe(OPSI.pegawai - Number(tengah.n));

    const nip = (await ctx.db.selectFrom("pegawai").select("nip").execute()).map((r) => r.nip);
    expect(nip).toHaveLength(OPSI.pegawai);
    // exactly the NIPs an uninterrupted run writes: the plan's generator's first M, each valid
    const g = buatPembangkitNip(OPSI.benih);
    const harapan = Array.from({ length: OPSI.pegawai }, () => g.berikut().nip);
    expect([...nip].sort()).toEqual([...harapan].sort());
    for (const n of nip.slice(0, 50)) expect(parseNip(n).ok).toBe(true);
    expect(await indeksPegawai()).toEqual(indeksAwal);
    expect((await sql`select 1 from indeks_ditunda`.execute(ctx.db)).rows).toHaveLength(0);
  });

  it("gives every agency its unit tree, its employees in its own units, and its national figures", async () => {
    const rencana = rencanaNasional(OPSI);
    const baris = await ctx.db
      .selectFrom("instansi as i")
      .innerJoin("ringkasan_instansi as r", "r.instansi_id", "i.id")
      .select((eb) => [
        "i.kode",
        "r.basi",
        "r.tahap",
        "r.jumlah_pegawai",
        eb
          .selectFrom("unit_kerja as u")
          .whereRef("u.instansi_id", "=", "i.id")
          .select((e) => e.fn.countAll<number>().as("n"))
          .as("unit"),
        eb
          .selectFrom("unit_kerja as u")
          .whereRef("u.instansi_id", "=", "i.id")
          .where("u.induk_id", "is", null)
          .select((e) => e.fn.countAll<number>().as("n"))
          .as("akar"),
        eb
          .selectFrom("pegawai as p")
          .whereRef("p.instansi_id", "=", "i.id")
          .select((e) => e.fn.countAll<number>().as("n"))
          .as("pegawai"),
      ])
      .where("i.kode", "like", "S-%")
      .execute();
    const perKode = new Map(baris.map((b) => [b.kode, b]));
    expect(perKode.size).toBe(rencana.length);
    for (const r of rencana) {
      const b = perKode.get(r.kode);
      expect({
        kode: r.kode,
        basi: b?.basi,
        tahap: b?.tahap,
        unit: Number(b?.unit),
        pegawai: Number(b?.pegawai),
      }).toEqual({
        kode: r.kode,
        basi: false,
        tahap: r.tahap,
        unit: rencanaUnit(r.jumlahPegawai, r.benih).length,
        pegawai: r.jumlahPegawai,
      });
      expect(Number(b?.akar)).toBe(1);
    }
    expect(new Set(baris.map((b) => b.tahap)).size).toBeGreaterThan(1);
    // the foreign key (instansi_id, unit_id) holds: every employee's unit is its own agency's
    const tanpaUnit = await ctx.db
      .selectFrom("pegawai")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("unit_id", "is", null)
      .executeTakeFirstOrThrow();
    expect(Number(tanpaUnit.n)).toBe(0);
  });

  it("keeps national figures a refresh computes again from the released campaigns' per-unit sums", async () => {
    const sebelum = await ctx.db
      .selectFrom("ringkasan_instansi as r")
      .innerJoin("instansi as i", "i.id", "r.instansi_id")
      .select([
        "r.instansi_id",
        "r.kampanye_id",
        "r.indeks_nilai",
        "r.indeks_bawah",
        "r.indeks_atas",
        "r.n",
        "r.level",
      ])
      .where("i.kode", "like", "S-%")
      .where("r.kampanye_id", "is not", null)
      .execute();
    // agencies past the baseline assessment (Tabel 3 no. 3) have a released campaign with map sums
    const dasar = rencanaNasional(OPSI).filter((r) => r.langkahSelesai >= 3).length;
    expect(sebelum).toHaveLength(dasar);
    // most show an index; one below its k shows none (as its own map)
    expect(sebelum.filter((s) => s.indeks_nilai !== null).length).toBeGreaterThan(0);
    for (const s of sebelum) {
      await segarkanInstansi(ctx.db, s.instansi_id);
      const kini = await ctx.db
        .selectFrom("ringkasan_instansi")
        .selectAll()
        .where("instansi_id", "=", s.instansi_id)
        .executeTakeFirstOrThrow();
      expect(kini.kampanye_id).toBe(s.kampanye_id);
      expect(kini.n).toBe(s.n);
      expect(kini.level).toEqual(s.level);
      const dekat = (x: number | null) => (x === null ? null : Math.round(x * 1e9));
      expect([kini.indeks_nilai, kini.indeks_bawah, kini.indeks_atas].map(dekat)).toEqual(
        [s.indeks_nilai, s.indeks_bawah, s.indeks_atas].map(dekat),
      );
    }
  });

  it("writes nothing more when run again on a complete nation", async () => {
    const h = await muatNasionalSintetis(ctx.db, { ...OPSI, salin: ctx.basisdata, potongan: 70 });
    expect(h).toEqual({ instansi: 0, dilewati: rencanaNasional(OPSI).length, pegawai: 0, program: 0 });
    const n = await ctx.db
      .selectFrom("pegawai")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(OPSI.pegawai);
  });
});
