/**
 * Releasing a campaign's results, and withdrawing a release (docs/hasil.md
 * "Release"). A release makes every employee's own result visible and puts
 * the campaign on the map of leaders, PPK and the national evaluator; it is
 * not to be done by a careless click. So:
 * - the preview says what would be released: people scored, results still
 *   awaiting review, whether the campaign is still open (and how many have not
 *   submitted), groups hidden below k, and the programme cycles the campaign
 *   is linked to;
 * - the release repeats the figures it was shown (a changed campaign asks for
 *   a new look), and results awaiting review block it unless the caller
 *   overrides with a reason (audited);
 * - a release can be withdrawn, with a reason (audited).
 * Cycles never follow "the last release": they measure on campaigns linked to
 * them on purpose (program/fakta.ts `kampanyeUkur`).
 */

import { sql } from "kysely";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { siklusTertaut } from "../program/index.ts";
import { type Ctx, type Db, jumlahSkor, kampanye, kMinimum, PERAN_KELOLA } from "./bersama.ts";
import { galat } from "./pesan.ts";
import { bacaPetaMentah, petaDariRingkasan, pohonUnit, TINJAUAN_DILAPORKAN } from "./ringkasan.ts";
import { JUMLAH_PV } from "./skor.ts";

const pKampanye = z.strictObject({ kampanyeId: z.uuid() });

const SkemaPratinjau = z.object({
  kampanye: z.object({
    id: z.string(),
    nama: z.string(),
    tujuan: z.string(),
    dibuka: z.string(),
    ditutup: z.string(),
    hasilDirilis: z.string().nullable(),
    /** A pilot cannot be released (docs/norma-batas.md "Pilot campaigns"). */
    ujiCoba: z.boolean(),
  }),
  /** People scored, by review state; `dilaporkan` are those the map counts (clean or accepted). */
  dinilai: z.number(),
  menunggu: z.number(),
  dikecualikan: z.number(),
  dilaporkan: z.number(),
  /** The campaign still takes answers; `belumSelesai` participants have not submitted. */
  masihTerbuka: z.boolean(),
  belumSelesai: z.number(),
  /** The agency's k; units hidden because 0 < n < k, and hidden to protect those (complementary). */
  k: z.number(),
  kelompokDiBawahK: z.number(),
  disembunyikanKomplementer: z.number(),
  /** The whole agency reaches k (otherwise the map shows no figure at all). */
  instansiTampil: z.boolean(),
  siklus: z.array(
    z.object({ id: z.string(), nama: z.string(), sebagai: z.enum(["awal", "berkala", "akhir"]) }),
  ),
});
type Pratinjau = z.output<typeof SkemaPratinjau>;

async function pratinjau(ctx: Ctx, kampanyeId: string): Promise<Pratinjau> {
  const { instansiId } = ctx.params;
  const k = await kampanye(ctx.db, instansiId, kampanyeId);
  const j = await jumlahSkor(ctx.db, instansiId, kampanyeId);
  const { dilaporkan, belumSelesai, terbuka } = await keadaanKampanye(ctx.db, instansiId, kampanyeId);
  const kMin = await kMinimum(ctx.db, instansiId);
  const mentah = await bacaPetaMentah(ctx.db, instansiId, kampanyeId);
  const unit = await pohonUnit(ctx.db, ctx.instansi as { id: string; nama: string });
  const peta = petaDariRingkasan(unit, mentah?.ringkasan ?? [], { k: kMin, m: JUMLAH_PV });
  return {
    kampanye: {
      id: k.id,
      nama: k.nama,
      tujuan: k.tujuan,
      dibuka: new Date(k.dibuka).toISOString(),
      ditutup: new Date(k.ditutup).toISOString(),
      hasilDirilis: k.hasil_dirilis ? new Date(k.hasil_dirilis).toISOString() : null,
      ujiCoba: k.uji_coba,
    },
    dinilai: j.dinilai,
    menunggu: j.menunggu,
    dikecualikan: j.dikecualikan,
    dilaporkan,
    masihTerbuka: terbuka,
    belumSelesai,
    k: kMin,
    kelompokDiBawahK: peta.baris.filter((b) => b.alasan === "kecil").length,
    disembunyikanKomplementer: peta.baris.filter((b) => b.alasan === "komplementer").length,
    instansiTampil: peta.instansi.tampil && (peta.instansi.n ?? 0) > 0,
    siklus: await siklusTertaut(ctx.db, instansiId, kampanyeId),
  };
}

