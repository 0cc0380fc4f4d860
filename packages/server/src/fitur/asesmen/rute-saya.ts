/** An employee's own assessments: list, start with consent, answer, submit. */
import { sql } from "kysely";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { auditJawaban, auditPeserta, identitasPengguna } from "./layanan.ts";
import {
  idParams,
  PEGAWAI,
  SkemaAsesmenSaya,
  SkemaHasilSimpan,
  SkemaJawaban,
  SkemaKeadaan,
  SkemaMulai,
  TAG,
} from "./skema.ts";
import { keadaanUjian, kirimUjian, mulaiUjian, simpanJawaban } from "./ujian.ts";

export const ruteSaya = grupRute("/api/instansi/:instansiId/asesmen-saya", [
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
        uji_coba: boolean;
        mulai: Date | null;
        batas: Date | null;
        selesai: Date | null;
        dijawab: number;
        jumlah_blok: number;
      }>`
        select p.id, p.kampanye_id, k.nama, k.tujuan, k.dibuka, k.ditutup, k.batas_menit, k.status, k.uji_coba,
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
          ujiCoba: x.uji_coba,
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
      return mulaiUjian(ctx.db, identitasPengguna(ctx), ctx.body.setuju, ctx.body.bahasa);
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
]);
