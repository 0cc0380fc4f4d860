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
import { sql } from "kysely";
import { z } from "zod";
import { loadConfig } from "../../config.ts";
import { defineRoute, type KonteksRute } from "../../http/route.ts";
import { antrekanJob, type JobHandler } from "../../jobs/queue.ts";
import { skemaDaftar, skemaHalaman, teksOpsional } from "../halaman.ts";
import { denganBatasTebak } from "./batas-tebak.ts";
import {
  aktifkanKampanye,
  bacaKampanye,
  batalkanKampanye,
  buatKampanye,
  buatTokenPeserta,
  daftarFormulir,
  daftarKampanye,
  daftarPeserta,
  MAKS_TOKEN,
  SkemaBuat,
  SkemaKampanye,
  SkemaMintaToken,
  SkemaPeserta,
  SkemaUbah,
  tambahPesertaBaru,
  ubahKampanye,
} from "./kampanye.ts";
import { galat } from "./pesan.ts";
import { hashToken, normalkanToken } from "./token.ts";
import {
  type Identitas,
  keadaanUjian,
  kirimUjian,
  mulaiUjian,
  type RefPeserta,
  simpanJawaban,
} from "./ujian.ts";
import { JOB_UNDANGAN, kirimUndangan } from "./undangan.ts";

const KELOLA = ["tim_supervisi", "admin_instansi"] as const;
const BACA = ["tim_supervisi", "admin_instansi", "pimpinan", "ppk"] as const;
const TAG = "asesmen";
const idParams = z.strictObject({ id: z.uuid() });

/** Header carrying the one-time token (kept out of the URL, so it never reaches access logs). */
export const HEADER_TOKEN = "x-token-ujian";

const SkemaKeadaan = z.object({
  pesertaId: z.uuid(),
  kampanye: z.object({
    id: z.uuid(),
    nama: z.string(),
    tujuan: z.enum(["awal", "berkala", "akhir"]),
    dibuka: z.string(),
    ditutup: z.string(),
    batasMenit: z.number().nullable(),
    teksPersetujuan: z.string().nullable(),
  }),
  status: z.enum(["belum_dibuka", "siap", "berjalan", "waktu_habis", "ditutup", "selesai", "dibatalkan"]),
  sekarang: z.string(),
  mulai: z.string().nullable(),
  batas: z.string().nullable(),
  selesai: z.string().nullable(),
  persetujuan: z.string().nullable(),
  jumlahBlok: z.number(),
  blok: z.array(
    z.object({ id: z.string(), pernyataan: z.array(z.object({ id: z.string(), teks: z.string() })) }),
  ),
  jawaban: z.array(
    z.object({
      blok: z.string(),
      palingSesuai: z.string(),
      palingTidakSesuai: z.string(),
      urutanKlien: z.number(),
      detik: z.number().nullable(),
      perubahan: z.number(),
    }),
  ),
});

const SkemaJawaban = z.strictObject({
  blok: z.string().min(1).max(60),
  palingSesuai: z.string().min(1).max(60),
  palingTidakSesuai: z.string().min(1).max(60),
  /** The client's counter for this participation: a save applies only above the stored number. */
  urutanKlien: z.number().int().min(0).max(2_147_483_647),
  detik: z.number().min(0).max(86_400).nullable().optional(),
  perubahan: z.number().int().min(0).max(10_000).nullable().optional(),
});
const SkemaHasilSimpan = z.object({ blok: z.string(), urutanKlien: z.number(), diterapkan: z.boolean() });
const SkemaMulai = z.strictObject({ setuju: z.boolean().default(false) });

/** The token holder's identity from the request header (unknown or malformed → 404). */
function identitasToken(ctx: KonteksRute<unknown, unknown, unknown>): Identitas {
  const h = ctx.req.headers[HEADER_TOKEN];
  const kanonik = typeof h === "string" ? normalkanToken(h) : null;
  if (!kanonik) throw galat(404, "TOKEN_TIDAK_DIKENAL");
  return { jenis: "token", hash: hashToken(kanonik) };
}

/** A logged-in employee naming one of their participations. */
function identitasPengguna(
  ctx: KonteksRute<{ instansiId: string; id: string }, unknown, unknown>,
): Identitas {
  return {
    jenis: "pengguna",
    penggunaId: ctx.sesi?.pengguna.id ?? "",
    instansiId: ctx.params.instansiId,
    pesertaId: ctx.params.id,
  };
}

const auditPeserta = (ctx: { audit: KonteksRute<unknown, unknown, unknown>["audit"] }, pesertaId: string) =>
  ctx.audit({ objekJenis: "peserta_asesmen", objekId: pesertaId });

/** An answer save's audit entry, written with the answer (RouteDef `transaksiSendiri`). */
const auditJawaban = (
  ctx: Pick<KonteksRute<unknown, unknown, unknown>, "audit" | "entriAudit" | "auditTertulis">,
) => ({
  entri: (ref: RefPeserta) => {
    ctx.audit({ instansiId: ref.instansiId, objekJenis: "peserta_asesmen", objekId: ref.pesertaId });
    return ctx.entriAudit();
  },
  tertulis: ctx.auditTertulis,
});

