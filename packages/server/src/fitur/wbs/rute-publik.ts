/**
 * The reporter's side of the whistleblowing system (docs/wbs.md
 * "Contract"), open without login at `/wbs/<agency code>`. Public routes are
 * not agency-scoped (no RLS fence, no session): every query names the agency
 * by its code. Abuse protection as for the public survey (umum/bukti-kerja.ts):
 * a signed, once-only proof-of-work challenge for a new report, and an hourly
 * limit per client address counted under an HMAC. No address, user agent or
 * time of day is kept (`tanpaAlamat`; dates only), and the audit entries of
 * the reporter's writes name neither the report nor its ticket.
 */
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { buatTantangan, KESULITAN_BAWAAN, periksaKerja } from "../../umum/bukti-kerja.ts";
import {
  batasiAlamat,
  bukaLaporan,
  daftarPengelola,
  instansiPublik,
  lapor,
  laporanPelapor,
  rahasiaPublik,
  tambahPesan,
} from "./layanan.ts";
import { galatWbs } from "./pesan.ts";
import { muatCincin } from "./sandi.ts";
import {
  BATAS_WBS,
  BodyLapor,
  BodyPesan,
  JawabanFormulir,
  JawabanLapor,
  JawabanTiket,
  ParamPublik,
  ParamTiket,
} from "./skema.ts";

const kodeDari = (h: string | string[] | undefined) => (Array.isArray(h) ? h[0] : h);

export const rutePublik = grupRute("/api/publik/wbs", [
  defineRoute({
    method: "GET",
    url: "/api/publik/wbs/:kodeInstansi",
    akses: "publik",
    tanpaAlamat: true,
    tag: "wbs-publik",
    ringkasan:
      "Saluran pengaduan (WBS) sebuah instansi: tantangan proof-of-work, pengelola yang dapat dikecualikan, batas isian (tanpa login)",
    params: ParamPublik,
    response: JawabanFormulir,
    handler: async (ctx) => {
      const i = await instansiPublik(ctx.db, ctx.params.kodeInstansi);
      const rahasia = await rahasiaPublik(ctx.db);
      ctx.reply.header("cache-control", "no-store");
      return {
        instansi: { kode: i.kode, nama: i.nama },
        tantangan: buatTantangan(rahasia, i.kode, Date.now()),
        pengelola: await daftarPengelola(ctx.db, i.id),
        batas: {
          judul: BATAS_WBS.judul,
          isi: BATAS_WBS.isi,
          pesan: BATAS_WBS.pesan,
          lampiran: BATAS_WBS.lampiran,
          ukuranLampiran: BATAS_WBS.ukuranLampiran,
        },
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/publik/wbs/:kodeInstansi",
    akses: "publik",
    tanpaAlamat: true,
    tag: "wbs-publik",
    ringkasan:
      "Mengirim laporan WBS (anonim): tantangan + nonce proof-of-work; jawaban nomor tiket dan kode rahasia (ditampilkan sekali)",
    aksi: "wbs.lapor",
    params: ParamPublik,
    body: BodyLapor,
    response: JawabanLapor,
    status: 201,
    bodyLimit: 9 * 1024 * 1024,
    handler: async (ctx) => {
      const i = await instansiPublik(ctx.db, ctx.params.kodeInstansi);
      const rahasia = await rahasiaPublik(ctx.db);
      const b = ctx.body;
      const cek = periksaKerja(rahasia, i.kode, b.tantangan, b.nonce, Date.now(), KESULITAN_BAWAAN);
      if (!cek.ok) throw galatWbs(400, "TANTANGAN_TIDAK_SAH");
      await batasiAlamat(ctx.db, rahasia, ctx.req.ip ?? "");
      await ctx.db.deleteFrom("survei_tantangan_terpakai").where("kedaluwarsa", "<", new Date()).execute();
      const pakai = await ctx.db
        .insertInto("survei_tantangan_terpakai")
        .values({ hash: cek.hash, kedaluwarsa: cek.kedaluwarsa })
        .onConflict((oc) => oc.column("hash").doNothing())
        .returning("hash")
        .executeTakeFirst();
      if (!pakai) throw galatWbs(409, "TANTANGAN_TERPAKAI");
      const r = await lapor(ctx.db, muatCincin(ctx.config.dataDir), i.id, b);
      // the entry records that a report came in, not which one (nothing ties a time to a ticket)
      ctx.audit({ instansiId: i.id, objekJenis: "wbs_laporan" });
      ctx.reply.header("cache-control", "no-store");
      return { nomorTiket: r.nomorTiket, kodeRahasia: r.kodeRahasia };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/publik/wbs/:kodeInstansi/:nomorTiket",
    akses: "publik",
    tanpaAlamat: true,
    tag: "wbs-publik",
    ringkasan:
      "Pelapor membaca status dan dialog laporannya (header x-kode-rahasia); kode salah, kosong atau tiket tak dikenal: 404 yang sama",
    params: ParamTiket,
    response: JawabanTiket,
    handler: async (ctx) => {
      const i = await instansiPublik(ctx.db, ctx.params.kodeInstansi);
      const rahasia = await rahasiaPublik(ctx.db);
      const l = await laporanPelapor(
        ctx.db,
        i.id,
        ctx.params.nomorTiket,
        kodeDari(ctx.req.headers["x-kode-rahasia"]),
        () => batasiAlamat(ctx.db, rahasia, ctx.req.ip ?? ""),
      );
      const d = await bukaLaporan(ctx.db, muatCincin(ctx.config.dataDir), i.id, l);
      ctx.reply.header("cache-control", "no-store");
      return {
        nomorTiket: d.nomorTiket,
        status: d.status,
        hasil: d.hasil,
        tanggal: d.tanggal,
        tanggalDitutup: d.tanggalDitutup,
        judul: d.judul,
        isi: d.isi,
        lampiran: d.lampiran.map(({ nama, jenis, ukuran }) => ({ nama, jenis, ukuran })),
        pesan: d.pesan.map(({ dari, tanggal, isi }) => ({ dari, tanggal, isi })),
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/publik/wbs/:kodeInstansi/:nomorTiket/pesan",
    akses: "publik",
    tanpaAlamat: true,
    tag: "wbs-publik",
    ringkasan: "Pelapor menambah keterangan atau menjawab pertanyaan pengelola (header x-kode-rahasia)",
    aksi: "wbs.pesan_pelapor",
    params: ParamTiket,
    body: BodyPesan,
    response: JawabanTiket.pick({ status: true }),
    status: 201,
    bodyLimit: 32 * 1024,
    handler: async (ctx) => {
      const i = await instansiPublik(ctx.db, ctx.params.kodeInstansi);
      const rahasia = await rahasiaPublik(ctx.db);
      await batasiAlamat(ctx.db, rahasia, ctx.req.ip ?? "");
      const l = await laporanPelapor(
        ctx.db,
        i.id,
        ctx.params.nomorTiket,
        kodeDari(ctx.req.headers["x-kode-rahasia"]),
        async () => {},
      );
      if (l.status === "ditutup") throw galatWbs(409, "SUDAH_DITUTUP");
      await tambahPesan(ctx.db, muatCincin(ctx.config.dataDir), l, "pelapor", null, ctx.body.isi);
      ctx.audit({ instansiId: i.id, objekJenis: "wbs_pesan" });
      return { status: l.status };
    },
  }),
]);
