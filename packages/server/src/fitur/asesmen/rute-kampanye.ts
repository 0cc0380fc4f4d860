/**
 * Assessment campaigns and forced-choice test delivery (docs/asesmen.md;
 * regulation BAB III.B.3 "Format Penilaian dengan Tes", Tabel 3 no. 3).
 *
 * - `/api/instansi/:instansiId/asesmen/...`: campaigns (supervision team and
 *   agency admin manage; leaders and PPK read), participants, invitations, tokens.
 * - `/api/instansi/:instansiId/asesmen-saya/...`: a logged-in employee's own tests.
 * - `/api/ujian/...`: the same test for the holder of a one-time token, without
 *   login. These routes are not agency-scoped: every query is fenced by the
 *   token's participant and instansi (ujian.ts).
 */
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { antrekanJob } from "../../jobs/queue.ts";
import { skemaDaftar, skemaHalaman, teksOpsional } from "../../umum/halaman.ts";
import {
  aktifkanKampanye,
  bacaKampanye,
  batalkanKampanye,
  buatKampanye,
  daftarFormulir,
  daftarKampanye,
  tambahPesertaBaru,
  ubahKampanye,
} from "./kampanye.ts";
import { statusUndangan } from "./layanan.ts";
import { galat } from "./pesan.ts";
import { buatTokenPeserta, daftarPeserta, MAKS_TOKEN, SkemaMintaToken, SkemaPeserta } from "./peserta.ts";
import { BACA, idParams, KELOLA, SkemaStatusUndangan, TAG } from "./skema.ts";
import { SkemaBuat, SkemaKampanye, SkemaUbah } from "./skema-kampanye.ts";
import { JOB_UNDANGAN, kirimUndangan } from "./undangan.ts";