const SkemaStatusUndangan = z.object({
  smtp: z.boolean(),
  job: z
    .object({
      id: z.uuid(),
      status: z.enum(["antre", "berjalan", "selesai", "gagal", "dibatalkan"]),
      progres: z.object({ selesai: z.number(), total: z.number() }),
      hasil: z.unknown(),
    })
    .nullable(),
  undangan: SkemaKampanye.shape.progres.shape.undangan,
});

const ruteKampanye = [
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
];

async function statusUndangan(
  ctx: {
    db: KonteksRute<unknown, unknown, unknown>["db"];
    config: KonteksRute<unknown, unknown, unknown>["config"];
  },
  instansiId: string,
  kampanyeId: string,
) {
  const job = await ctx.db
    .selectFrom("job")
    .select(["id", "status", "progres_selesai", "progres_total", "hasil"])
    .where("instansi_id", "=", instansiId)
    .where("jenis", "=", JOB_UNDANGAN)
    .where(sql<boolean>`muatan->>'kampanyeId' = ${kampanyeId}`)
    .orderBy("dibuat", "desc")
    .limit(1)
    .executeTakeFirst();
  const k = await bacaKampanye(ctx.db, instansiId, kampanyeId);
  return {
    smtp: ctx.config.smtp !== null,
    job: job
      ? {
          id: job.id,
          status: job.status,
          progres: {
            selesai: job.progres_selesai,
            total: Math.max(job.progres_total ?? 0, job.progres_selesai),
          },
          hasil: job.hasil ?? null,
        }
      : null,
    undangan: k.progres.undangan,
  };
}

const SkemaAsesmenSaya = z.object({
  pesertaId: z.uuid(),
  kampanye: z.object({
    id: z.uuid(),
    nama: z.string(),
    tujuan: z.enum(["awal", "berkala", "akhir"]),
    dibuka: z.string(),
    ditutup: z.string(),
    batasMenit: z.number().nullable(),
    status: z.enum(["draf", "aktif", "dibatalkan"]),
  }),
  mulai: z.string().nullable(),
  batas: z.string().nullable(),
  selesai: z.string().nullable(),
  dijawab: z.number(),
  jumlahBlok: z.number(),
});

const PEGAWAI = ["pegawai"] as const;

