/**
 * docs/sinergi.md (PP 94/2021; BAB II.E): a discipline case and a
 * non-compliant LHKASN obligation become entries of the employee's track
 * record (non-test evidence, `nontes/rekam-jejak.ts`), once per record
 * however often written; a later list showing the report turns the entry
 * into "late". The assessment's test result is not touched.
 */
import { beforeAll, expect, it } from "vitest";
import { type AgensiEtik, buatAgensiEtik, panggil } from "./sinergi-etik-bantu.ts";
import { describeOnDatabases } from "./support/index.ts";

describeOnDatabases("sinergi: discipline and LHKASN feed the track record", (ctx) => {
  let g: AgensiEtik;
  const api = panggil(ctx);

  const entri = (pegawaiId: string) =>
    ctx.db
      .selectFrom("entri_rekam_jejak")
      .select(["jenis", "sumber", "rincian", "asal", "rujukan", "tanggal"])
      .where("instansi_id", "=", g.a.id)
      .where("pegawai_id", "=", pegawaiId)
      .orderBy("asal")
      .execute();
  const nip = async (pegawaiId: string) =>
    (await ctx.db.selectFrom("pegawai").select("nip").where("id", "=", pegawaiId).executeTakeFirstOrThrow())
      .nip;
  const rincian = (x: unknown) => (typeof x === "string" ? JSON.parse(x) : x);

  beforeAll(async () => {
    g = await buatAgensiEtik(ctx);
  });

  it("recording a discipline case writes one track-record entry from the HR unit", async () => {
    const p = g.staf[0].pegawaiId as string;
    const skor = () =>
      ctx.db.selectFrom("skor_asesmen").selectAll().where("instansi_id", "=", g.a.id).execute();
    const skorSebelum = await skor();
    const r = await api(g.peran.get("ppk"), "POST", `/api/instansi/${g.a.id}/disiplin`, {
      nip: await nip(p),
      uraian: "Tidak masuk kerja 5 hari tanpa keterangan",
      tingkat: "sedang",
      hukuman: "Pemotongan tunjangan kinerja 25% selama 6 bulan",
      tanggalKeputusan: "2026-04-15",
      nomorSk: "800/DIS/2026/02",
    });
    expect(r.statusCode, r.body).toBe(201);
    const e = await entri(p);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({
      jenis: "sanksi_disiplin",
      sumber: "kepegawaian",
      asal: "kasus_disiplin",
      rujukan: r.json().id,
      tanggal: "2026-04-15",
    });
    expect(rincian(e[0].rincian)).toEqual({ jenis: "sanksi_disiplin", tingkat: "sedang" });
    // no test result is written or changed by a register
    expect(await skor()).toEqual(skorSebelum);
  });

  it("importing the LHKASN list writes an entry for each obligation not reported, once; a later report makes it late", async () => {
    const [lapor, belum] = [g.staf[1].pegawaiId as string, g.staf[2].pegawaiId as string];
    const berkas = async (tglBelum: string) =>
      Buffer.from(
        `NIP,Jenis,Tanggal Lapor\n${await nip(lapor)},LHKASN,2026-03-01\n${await nip(belum)},LHKASN,${tglBelum}\n`,
      ).toString("base64");
    const impor = async (tglBelum: string) => {
      const r = await api(g.peran.get("admin_instansi"), "POST", `/api/instansi/${g.a.id}/lhkasn/impor`, {
        tahun: 2025,
        format: "csv",
        isi: await berkas(tglBelum),
        terapkan: true,
      });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json().diterapkan).toBe(true);
    };
    await impor("");
    await impor("");
    expect(await entri(lapor)).toEqual([]);
    const e = await entri(belum);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({
      jenis: "lhkasn",
      asal: "kewajiban_lhkasn",
      rujukan: `2025:LHKASN:${belum}`,
    });
    expect(rincian(e[0].rincian)).toEqual({ jenis: "lhkasn", status: "tidak_lapor" });

    await impor("2026-05-20");
    const akhir = await entri(belum);
    expect(akhir).toHaveLength(1);
    expect(rincian(akhir[0].rincian)).toEqual({ jenis: "lhkasn", status: "terlambat" });
    expect(akhir[0].tanggal).toBe("2026-05-20");
  });
});