export const ruteKampanye = grupRute("/api/instansi/:instansiId/asesmen", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/asesmen/formulir",
    akses: BACA,
    tag: TAG,
    ringkasan: "Formulir yang boleh dipakai kampanye (terbit)",
    response: z.array(
      z.object({
        id: z.string(),
        nama: z.object({ id: z.string(), en: z.string() }),
        jenis: z.string(),
        versi: z.string(),
        bankVersi: z.string(),
        jumlahBlok: z.number(),
      }),
    ),
    handler: async (ctx) => daftarFormulir(ctx.db),
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/asesmen/kampanye",
    akses: BACA,
    tag: TAG,
    ringkasan: "Daftar kampanye asesmen dengan progres partisipasi (berhalaman)",
    query: z.strictObject({
      status: z
        .enum(["draf", "aktif", "dibatalkan", ""])
        .optional()
        .transform((v) => v || undefined),
      ...skemaHalaman,
    }),
    response: skemaDaftar(SkemaKampanye),
    handler: async (ctx) => daftarKampanye(ctx.db, ctx.params.instansiId, ctx.query),
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/asesmen/kampanye",
    akses: KELOLA,
    tag: TAG,
    ringkasan: "Membuat kampanye asesmen (draf); formulir dipotret dari formulir terbit",
    aksi: "asesmen.kampanye.buat",
    body: SkemaBuat,
    bodyLimit: 4 * 1024 * 1024,
    response: SkemaKampanye,
    status: 201,
    handler: async (ctx) => {
      const id = await buatKampanye(ctx.db, ctx.params.instansiId, ctx.body, ctx.sesi?.pengguna.id ?? null);
      ctx.audit({ objekJenis: "kampanye_asesmen", objekId: id, rincian: { formulir: ctx.body.formulirId } });
      return bacaKampanye(ctx.db, ctx.params.instansiId, id);
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/asesmen/kampanye/:id",
    akses: BACA,
    tag: TAG,
    ringkasan: "Rincian kampanye dan progres partisipasi",
    params: idParams,
    response: SkemaKampanye,
    handler: async (ctx) => bacaKampanye(ctx.db, ctx.params.instansiId, ctx.params.id),
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/asesmen/kampanye/:id",
    akses: KELOLA,
    tag: TAG,
    ringkasan: "Mengubah kampanye (draf: semua; aktif: nama dan perpanjangan tanggal tutup)",
    aksi: "asesmen.kampanye.ubah",
    params: idParams,
    body: SkemaUbah,
    bodyLimit: 4 * 1024 * 1024,
    response: SkemaKampanye,
    handler: async (ctx) => {
      const kolom = await ubahKampanye(ctx.db, ctx.params.instansiId, ctx.params.id, ctx.body);
      ctx.audit({ objekJenis: "kampanye_asesmen", rincian: { kolom } });
      return bacaKampanye(ctx.db, ctx.params.instansiId, ctx.params.id);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/asesmen/kampanye/:id/aktifkan",
    akses: KELOLA,
    tag: TAG,
    ringkasan: "Mengaktifkan kampanye: pegawai aktif dalam populasi menjadi peserta (formulir terkunci)",
    aksi: "asesmen.kampanye.aktifkan",
    params: idParams,
    response: SkemaKampanye,
    handler: async (ctx) => {
      const n = await aktifkanKampanye(ctx.db, ctx.params.instansiId, ctx.params.id);
      ctx.audit({ objekJenis: "kampanye_asesmen", rincian: { peserta: n } });
      return bacaKampanye(ctx.db, ctx.params.instansiId, ctx.params.id);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/asesmen/kampanye/:id/batalkan",
    akses: KELOLA,
    tag: TAG,
    ringkasan: "Membatalkan kampanye (jawaban yang ada tetap tersimpan, tidak ada jawaban baru)",
    aksi: "asesmen.kampanye.batalkan",
    params: idParams,
    response: SkemaKampanye,
    handler: async (ctx) => {
      await batalkanKampanye(ctx.db, ctx.params.instansiId, ctx.params.id);
      ctx.audit({ objekJenis: "kampanye_asesmen" });
      return bacaKampanye(ctx.db, ctx.params.instansiId, ctx.params.id);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/asesmen/kampanye/:id/peserta-baru",
    akses: KELOLA,
    tag: TAG,
    ringkasan:
      "Menambahkan pegawai aktif yang kini masuk populasi kampanye aktif tetapi belum menjadi peserta (idempoten), lalu mengundang mereka",
    aksi: "asesmen.kampanye.tambah_peserta",
    params: idParams,
    response: z.object({
      ditambahkan: z.number(),
      pesertaIds: z.array(z.uuid()),
      /** New participants whose way in is a printed token (no email address, or no SMTP). */
      tanpaEmailIds: z.array(z.uuid()),
      undangan: SkemaStatusUndangan,
    }),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const b = await tambahPesertaBaru(ctx.db, instansiId, id);
      const smtp = ctx.config.smtp !== null;
      if (b.ditambahkan > 0) {
        // Invited as the "send invitations" action does, but only the new participants.
        if (!smtp) await kirimUndangan(ctx.db, instansiId, id, null, async () => {}, b.pesertaIds);
        else
          await antrekanJob(ctx.db, {
            jenis: JOB_UNDANGAN,
            instansiId,
            muatan: { kampanyeId: id, pesertaIds: b.pesertaIds },
          });
      }
      ctx.audit({ objekJenis: "kampanye_asesmen", rincian: { ditambahkan: b.ditambahkan, smtp } });
      return {
        ...b,
        tanpaEmailIds: smtp ? b.tanpaEmailIds : b.pesertaIds,
        undangan: await statusUndangan(ctx, instansiId, id),
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/asesmen/kampanye/:id/peserta",
    akses: BACA,
    tag: TAG,
    ringkasan: "Peserta kampanye: status undangan, mulai, selesai, jumlah blok dijawab (berhalaman)",
    params: idParams,
    query: z.strictObject({ q: teksOpsional(100), ...skemaHalaman }),
    response: skemaDaftar(SkemaPeserta),
    handler: async (ctx) => {
      await bacaKampanye(ctx.db, ctx.params.instansiId, ctx.params.id);
      return daftarPeserta(ctx.db, ctx.params.instansiId, ctx.params.id, ctx.query);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/asesmen/kampanye/:id/undangan",
    akses: KELOLA,
    tag: TAG,
    ringkasan:
      "Mengirim undangan email (pekerjaan latar belakang) ke peserta yang belum diundang atau gagal; tanpa SMTP semua ditandai tanpa_email",
    aksi: "asesmen.undangan.kirim",
    params: idParams,
    response: SkemaStatusUndangan,
    status: 202,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const k = await bacaKampanye(ctx.db, instansiId, id);
      if (k.status !== "aktif") throw galat(409, "KAMPANYE_BUKAN_AKTIF", { status: k.status });
      if (!ctx.config.smtp) {
        await kirimUndangan(ctx.db, instansiId, id, null, async () => {});
      } else {
        await antrekanJob(ctx.db, { jenis: JOB_UNDANGAN, instansiId, muatan: { kampanyeId: id } });
      }
      ctx.audit({ objekJenis: "kampanye_asesmen", rincian: { smtp: ctx.config.smtp !== null } });
      return statusUndangan(ctx, instansiId, id);
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/asesmen/kampanye/:id/undangan",
    akses: BACA,
    tag: TAG,
    ringkasan: "Status pengiriman undangan (progres pekerjaan terakhir) dan rekap status undangan",
    params: idParams,
    response: SkemaStatusUndangan,
    handler: async (ctx) => {
      await bacaKampanye(ctx.db, ctx.params.instansiId, ctx.params.id);
      return statusUndangan(ctx, ctx.params.instansiId, ctx.params.id);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/asesmen/kampanye/:id/token",
    akses: KELOLA,
    tag: TAG,
    ringkasan: `Membuat token sekali pakai untuk dicetak (ditampilkan sekali; hanya hash yang disimpan; token lama tidak berlaku; maks. ${MAKS_TOKEN})`,
    aksi: "asesmen.token.buat",
    params: idParams,
    body: SkemaMintaToken,
    response: z.object({
      kampanye: z.object({ nama: z.string(), dibuka: z.string(), ditutup: z.string() }),
      items: z.array(
        z.object({
          pesertaId: z.uuid(),
          nip: z.string(),
          nama: z.string(),
          unitNama: z.string().nullable(),
          token: z.string(),
        }),
      ),
    }),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const items = await buatTokenPeserta(ctx.db, instansiId, id, ctx.body);
      const k = await bacaKampanye(ctx.db, instansiId, id);
      ctx.audit({
        objekJenis: "kampanye_asesmen",
        rincian: { jumlah: items.length, sasaran: ctx.body.sasaran },
      });
      ctx.reply.header("cache-control", "no-store");
      return { kampanye: { nama: k.nama, dibuka: k.dibuka, ditutup: k.ditutup }, items };
    },
  }),
]);
