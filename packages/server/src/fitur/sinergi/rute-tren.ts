/**
 * The synergy panel's per-year table (docs/sinergi.md): every register's
 * agency figure for the current and the two previous years. Aggregates only;
 * shares over fewer than k people are hidden. The PPK sees it as the leaders
 * and the supervision team do (Tabel 2 I: the PPK leads integrity building).
 */
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { SkemaTren } from "./skema.ts";
import { sembunyikanKecil, trenSinergi } from "./tren.ts";

export const PEMBACA_TREN = ["tim_supervisi", "pimpinan", "ppk", "admin_instansi", "apip"] as const;

const U = "/api/instansi/:instansiId/sinergi";

export const ruteTren = grupRute(U, [
  defineRoute({
    method: "GET",
    url: `${U}/tren`,
    akses: PEMBACA_TREN,
    tag: "sinergi",
    ringkasan:
      "Indikator sinergi kelembagaan per tahun (tahun berjalan dan dua tahun sebelumnya); agregat instansi, persentase atas < k orang disembunyikan",
    query: z.strictObject({ jumlahTahun: z.coerce.number().int().min(1).max(10).optional() }),
    response: SkemaTren,
    handler: async (ctx) => {
      const t = await trenSinergi(ctx.db, ctx.params.instansiId, ctx.query.jumlahTahun ?? 3);
      return { k: t.k, tahun: t.tahun.map((x) => sembunyikanKecil(x, t.k)) };
    },
  }),
]);