const ruteSaya = [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/asesmen-saya",
    akses: PEGAWAI,
    tag: TAG,
    ringkasan: "Asesmen saya: kampanye yang mengundang pegawai yang tertaut ke akun ini",
    response: z.array(SkemaAsesmenSaya),
    handler: async (ctx) => {
      const r = await sql<{
        id: string;
        kampanye_id: string;
        nama: string;
        tujuan: "awal" | "berkala" | "akhir";
        dibuka: Date;
        ditutup: Date;
        batas_menit: number | null;
        status: "draf" | "aktif" | "dibatalkan";
        mulai: Date | null;
        batas: Date | null;
        selesai: Date | null;
        dijawab: number;
        jumlah_blok: number;
      }>`
        select p.id, p.kampanye_id, k.nama, k.tujuan, k.dibuka, k.ditutup, k.batas_menit, k.status,
          p.mulai, p.batas, p.selesai,
          (select count(*)::int from jawaban_asesmen j where j.instansi_id = p.instansi_id and j.peserta_id = p.id) as dijawab,
          jsonb_array_length(k.formulir->'formulir'->'blok') as jumlah_blok
        from pengguna g
        join peserta_asesmen p on p.instansi_id = g.pegawai_instansi_id and p.pegawai_id = g.pegawai_id
        join kampanye_asesmen k on k.instansi_id = p.instansi_id and k.id = p.kampanye_id
        where g.id = ${ctx.sesi?.pengguna.id ?? null} and g.pegawai_instansi_id = ${ctx.params.instansiId}
        order by k.dibuka desc
        limit 200`.execute(ctx.db);
      const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
      return r.rows.map((x) => ({
        pesertaId: x.id,
        kampanye: {
          id: x.kampanye_id,
          nama: x.nama,
          tujuan: x.tujuan,
          dibuka: new Date(x.dibuka).toISOString(),
          ditutup: new Date(x.ditutup).toISOString(),
          batasMenit: x.batas_menit,
          status: x.status,
        },
        mulai: iso(x.mulai),
        batas: iso(x.batas),
        selesai: iso(x.selesai),
        dijawab: x.dijawab,
        jumlahBlok: x.jumlah_blok,
      }));
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/asesmen-saya/:id",
    akses: PEGAWAI,
    tag: TAG,
    ringkasan: "Keadaan ujian saya: blok dalam urutan pribadi, jawaban sejauh ini, batas waktu server",
    bacaPribadi: "peserta_asesmen",
    params: idParams,
    response: SkemaKeadaan,
    handler: async (ctx) => keadaanUjian(ctx.db, identitasPengguna(ctx)),
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/asesmen-saya/:id/mulai",
    akses: PEGAWAI,
    tag: TAG,
    ringkasan: "Memulai ujian (mencatat persetujuan bila ada teks persetujuan)",
    aksi: "asesmen.ujian.mulai",
    params: idParams,
    body: SkemaMulai,
    response: SkemaKeadaan,
    handler: async (ctx) => {
      auditPeserta(ctx, ctx.params.id);
      return mulaiUjian(ctx.db, identitasPengguna(ctx), ctx.body.setuju);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/asesmen-saya/:id/jawaban",
    akses: PEGAWAI,
    tag: TAG,
    ringkasan: "Menyimpan satu jawaban blok (idempoten, berurutan menurut urutanKlien)",
    aksi: "asesmen.ujian.jawab",
    params: idParams,
    body: SkemaJawaban,
    response: SkemaHasilSimpan,
    transaksiSendiri: true,
    handler: async (ctx) => {
      const { pesertaId: _, ...hasil } = await simpanJawaban(
        ctx.db,
        identitasPengguna(ctx),
        ctx.body,
        auditJawaban(ctx),
      );
      return hasil;
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/asesmen-saya/:id/kirim",
    akses: PEGAWAI,
    tag: TAG,
    ringkasan: "Mengirim final (semua blok harus terjawab; setelahnya tidak ada yang berubah)",
    aksi: "asesmen.ujian.kirim",
    params: idParams,
    response: SkemaKeadaan,
    handler: async (ctx) => {
      auditPeserta(ctx, ctx.params.id);
      return kirimUjian(ctx.db, identitasPengguna(ctx));
    },
  }),
];

const rutePublik = [
  defineRoute({
    method: "GET",
    url: "/api/ujian",
    akses: "publik",
    tag: TAG,
    ringkasan: `Keadaan ujian pemegang token (token di header ${HEADER_TOKEN})`,
    aksi: "asesmen.ujian.baca",
    response: SkemaKeadaan,
    handler: async (ctx) =>
      denganBatasTebak(ctx, async () => {
        const k = await keadaanUjian(ctx.db, identitasToken(ctx));
        auditPeserta(ctx, k.pesertaId);
        ctx.reply.header("cache-control", "no-store");
        return k;
      }),
  }),

  defineRoute({
    method: "POST",
    url: "/api/ujian/mulai",
    akses: "publik",
    tag: TAG,
    ringkasan: "Memulai ujian pemegang token",
    aksi: "asesmen.ujian.mulai",
    body: SkemaMulai,
    response: SkemaKeadaan,
    handler: async (ctx) =>
      denganBatasTebak(ctx, async () => {
        const k = await mulaiUjian(ctx.db, identitasToken(ctx), ctx.body.setuju);
        auditPeserta(ctx, k.pesertaId);
        return k;
      }),
  }),

  defineRoute({
    method: "POST",
    url: "/api/ujian/jawaban",
    akses: "publik",
    tag: TAG,
    ringkasan: "Menyimpan satu jawaban blok pemegang token (idempoten, berurutan)",
    aksi: "asesmen.ujian.jawab",
    body: SkemaJawaban,
    response: SkemaHasilSimpan,
    transaksiSendiri: true,
    handler: async (ctx) =>
      denganBatasTebak(
        ctx,
        async (pagar) => {
          const { pesertaId: _, ...hasil } = await simpanJawaban(
            ctx.db,
            identitasToken(ctx),
            ctx.body,
            auditJawaban(ctx),
            pagar,
          );
          return hasil;
        },
        { diperiksaKerja: true },
      ),
  }),

  defineRoute({
    method: "POST",
    url: "/api/ujian/kirim",
    akses: "publik",
    tag: TAG,
    ringkasan: "Mengirim final jawaban pemegang token",
    aksi: "asesmen.ujian.kirim",
    response: SkemaKeadaan,
    handler: async (ctx) =>
      denganBatasTebak(ctx, async () => {
        const k = await kirimUjian(ctx.db, identitasToken(ctx));
        auditPeserta(ctx, k.pesertaId);
        return k;
      }),
  }),
];

export const routes = [...ruteKampanye, ...ruteSaya, ...rutePublik];

export const jobs: Record<string, JobHandler> = {
  [JOB_UNDANGAN]: async (job, ctx) => {
    const m = job.muatan as { kampanyeId?: string; pesertaIds?: string[] };
    if (!job.instansi_id || !m.kampanyeId) throw new Error("muatan job undangan tidak lengkap");
    // Workers run in the server process with its environment (docs/server.md).
    return kirimUndangan(
      ctx.db,
      job.instansi_id,
      m.kampanyeId,
      loadConfig().smtp,
      ctx.progres,
      m.pesertaIds,
      ctx.signal,
    );
  },
};