/** Reported results, participants still to submit, and whether the campaign still takes answers. */
async function keadaanKampanye(db: Db, instansiId: string, kampanyeId: string) {
  const { dilaporkan } = await db
    .selectFrom("skor_asesmen")
    .select((eb) => eb.fn.countAll<number>().as("dilaporkan"))
    .where("instansi_id", "=", instansiId)
    .where("kampanye_id", "=", kampanyeId)
    .where("tinjauan", "in", TINJAUAN_DILAPORKAN)
    .executeTakeFirstOrThrow();
  const { belum } = await db
    .selectFrom("peserta_asesmen")
    .select((eb) => eb.fn.countAll<number>().as("belum"))
    .where("instansi_id", "=", instansiId)
    .where("kampanye_id", "=", kampanyeId)
    .where("selesai", "is", null)
    .executeTakeFirstOrThrow();
  const { terbuka } = await db
    .selectFrom("kampanye_asesmen")
    .select(sql<boolean>`status = 'aktif' and ditutup > now()`.as("terbuka"))
    .where("instansi_id", "=", instansiId)
    .where("id", "=", kampanyeId)
    .executeTakeFirstOrThrow();
  return { dilaporkan: Number(dilaporkan), belumSelesai: Number(belum), terbuka: Boolean(terbuka) };
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

async function ubahRilis(ctx: Ctx, kampanyeId: string, dirilis: Date | null) {
  const r = await ctx.db
    .updateTable("kampanye_asesmen")
    .set({ hasil_dirilis: dirilis, diubah: new Date() })
    .where("instansi_id", "=", ctx.params.instansiId)
    .where("id", "=", kampanyeId)
    .returning("hasil_dirilis")
    .executeTakeFirstOrThrow();
  return { hasilDirilis: iso(r.hasil_dirilis) };
}

export const ruteRilis = grupRute("/api/instansi/:instansiId/hasil", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/rilis",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan:
      "Pratinjau rilis: jumlah diskor, menunggu tinjauan, kampanye masih terbuka, kelompok di bawah k, siklus program yang menautkannya",
    params: pKampanye,
    response: SkemaPratinjau,
    handler: async (ctx) => pratinjau(ctx as Ctx, ctx.params.kampanyeId),
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/rilis",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan:
      "Merilis hasil kampanye setelah pratinjau: mengulang angka yang dilihat (dinilai, menunggu); hasil yang menunggu tinjauan menghalangi kecuali diabaikan dengan alasan",
    aksi: "hasil.rilis",
    params: pKampanye,
    body: z.strictObject({
      /** The figures of the preview the caller confirmed. */
      dinilai: z.number().int().min(0),
      menunggu: z.number().int().min(0),
      /** Release although results await review: why (10–2000 characters; audited). */
      alasanAbaikanTinjauan: z.string().trim().min(10).max(2000).optional(),
    }),
    response: z.object({ hasilDirilis: z.string().nullable() }),
    handler: async (ctx) => {
      const { kampanyeId } = ctx.params;
      const p = await pratinjau(ctx as Ctx, kampanyeId);
      if (p.kampanye.ujiCoba) throw galat(409, "KAMPANYE_UJI_COBA");
      if (p.kampanye.hasilDirilis) throw galat(409, "SUDAH_DIRILIS");
      if (p.dinilai === 0) throw galat(409, "BELUM_ADA_SKOR");
      if (p.dinilai !== ctx.body.dinilai || p.menunggu !== ctx.body.menunggu)
        throw galat(409, "PRATINJAU_BERUBAH", { dinilai: p.dinilai, menunggu: p.menunggu });
      const alasan = ctx.body.alasanAbaikanTinjauan;
      if (p.menunggu > 0 && !alasan) throw galat(409, "TINJAUAN_MENUNGGU", { n: p.menunggu });
      const hasil = await ubahRilis(ctx as Ctx, kampanyeId, new Date());
      ctx.audit({
        objekJenis: "kampanye_asesmen",
        objekId: kampanyeId,
        rincian: {
          dinilai: p.dinilai,
          menunggu: p.menunggu,
          dilaporkan: p.dilaporkan,
          masihTerbuka: p.masihTerbuka,
          belumSelesai: p.belumSelesai,
          kelompokDiBawahK: p.kelompokDiBawahK,
          siklus: p.siklus.map((s) => s.id),
          ...(p.menunggu > 0 ? { alasanAbaikanTinjauan: alasan } : {}),
        },
      });
      return hasil;
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/tarik-rilis",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan:
      "Menarik kembali rilis hasil kampanye, dengan alasan (dicatat di log audit); pegawai dan peta tidak lagi melihatnya",
    aksi: "hasil.tarik_rilis",
    params: pKampanye,
    body: z.strictObject({ alasan: z.string().trim().min(10).max(2000) }),
    response: z.object({ hasilDirilis: z.string().nullable() }),
    handler: async (ctx) => {
      const { instansiId, kampanyeId } = ctx.params;
      const k = await kampanye(ctx.db, instansiId, kampanyeId);
      if (!k.hasil_dirilis) throw galat(409, "BELUM_DIRILIS");
      const hasil = await ubahRilis(ctx as Ctx, kampanyeId, null);
      ctx.audit({
        objekJenis: "kampanye_asesmen",
        objekId: kampanyeId,
        rincian: { alasan: ctx.body.alasan, dirilisSebelumnya: iso(k.hasil_dirilis) },
      });
      return hasil;
    },
  }),
]);
