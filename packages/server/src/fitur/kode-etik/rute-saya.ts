/**
 * The employee's yearly attestation (docs/kode-etik.md; BAB II.E: the code
 * understood and applied daily): read the version in force, acknowledge it,
 * answer its quiz when it has one. Recorded once per version and year, only
 * when the quiz is passed; a new version asks again.
 */
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { hariIni, kodeBerlaku, nilaiKuis, pegawaiSaya, soalDari } from "./layanan.ts";
import { galatEtik } from "./pesan.ts";
import { PERAN_PEGAWAI } from "./rute-kelola.ts";
import { BodyAtestasi, JawabanAtestasi, JawabanSaya } from "./skema.ts";

const S = "/api/instansi/:instansiId/kode-etik/saya";

export const ruteSaya = grupRute(S, [
  defineRoute({
    method: "GET",
    url: S,
    akses: PERAN_PEGAWAI,
    tag: "kode-etik",
    ringkasan: "Kode etik yang berlaku (kuis tanpa kunci) dan pernyataan saya tahun ini",
    aksi: "kode_etik_atestasi.baca_sendiri",
    response: JawabanSaya,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const saya = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      const tahun = Number((await hariIni(ctx.db, instansiId)).slice(0, 4));
      const k = await kodeBerlaku(ctx.db, instansiId);
      const riwayat = await ctx.db
        .selectFrom("kode_etik_atestasi as a")
        .innerJoin("kode_etik as k", (j) =>
          j.onRef("k.instansi_id", "=", "a.instansi_id").onRef("k.id", "=", "a.kode_id"),
        )
        .select(["a.kode_id", "k.versi", "a.tahun", "a.tanggal", "a.skor"])
        .where("a.instansi_id", "=", instansiId)
        .where("a.pegawai_id", "=", saya)
        .orderBy("a.tanggal", "desc")
        .execute();
      const kini = k ? riwayat.find((r) => r.kode_id === k.id && r.tahun === tahun) : undefined;
      ctx.audit({ objekJenis: "pegawai", objekId: saya });
      return {
        tahun,
        kode: k
          ? {
              id: k.id,
              versi: Number(k.versi),
              judul: k.judul,
              isi: k.isi,
              nomorSk: k.nomor_sk ?? "",
              tanggalSk: k.tanggal_sk ?? "",
              nilaiLulus: k.nilai_lulus,
              soal: soalDari(k.soal).map((s) => ({ pertanyaan: s.pertanyaan, pilihan: s.pilihan })),
            }
          : null,
        atestasi: kini ? { tanggal: kini.tanggal, skor: kini.skor } : null,
        riwayat: riwayat.map((r) => ({
          versi: Number(r.versi),
          tahun: r.tahun,
          tanggal: r.tanggal,
          skor: r.skor,
        })),
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${S}/atestasi`,
    akses: PERAN_PEGAWAI,
    tag: "kode-etik",
    ringkasan: "Menyatakan telah membaca dan memahami kode etik yang berlaku (dengan jawaban kuis bila ada)",
    aksi: "kode_etik.atestasi",
    body: BodyAtestasi,
    response: JawabanAtestasi,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const saya = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      const k = await kodeBerlaku(ctx.db, instansiId);
      if (!k) throw galatEtik(404, "BELUM_ADA_TERBIT");
      if (k.id !== ctx.body.kodeId) throw galatEtik(409, "BUKAN_VERSI_BERLAKU");
      const { skor, salah } = nilaiKuis(soalDari(k.soal), ctx.body.jawaban);
      const lulus = skor === null || skor >= k.nilai_lulus;
      const tanggal = await hariIni(ctx.db, instansiId);
      if (lulus)
        await ctx.db
          .insertInto("kode_etik_atestasi")
          .values({
            instansi_id: instansiId,
            kode_id: k.id,
            pegawai_id: saya,
            tahun: Number(tanggal.slice(0, 4)),
            tanggal,
            skor,
          })
          .onConflict((oc) => oc.columns(["instansi_id", "kode_id", "pegawai_id", "tahun"]).doNothing())
          .execute();
      ctx.audit({ objekJenis: "pegawai", objekId: saya, rincian: { versi: k.versi, skor, lulus } });
      return { tercatat: lulus, lulus, skor, nilaiLulus: k.nilai_lulus, salah };
    },
  }),
]);
