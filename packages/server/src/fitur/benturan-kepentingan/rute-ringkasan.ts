/**
 * The synergy panel's figures of the code of ethics and conflict-of-interest
 * registers (issue item 8; Tabel 2 II): attestation coverage, declarations and
 * the share decided by the deadline. Agency totals only, no person.
 */
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { cakupanKodeEtik, hariIni, kMinimum } from "../kode-etik/index.ts";
import { ringkasanBk } from "./layanan.ts";
import { SkemaRingkasan } from "./skema.ts";

export const PERAN_RINGKASAN = ["tim_supervisi", "pimpinan", "admin_instansi", "ppk", "apip"] as const;

const E = "/api/instansi/:instansiId/etik";

export const ruteRingkasan = grupRute(E, [
  defineRoute({
    method: "GET",
    url: `${E}/ringkasan`,
    akses: PERAN_RINGKASAN,
    tag: "benturan-kepentingan",
    ringkasan:
      "Angka panel sinergi: cakupan pernyataan kode etik, deklarasi benturan kepentingan, % diputuskan tepat waktu",
    query: z.strictObject({ tahun: z.coerce.number().int().min(2000).max(2100).optional() }),
    response: SkemaRingkasan,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const kini = await hariIni(ctx.db, instansiId);
      const tahun = ctx.query.tahun ?? Number(kini.slice(0, 4));
      const c = await cakupanKodeEtik(ctx.db, instansiId, tahun);
      return {
        tahun,
        kodeEtik: {
          versi: c.versi,
          jumlahPegawai: c.jumlahPegawai,
          jumlahAtestasi: c.jumlahAtestasi,
          persen: c.persen,
        },
        benturan: await ringkasanBk(ctx.db, instansiId, tahun, kini, await kMinimum(ctx.db, instansiId)),
      };
    },
  }),
]);
