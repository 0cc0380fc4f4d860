/**
 * Drill-down from the assessment map to named individuals of a unit
 * (docs/hasil.md "Drill-down to named individuals"). The regulation needs
 * named results in a few places only, each a reason to open them:
 * - `pendampingan`: dialogue, mentoring, coaching and counselling of an
 *   employee by the leaders or a change agent (BAB III.A Tabel 2 I.3 and
 *   III.2; Tabel 4 no. 3–4);
 * - `rencana_pengembangan`: a development or training plan built on the
 *   assessment (Tabel 3 no. 5 "sesuai dengan hasil asesmen awal"; BAB III.B.3:
 *   results map the individual profile and improve the programme);
 * - `tindak_lanjut_monev`: follow-up of monitoring and evaluation (Tabel 2
 *   I.4; Tabel 4 no. 5);
 * - `verifikasi_data`: the team's review of the map and of flagged results
 *   (Tabel 3 no. 3 "dasar tinjauan Tim").
 * Each read names its purpose (required), which the audit entry records. The
 * answer carries no NIP: a name and the scores serve every purpose above.
 * A leader (`pimpinan`) sees only their own unit and below, after release,
 * and only a unit whose reported results reach the agency's minimum group
 * size k: a smaller unit is hidden on the map, and names would undo that.
 */
import { aturanBagi, TUJUAN_RINCI } from "@nurani/domain";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaHalaman } from "../../umum/halaman.ts";
import { hasilSkorJson } from "../../umum/skor-tersimpan.ts";
import { type Ctx, kampanye, kMinimum, PERAN_RINCI, pegawaiSaya } from "./bersama.ts";
import { galat } from "./pesan.ts";
import { pohonUnit, TINJAUAN_DILAPORKAN } from "./ringkasan.ts";
import type { HasilTersimpan } from "./skor.ts";

/** Why named results are opened (in @nurani/domain with the access rules); labels in the web's `hasil.tujuanRinci`. */
export { TUJUAN_RINCI };

export const ruteRinci = grupRute("/api/instansi/:instansiId/hasil", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/unit/:unitId/pegawai",
    akses: PERAN_RINCI,
    tag: "hasil",
    ringkasan:
      "Rincian hasil per pegawai (nama, tanpa NIP) di sebuah unit dan sub-unitnya, dengan tujuan yang wajib dipilih (tim supervisi: semua unit; pimpinan: unitnya sendiri, minimal k orang); dicatat di log audit",
    aksi: "hasil.rinci.baca",
    params: z.strictObject({ kampanyeId: z.uuid(), unitId: z.uuid() }),
    query: z.strictObject({ ...skemaHalaman, tujuan: z.enum(TUJUAN_RINCI) }),
    response: z.object({
      items: z.array(
        z.object({
          pegawaiId: z.string(),
          nama: z.string(),
          unitId: z.string().nullable(),
          derajat: z.number(),
          level: z.number(),
          faktorT: z.record(z.string(), z.number()),
          tinjauan: z.string(),
        }),
      ),
      total: z.number(),
      page: z.number(),
      pageSize: z.number(),
    }),
    handler: async (ctx) => {
      const { instansiId, kampanyeId, unitId } = ctx.params;
      const k = await kampanye(ctx.db, instansiId, kampanyeId);
      const unit = await pohonUnit(ctx.db, ctx.instansi as { id: string; nama: string });
      if (!unit.some((u) => u.id === unitId)) throw galat(404, "UNIT_TIDAK_ADA");
      const anak = new Map<string, string[]>();
      for (const u of unit) if (u.indukId) anak.set(u.indukId, [...(anak.get(u.indukId) ?? []), u.id]);
      const subtree = (akar: string) => {
        const out = new Set<string>();
        const t = [akar];
        while (t.length) {
          const x = t.pop() as string;
          out.add(x);
          t.push(...(anak.get(x) ?? []));
        }
        return out;
      };
      // the reader's rule (ATURAN_BACA_HASIL, the same the consent text is written from)
      const aturan = aturanBagi("bernama", ctx.peran);
      if (!aturan) throw galat(403, "UNIT_DI_LUAR");
      const tim = aturan.cakupan === "instansi";
      if (aturan.setelahRilis && !k.hasil_dirilis) throw galat(409, "BELUM_DIRILIS");
      if (aturan.cakupan === "unit_sendiri") {
        const saya = await pegawaiSaya(ctx as Ctx);
        if (!saya.unitId || !subtree(saya.unitId).has(unitId)) throw galat(403, "UNIT_DI_LUAR");
      }
      const ids = [...subtree(unitId)];
      const akar = unitId === instansiId;
      let q = ctx.db
        .selectFrom("skor_asesmen as s")
        .innerJoin("pegawai as p", (j) =>
          j.onRef("p.instansi_id", "=", "s.instansi_id").onRef("p.id", "=", "s.pegawai_id"),
        )
        .where("s.instansi_id", "=", instansiId)
        .where("s.kampanye_id", "=", kampanyeId)
        .where((eb) => (akar ? eb.lit(true) : eb("s.unit_id", "in", ids)));
      // a leader sees what the map counts (reported results), the team every review state
      if (!tim) q = q.where("s.tinjauan", "in", TINJAUAN_DILAPORKAN);
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      if (aturan.minimalK && Number(n) < (await kMinimum(ctx.db, instansiId)))
        throw galat(403, "KELOMPOK_KECIL");
      const rows = await q
        .select([
          "s.pegawai_id",
          "p.nama",
          "s.unit_id",
          "s.derajat",
          "s.level",
          "s.tinjauan",
          hasilSkorJson("s").as("hasil"),
        ])
        .orderBy("p.nama")
        .orderBy("s.pegawai_id")
        .limit(ctx.query.pageSize)
        .offset((ctx.query.page - 1) * ctx.query.pageSize)
        .execute();
      ctx.audit({
        objekJenis: "unit_kerja",
        objekId: unitId,
        rincian: {
          kampanyeId,
          tujuan: ctx.query.tujuan,
          peran: aturan.peran.find((p) => ctx.peran.includes(p)),
          pegawai: rows.map((r) => r.pegawai_id),
        },
      });
      return {
        items: rows.map((r) => {
          const h = (typeof r.hasil === "string" ? JSON.parse(r.hasil) : r.hasil) as HasilTersimpan;
          return {
            pegawaiId: r.pegawai_id,
            nama: r.nama,
            unitId: r.unit_id,
            derajat: r.derajat,
            level: r.level,
            faktorT: { KD: h.faktor.KD.t, DN: h.faktor.DN.t, KM: h.faktor.KM.t },
            tinjauan: r.tinjauan,
          };
        }),
        total: Number(n),
        page: ctx.query.page,
        pageSize: ctx.query.pageSize,
      };
    },
  }),
]);
