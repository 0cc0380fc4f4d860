/**
 * Linking periodic assessment campaigns to a cycle on purpose (docs/hasil.md
 * "Cycle and campaigns"; Tabel 4 no. 5 "monitoring dan evaluasi"). The
 * baseline is linked by preparation step 3 and the final assessment by
 * `PUT …/asesmen-akhir`; follow-ups in between are linked here. SMART
 * progress and the sub-stage guide read only linked campaigns.
 */

import { sql } from "kysely";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { Bebas, DASAR, PERAN_CATAT, paramSiklus } from "./bersama.ts";
import { bacaKampanye, muatSiklus, pastikanTerbuka } from "./fakta.ts";
import { statusSiklus } from "./status.ts";

export const ruteKampanye = grupRute(DASAR, [
  defineRoute({
    method: "POST",
    url: `${DASAR}/siklus/:id/kampanye-berkala`,
    akses: PERAN_CATAT,
    tag: "program",
    ringkasan:
      "Menautkan kampanye asesmen berkala ke siklus: capaian target SMART dan panduan subtahap diukur pada kampanye tertaut yang dirilis",
    aksi: "program.kampanye_berkala.tautkan",
    params: paramSiklus,
    body: z.strictObject({ kampanyeId: z.uuid() }),
    response: Bebas,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id, { kunci: true });
      pastikanTerbuka(s);
      const k = await bacaKampanye(ctx.db, instansiId, ctx.body.kampanyeId);
      if (k?.tujuan !== "berkala")
        throw new GalatApi(400, "KAMPANYE_BUKAN_BERKALA", {
          pesan: {
            id: "Pilih kampanye asesmen instansi ini dengan tujuan 'berkala'. Asesmen awal ditautkan di langkah persiapan 3, asesmen akhir di tahap penilaian.",
            en: "Choose one of this agency's assessment campaigns whose purpose is 'periodic'. The baseline is linked in preparation step 3, the final assessment in the assessment stage.",
          },
        });
      await ctx.db
        .insertInto("kampanye_berkala_siklus")
        .values({
          instansi_id: instansiId,
          siklus_id: id,
          kampanye_id: k.id,
          ditautkan_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .onConflict((oc) => oc.columns(["instansi_id", "siklus_id", "kampanye_id"]).doNothing())
        .execute();
      await ctx.db
        .updateTable("siklus_program")
        .set({ diubah: sql<Date>`now()` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({ objekJenis: "siklus_program", rincian: { kampanyeId: k.id } });
      return statusSiklus(ctx.db, await muatSiklus(ctx.db, instansiId, id));
    },
  }),

  defineRoute({
    method: "DELETE",
    url: `${DASAR}/siklus/:id/kampanye-berkala/:kampanyeId`,
    akses: PERAN_CATAT,
    tag: "program",
    ringkasan: "Melepas tautan kampanye asesmen berkala dari siklus",
    aksi: "program.kampanye_berkala.lepas",
    params: z.strictObject({ id: z.uuid(), kampanyeId: z.uuid() }),
    response: Bebas,
    handler: async (ctx) => {
      const { instansiId, id, kampanyeId } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id, { kunci: true });
      pastikanTerbuka(s);
      const r = await ctx.db
        .deleteFrom("kampanye_berkala_siklus")
        .where("instansi_id", "=", instansiId)
        .where("siklus_id", "=", id)
        .where("kampanye_id", "=", kampanyeId)
        .executeTakeFirst();
      if (Number(r.numDeletedRows) === 0) throw tidakDitemukan();
      ctx.audit({ objekJenis: "siklus_program", rincian: { kampanyeId } });
      return statusSiklus(ctx.db, await muatSiklus(ctx.db, instansiId, id));
    },
  }),
]);
