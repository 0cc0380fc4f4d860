/**
 * The supervision team's routes (Tabel 3 no. 1; BAB III.B.3.b): open a
 * non-test period with proposed raters, adjust them, open it to the raters,
 * run the rater correction, read the rater report, the results and the
 * review queue. Reading people's results is audited.
 */
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { antrekanJob } from "../../jobs/queue.ts";
import { ambilHalaman, skemaDaftar } from "../../umum/halaman.ts";
import { isoWaktuAtauNull } from "../../umum/tanggal.ts";
import type { LaporanKoreksi } from "./koreksi.ts";
import {
  bacaPeriode,
  daftarPeriodeQ,
  hasilApi,
  hasilQ,
  penugasanApi,
  penugasanQ,
  periodeApi,
} from "./kueri.ts";
import {
  aturStatus,
  buatPeriode,
  hapusTugas,
  periodeAtau404,
  putusTinjauan,
  tambahTugas,
} from "./layanan.ts";
import { petaLevelAkhir, SkemaPetaLevelAkhir } from "./level-akhir.ts";
import { galat } from "./pesan.ts";
import {
  KueriHalaman,
  KueriPenugasan,
  ParamsPeriode,
  ParamsTinjauan,
  ParamsTugasPeriode,
  SkemaBukaPeriode,
  SkemaHasilDaftar,
  SkemaJob,
  SkemaLaporanPenilai,
  SkemaPenugasan,
  SkemaPeriode,
  SkemaPutusTinjauan,
  SkemaTambahTugas,
} from "./skema.ts";

const TIM = ["tim_supervisi"] as const;
const P = "/api/instansi/:instansiId/nontes/periode";

const ubahStatus = (status: "dibuka" | "ditutup") =>
  defineRoute({
    method: "POST",
    url: `${P}/:id/${status === "dibuka" ? "buka" : "tutup"}`,
    akses: TIM,
    tag: "nontes",
    ringkasan:
      status === "dibuka" ? "Membuka periode untuk para penilai" : "Menutup periode (penilaian berhenti)",
    aksi: `nontes.periode.${status === "dibuka" ? "buka" : "tutup"}`,
    params: ParamsPeriode,
    response: SkemaPeriode,
    handler: async (ctx) => {
      await aturStatus(ctx.db, ctx.params.instansiId, ctx.params.id, status);
      ctx.audit({ objekJenis: "periode_nontes", objekId: ctx.params.id });
      return (await bacaPeriode(ctx.db, ctx.params.instansiId, ctx.params.id)) as z.input<
        typeof SkemaPeriode
      >;
    },
  });

