/**
 * The raters' routes: their own assignments in open periods, the BARS form
 * of one, and sending their answers. A rater reaches only their own
 * assignments (others' answer 404); the rated person never reaches these.
 */
import { instrumenBars, PERAN } from "@nurani/domain";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar } from "../../umum/halaman.ts";
import { tanggalDi } from "../../umum/tanggal.ts";
import { tugasSayaApi, tugasSayaQ } from "./kueri.ts";
import { kirimNilai, nilaiTugas, pegawaiSaya, tugasMilik } from "./layanan.ts";
import { KueriHalaman, ParamsTugas, SkemaIsiTugas, SkemaKirimNilai, SkemaTugasSaya } from "./skema.ts";

/** Any role an employee's account holds; the handler checks the account is linked to an employee. */
export const PERAN_PEGAWAI = PERAN.filter((p) => p !== "evaluator_nasional");
const T = "/api/instansi/:instansiId/nontes/tugas";

export const ruteTugas = grupRute(T, [
  defineRoute({
    method: "GET",
    url: T,
    akses: PERAN_PEGAWAI,
    tag: "nontes",
    ringkasan: "Penugasan saya sebagai penilai (periode yang sedang dibuka)",
    query: KueriHalaman,
    response: skemaDaftar(SkemaTugasSaya),
    handler: async (ctx) => {
      const saya = await pegawaiSaya(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id);
      const q = tugasSayaQ(ctx.db, ctx.params.instansiId, saya)
        .orderBy((eb) => eb.case().when("t.dikirim", "is", null).then(0).else(1).end())
        .orderBy("d.nama")
        .orderBy("t.id");
      const h = await ambilHalaman(ctx.db, q, ctx.query);
      return { ...h, items: h.items.map(tugasSayaApi) };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${T}/:id`,
    akses: PERAN_PEGAWAI,
    tag: "nontes",
    ringkasan: "Formulir BARS satu penugasan dengan jawaban saya",
    params: ParamsTugas,
    response: SkemaIsiTugas,
    handler: async (ctx) => {
      const saya = await pegawaiSaya(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id);
      await tugasMilik(ctx.db, ctx.params.instansiId, saya, ctx.params.id);
      const r = await tugasSayaQ(ctx.db, ctx.params.instansiId, saya)
        .where("t.id", "=", ctx.params.id)
        .executeTakeFirst();
      if (!r) throw (await import("./pesan.ts")).galat(409, "PERIODE_TIDAK_DIBUKA");
      return {
        ...tugasSayaApi(r),
        skala: instrumenBars(r.jenis).map((s) => ({
          kode: s.kode,
          jenis: s.jenis,
          nama: s.nama,
          perilaku: s.perilaku,
          sumber: s.sumber,
          anchor: s.anchor,
        })),
        nilai: await nilaiTugas(ctx.db, ctx.params.instansiId, ctx.params.id),
      };
    },
  }),
  defineRoute({
    method: "PUT",
    url: `${T}/:id`,
    akses: PERAN_PEGAWAI,
    tag: "nontes",
    ringkasan: "Mengirim penilaian BARS (boleh diubah selama periode dibuka dan sebelum tenggat)",
    aksi: "nontes.penilaian.kirim",
    params: ParamsTugas,
    body: SkemaKirimNilai,
    handler: async (ctx) => {
      const saya = await pegawaiSaya(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id);
      const z = await ctx.db
        .selectFrom("instansi")
        .select("zona_waktu")
        .where("id", "=", ctx.params.instansiId)
        .executeTakeFirst();
      await kirimNilai(
        ctx.db,
        ctx.params.instansiId,
        saya,
        ctx.params.id,
        ctx.body.nilai,
        tanggalDi(new Date(), z?.zona_waktu || "Asia/Jakarta"),
      );
      // the entry names the assignment, never the scores
      ctx.audit({ objekJenis: "tugas_penilai", objekId: ctx.params.id });
    },
  }),
]);
