/** Sub-stage checklists with evidence and their verification (BAB III.B.2 a–d), and the maturity-stage guide (Tabel 5–8) with its adoption. */
import { JENIS_BUKTI, KEGIATAN_SUBTAHAP, LEVEL_KEMATANGAN } from "@nurani/domain";
import { z } from "zod";
import { GalatApi } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { Bebas, DASAR, PERAN_BACA, PERAN_CATAT, pastikanBerkas } from "./bersama.ts";
import { muatSiklus, pastikanTerbuka } from "./fakta.ts";
import { galatInput, KODE_ITEM, panduanTerbaru, periksaRencana, tanggal } from "./layanan-pelaksanaan.ts";
import { daftarPeriksa } from "./status.ts";

export const ruteDaftarPeriksa = grupRute(DASAR, [
  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus/:id/daftar-periksa`,
    akses: PERAN_BACA,
    bolehEvaluatorNasional: true,
    tag: "program",
    ringkasan:
      "Daftar periksa kriteria pencapaian keempat subtahap (BAB III.B.2 a–d) dengan bukti dan kemajuan",
    params: z.strictObject({ id: z.uuid() }),
    response: Bebas,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      await muatSiklus(ctx.db, instansiId, id);
      return { subtahap: await daftarPeriksa(ctx.db, instansiId, id) };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/siklus/:id/daftar-periksa/bukti`,
    akses: [...PERAN_CATAT, "agen_perubahan"],
    tag: "program",
    ringkasan: "Melampirkan bukti (berkas siklus) pada butir daftar periksa",
    aksi: "program.daftar_periksa.bukti",
    params: z.strictObject({ id: z.uuid() }),
    body: z.strictObject({ kodeItem: z.string().max(20), jenis: z.enum(JENIS_BUKTI), berkasId: z.uuid() }),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id);
      pastikanTerbuka(s);
      if (!KODE_ITEM.has(ctx.body.kodeItem))
        throw galatInput(
          "ITEM_TIDAK_DIKENAL",
          "Butir daftar periksa tidak dikenal.",
          "Unknown checklist item.",
        );
      await pastikanBerkas(ctx.db, instansiId, id, [ctx.body.berkasId], "berkasId");
      await ctx.db
        .insertInto("bukti_daftar_periksa")
        .values({
          instansi_id: instansiId,
          siklus_id: id,
          kode_item: ctx.body.kodeItem,
          berkas_id: ctx.body.berkasId,
          jenis: ctx.body.jenis,
          dicatat_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .onConflict((oc) =>
          oc
            .columns(["instansi_id", "siklus_id", "kode_item", "berkas_id"])
            .doUpdateSet({ jenis: ctx.body.jenis }),
        )
        .execute();
      ctx.audit({ objekJenis: "siklus_program", rincian: { kodeItem: ctx.body.kodeItem } });
    },
  }),

  defineRoute({
    method: "PUT",
    url: `${DASAR}/siklus/:id/daftar-periksa/verifikasi`,
    akses: ["tim_supervisi"],
    tag: "program",
    ringkasan: "Tim Supervisi memverifikasi (atau membatalkan verifikasi) sebuah butir daftar periksa",
    aksi: "program.daftar_periksa.verifikasi",
    params: z.strictObject({ id: z.uuid() }),
    body: z.strictObject({ kodeItem: z.string().max(20), diverifikasi: z.boolean() }),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      pastikanTerbuka(await muatSiklus(ctx.db, instansiId, id));
      const { kodeItem, diverifikasi } = ctx.body;
      if (!KODE_ITEM.has(kodeItem))
        throw galatInput(
          "ITEM_TIDAK_DIKENAL",
          "Butir daftar periksa tidak dikenal.",
          "Unknown checklist item.",
        );
      if (diverifikasi)
        await ctx.db
          .insertInto("verifikasi_daftar_periksa")
          .values({
            instansi_id: instansiId,
            siklus_id: id,
            kode_item: kodeItem,
            oleh: ctx.sesi?.pengguna.id ?? null,
          })
          .onConflict((oc) => oc.columns(["instansi_id", "siklus_id", "kode_item"]).doNothing())
          .execute();
      else
        await ctx.db
          .deleteFrom("verifikasi_daftar_periksa")
          .where("instansi_id", "=", instansiId)
          .where("siklus_id", "=", id)
          .where("kode_item", "=", kodeItem)
          .execute();
      ctx.audit({ objekJenis: "siklus_program", rincian: { kodeItem, diverifikasi } });
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/panduan`,
    akses: PERAN_BACA,
    bolehEvaluatorNasional: true,
    tag: "program",
    ringkasan:
      "Panduan subtahap: dari peta kampanye yang ditautkan ke siklus (atau, tanpa siklus, kampanye tertutup terakhir yang dirilis), subtahap tiap unit dan usulan kegiatan Tabel 5–8",
    query: z.strictObject({ siklusId: z.uuid().optional() }),
    response: z.object({ ada: z.boolean(), panduan: Bebas.nullable() }),
    handler: async (ctx) => {
      const s = ctx.query.siklusId
        ? await muatSiklus(ctx.db, ctx.params.instansiId, ctx.query.siklusId)
        : undefined;
      const p = await panduanTerbaru(ctx.db, ctx.params.instansiId, s);
      return { ada: p !== null, panduan: p };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/siklus/:id/panduan/adopsi`,
    akses: PERAN_CATAT,
    tag: "program",
    ringkasan:
      "Mengadopsi usulan panduan subtahap ke kalender: satu kegiatan per baris Tabel 5–8 per subtahap, sasaran unit pada subtahap itu",
    aksi: "program.panduan.adopsi",
    params: z.strictObject({ id: z.uuid() }),
    body: z.strictObject({
      rencanaMulai: tanggal,
      rencanaSelesai: tanggal,
      subtahap: z.array(z.number().int().min(1).max(4)).max(4).optional(),
    }),
    response: z.object({ dibuat: z.number(), sudahAda: z.number() }),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id);
      const p = await panduanTerbaru(ctx.db, instansiId, s);
      if (!p)
        throw new GalatApi(409, "PETA_BELUM_ADA", {
          pesan: {
            id: "Belum ada hasil asesmen yang dirilis; panduan subtahap belum dapat dibuat.",
            en: "No assessment results have been released yet; the guide cannot be made.",
          },
        });
      const b = ctx.body;
      const dipilih = new Set(b.subtahap ?? LEVEL_KEMATANGAN);
      const ada = new Set(
        (
          await ctx.db
            .selectFrom("kegiatan_program")
            .select("templat")
            .where("instansi_id", "=", instansiId)
            .where("siklus_id", "=", id)
            .where("templat", "is not", null)
            .execute()
        ).map((r) => r.templat),
      );
      let dibuat = 0;
      let sudahAda = 0;
      for (const l of LEVEL_KEMATANGAN) {
        if (!dipilih.has(l)) continue;
        const unit = p.unit.flatMap((u) => (u.status === "ada" && u.subtahap === l ? [u.unitKerjaId] : []));
        if (unit.length === 0) continue;
        for (const row of KEGIATAN_SUBTAHAP.filter((x) => x.subtahap === l)) {
          if (ada.has(row.kode)) {
            sudahAda++;
            continue;
          }
          const rencana = {
            kegiatanUtama: row.kegiatanUtama,
            subtahap: l,
            templat: row.kode,
            sasaranUnit: unit,
            rencanaMulai: b.rencanaMulai,
            rencanaSelesai: b.rencanaSelesai,
          };
          await periksaRencana(ctx.db, s, rencana);
          await ctx.db
            .insertInto("kegiatan_program")
            .values({
              instansi_id: instansiId,
              siklus_id: id,
              kegiatan_utama: row.kegiatanUtama,
              subtahap: l,
              templat: row.kode,
              judul: (row.baris > 1 ? `${row.kegiatan.id} (${row.baris})` : row.kegiatan.id).slice(0, 300),
              uraian: [
                `Tujuan: ${row.tujuan.map((t) => t.id).join("; ")}`,
                `Cara: ${row.cara.map((t) => t.id).join("; ")}`,
                `Media: ${row.media.map((t) => t.id).join("; ")}`,
                `Sumber: ${row.sumber}`,
              ]
                .join("\n")
                .slice(0, 5000),
              sasaran_unit: JSON.stringify(unit),
              rencana_mulai: b.rencanaMulai,
              rencana_selesai: b.rencanaSelesai,
              dibuat_oleh: ctx.sesi?.pengguna.id ?? null,
            })
            .execute();
          dibuat++;
        }
      }
      ctx.audit({ objekJenis: "siklus_program", rincian: { dibuat, sudahAda } });
      return { dibuat, sudahAda };
    },
  }),
]);