export const rutePeriode = grupRute(P, [
  defineRoute({
    method: "GET",
    url: `${P}/:id/peta`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Peta level akhir per unit (tes + bukti non-tes) dengan sumbernya; kelompok < k disembunyikan",
    params: ParamsPeriode,
    response: SkemaPetaLevelAkhir,
    handler: async (ctx) => {
      await periodeAtau404(ctx.db, ctx.params.instansiId, ctx.params.id);
      return petaLevelAkhir(ctx.db, ctx.params.instansiId, ctx.params.id);
    },
  }),
  defineRoute({
    method: "POST",
    url: P,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Membuat periode asesmen non-tes (draf) dengan usulan penilai dari pohon unit",
    aksi: "nontes.periode.buat",
    body: SkemaBukaPeriode,
    response: SkemaPeriode,
    status: 201,
    handler: async (ctx) => {
      const id = await buatPeriode(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id ?? null, ctx.body);
      ctx.audit({ objekJenis: "periode_nontes", objekId: id });
      return (await bacaPeriode(ctx.db, ctx.params.instansiId, id)) as z.input<typeof SkemaPeriode>;
    },
  }),
  defineRoute({
    method: "GET",
    url: P,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Daftar periode asesmen non-tes",
    query: KueriHalaman,
    response: skemaDaftar(SkemaPeriode),
    handler: async (ctx) => {
      const h = await ambilHalaman(ctx.db, daftarPeriodeQ(ctx.db, ctx.params.instansiId), ctx.query);
      return { ...h, items: h.items.map(periodeApi) };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/:id`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Satu periode asesmen non-tes",
    params: ParamsPeriode,
    response: SkemaPeriode,
    handler: async (ctx) => {
      const p = await bacaPeriode(ctx.db, ctx.params.instansiId, ctx.params.id);
      if (!p) throw galat(404, "BUKAN_SASARAN");
      return p;
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/:id/penugasan`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Siapa menilai siapa (berhalaman)",
    params: ParamsPeriode,
    query: KueriPenugasan,
    response: skemaDaftar(SkemaPenugasan),
    handler: async (ctx) => {
      await periodeAtau404(ctx.db, ctx.params.instansiId, ctx.params.id);
      let q = penugasanQ(ctx.db, ctx.params.instansiId, ctx.params.id);
      if (ctx.query.pegawaiId) q = q.where("t.pegawai_id", "=", ctx.query.pegawaiId);
      const h = await ambilHalaman(ctx.db, q, ctx.query);
      return { ...h, items: h.items.map(penugasanApi) };
    },
  }),
  defineRoute({
    method: "POST",
    url: `${P}/:id/penugasan`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Menambah penilai untuk seorang pegawai",
    aksi: "nontes.penugasan.tambah",
    params: ParamsPeriode,
    body: SkemaTambahTugas,
    response: z.object({ id: z.uuid() }),
    status: 201,
    handler: async (ctx) => {
      const id = await tambahTugas(ctx.db, ctx.params.instansiId, ctx.params.id, ctx.body);
      ctx.audit({ objekJenis: "tugas_penilai", objekId: id });
      return { id };
    },
  }),
  defineRoute({
    method: "DELETE",
    url: `${P}/:id/penugasan/:tugasId`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Menghapus penugasan penilai (selama belum mengirim penilaian)",
    aksi: "nontes.penugasan.hapus",
    params: ParamsTugasPeriode,
    handler: async (ctx) => {
      await hapusTugas(ctx.db, ctx.params.instansiId, ctx.params.id, ctx.params.tugasId);
      ctx.audit({ objekJenis: "tugas_penilai", objekId: ctx.params.tugasId });
    },
  }),
  ubahStatus("dibuka"),
  ubahStatus("ditutup"),
  defineRoute({
    method: "POST",
    url: `${P}/:id/koreksi`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Menjalankan koreksi penilai (model Rasch multi-faset) sebagai job",
    aksi: "nontes.koreksi",
    params: ParamsPeriode,
    response: SkemaJob,
    status: 201,
    handler: async (ctx) => {
      await periodeAtau404(ctx.db, ctx.params.instansiId, ctx.params.id);
      const ada = await ctx.db
        .selectFrom("tugas_penilai")
        .select("id")
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("periode_id", "=", ctx.params.id)
        .where("dikirim", "is not", null)
        .limit(1)
        .executeTakeFirst();
      if (!ada) throw galat(409, "BELUM_ADA_PENILAIAN");
      const jobId = await antrekanJob(ctx.db, {
        jenis: "nontes.koreksi",
        instansiId: ctx.params.instansiId,
        muatan: { periodeId: ctx.params.id },
      });
      ctx.audit({ objekJenis: "periode_nontes", objekId: ctx.params.id, rincian: { jobId } });
      return { jobId };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/:id/penilai`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Laporan penilai: keparahan dengan SE, infit/outfit, halo, tendensi sentral, kesepakatan",
    aksi: "nontes.laporan_penilai.baca",
    params: ParamsPeriode,
    response: SkemaLaporanPenilai,
    handler: async (ctx) => {
      await periodeAtau404(ctx.db, ctx.params.instansiId, ctx.params.id);
      const k = await ctx.db
        .selectFrom("kalibrasi_nontes")
        .select(["laporan", "dihitung"])
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("periode_id", "=", ctx.params.id)
        .executeTakeFirst();
      ctx.audit({ objekJenis: "periode_nontes", objekId: ctx.params.id });
      const l = (
        k ? (typeof k.laporan === "string" ? JSON.parse(k.laporan) : k.laporan) : null
      ) as LaporanKoreksi | null;
      const nama = new Map(
        (l?.penilai.length
          ? await ctx.db
              .selectFrom("pegawai")
              .select(["id", "nama"])
              .where("instansi_id", "=", ctx.params.instansiId)
              .where(
                "id",
                "in",
                l.penilai.map((p) => p.id),
              )
              .execute()
          : []
        ).map((p) => [p.id, p.nama]),
      );
      return {
        periodeId: ctx.params.id,
        dihitung: isoWaktuAtauNull(k?.dihitung),
        galat: l?.galat ?? null,
        konvergen: l?.konvergen ?? null,
        terhubung: l?.terhubung ?? null,
        reliabilitas: l?.reliabilitas ?? null,
        kesepakatan: l?.kesepakatan ?? null,
        aturan: l?.aturan ?? null,
        penilai: (l?.penilai ?? [])
          .map((p) => ({ ...p, nama: nama.get(p.id) ?? "?" }))
          .sort((a, b) => b.keparahan - a.keparahan),
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/:id/hasil`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Hasil non-tes per pegawai dengan level gabungan dan sumbernya (pembacaan dicatat)",
    aksi: "hasil_nontes.baca_daftar",
    params: ParamsPeriode,
    query: z.strictObject({ ...KueriHalaman.shape, tinjauan: z.enum(["menunggu", "selesai"]).optional() }),
    response: skemaDaftar(SkemaHasilDaftar),
    handler: async (ctx) => {
      await periodeAtau404(ctx.db, ctx.params.instansiId, ctx.params.id);
      let q = hasilQ(ctx.db, ctx.params.instansiId, ctx.params.id);
      if (ctx.query.tinjauan) q = q.where("h.tinjauan", "=", ctx.query.tinjauan);
      const h = await ambilHalaman(ctx.db, q, ctx.query);
      ctx.audit({
        objekJenis: "periode_nontes",
        objekId: ctx.params.id,
        rincian: { pegawai: h.items.map((r) => r.pegawai_id) },
      });
      return { ...h, items: h.items.map((r) => ({ ...hasilApi(r), nama: r.nama })) };
    },
  }),
  defineRoute({
    method: "POST",
    url: `${P}/:id/tinjauan/:pegawaiId`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Memutus tinjauan: level akhir yang ditetapkan tim beserta alasannya",
    aksi: "nontes.tinjauan.putus",
    params: ParamsTinjauan,
    body: SkemaPutusTinjauan,
    handler: async (ctx) => {
      await putusTinjauan(
        ctx.db,
        ctx.params.instansiId,
        ctx.params.id,
        ctx.params.pegawaiId,
        ctx.body.level,
        ctx.body.catatan,
      );
      ctx.audit({
        objekJenis: "hasil_nontes",
        objekId: ctx.params.pegawaiId,
        rincian: { level: ctx.body.level },
      });
    },
  }),
]);
