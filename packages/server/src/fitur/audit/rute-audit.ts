/**
 * Audit log of an instansi for its administrators and internal auditors
 * (APIP): browse with filters, export as CSV or XLSX with formula-injection
 * escaping. The log itself is append-only (migration 0001).
 */

import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar } from "../../umum/halaman.ts";
import { entriApi, kolomAudit, kueriAudit } from "./kueri.ts";
import { EKSPOR_MAKS, eksporAudit } from "./layanan.ts";
import { KueriDaftar, KueriEkspor, SkemaEntri } from "./skema.ts";

const PERAN = ["admin_instansi", "apip"] as const;

export const ruteAudit = grupRute("/api/instansi/:instansiId/audit", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/audit",
    akses: PERAN,
    tag: "audit",
    ringkasan: "Log audit instansi (saring pengguna, aksi, rentang waktu; berhalaman)",
    query: KueriDaftar,
    response: skemaDaftar(SkemaEntri),
    handler: async (ctx) => {
      const { page, pageSize, ...saring } = ctx.query;
      const q = kueriAudit(ctx.db, ctx.params.instansiId, saring)
        .select(kolomAudit)
        .orderBy("a.waktu", "desc")
        .orderBy("a.id", "desc");
      const h = await ambilHalaman(ctx.db, q, { page, pageSize });
      return { ...h, items: h.items.map(entriApi) };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/audit/ekspor",
    akses: PERAN,
    tag: "audit",
    ringkasan: `Ekspor log audit (CSV atau XLSX, maks. ${EKSPOR_MAKS} baris; sel berawalan = + - @ di-escape)`,
    aksi: "audit.ekspor",
    query: KueriEkspor,
    handler: async (ctx) => {
      const { format, ...saring } = ctx.query;
      const berkas = await eksporAudit(ctx.db, ctx.params.instansiId, saring, format);
      ctx.audit({ rincian: { format, baris: berkas.baris } });
      const nama = `audit-${new Date().toISOString().slice(0, 10)}.${format}`;
      ctx.reply.header("content-disposition", `attachment; filename="${nama}"`);
      return ctx.reply.type(berkas.jenis).send(berkas.isi);
    },
  }),
]);
