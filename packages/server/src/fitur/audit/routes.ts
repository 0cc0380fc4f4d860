/**
 * Audit log of an instansi for its administrators and internal auditors
 * (APIP): browse with filters, export as CSV or XLSX with formula-injection
 * escaping. The log itself is append-only (migration 0001).
 */
import ExcelJS from "exceljs";
import { z } from "zod";
import { GalatApi } from "../../http/errors.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../halaman.ts";
import { kolomAudit, kueriAudit, saringAudit } from "./kueri.ts";
import { amankanSel, selCsv } from "./sel.ts";

const PERAN = ["admin_instansi", "apip"] as const;
/** Most rows one export may hold; narrow the filters for more. */
export const EKSPOR_MAKS = 100_000;

const SkemaEntri = z.object({
  id: z.string(),
  waktu: z.string(),
  aktor: z.string().nullable(),
  aktorNama: z.string().nullable(),
  aksi: z.string(),
  objek: z.string().nullable(),
  objekId: z.string().nullable(),
  ip: z.string().nullable(),
  rincian: z.unknown(),
});

const JUDUL = ["waktu", "pengguna", "nama", "aksi", "objek", "objek_id", "ip", "user_agent", "rincian"];

export const routes = [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/audit",
    akses: PERAN,
    tag: "audit",
    ringkasan: "Log audit instansi (saring pengguna, aksi, rentang waktu; berhalaman)",
    query: z.strictObject({ ...saringAudit, ...skemaHalaman }),
    response: skemaDaftar(SkemaEntri),
    handler: async (ctx) => {
      const { page, pageSize, ...saring } = ctx.query;
      const q = kueriAudit(ctx.db, ctx.params.instansiId, saring);
      const rows = await q
        .select(kolomAudit)
        .orderBy("a.waktu", "desc")
        .orderBy("a.id", "desc")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      return {
        items: rows.map((r) => ({
          id: String(r.id),
          waktu: r.waktu.toISOString(),
          aktor: r.username,
          aktorNama: r.nama,
          aksi: r.aksi,
          objek: r.objek_jenis,
          objekId: r.objek_id,
          ip: r.ip,
          rincian: r.rincian,
        })),
        total: Number(n),
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/audit/ekspor",
    akses: PERAN,
    tag: "audit",
    ringkasan: `Ekspor log audit (CSV atau XLSX, maks. ${EKSPOR_MAKS} baris; sel berawalan = + - @ di-escape)`,
    aksi: "audit.ekspor",
    query: z.strictObject({ ...saringAudit, format: z.enum(["csv", "xlsx"]).default("csv") }),
    handler: async (ctx) => {
      const { format, ...saring } = ctx.query;
      const q = kueriAudit(ctx.db, ctx.params.instansiId, saring);
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      if (Number(n) > EKSPOR_MAKS) {
        throw new GalatApi(413, "EKSPOR_TERLALU_BESAR", {
          pesan: {
            id: `Hasil ekspor ${n} baris melebihi batas ${EKSPOR_MAKS}; persempit rentang waktu atau saringan.`,
            en: `The export has ${n} rows, over the limit of ${EKSPOR_MAKS}; narrow the date range or filters.`,
          },
        });
      }
      const rows = await q.select(kolomAudit).orderBy("a.waktu", "desc").orderBy("a.id", "desc").execute();
      const sel = (r: (typeof rows)[number]) => [
        r.waktu.toISOString(),
        r.username ?? "",
        r.nama ?? "",
        r.aksi,
        r.objek_jenis ?? "",
        r.objek_id ?? "",
        r.ip ?? "",
        r.user_agent ?? "",
        JSON.stringify(r.rincian ?? {}),
      ];
      ctx.audit({ rincian: { format, baris: rows.length } });
      const nama = `audit-${new Date().toISOString().slice(0, 10)}.${format}`;
      ctx.reply.header("content-disposition", `attachment; filename="${nama}"`);
      if (format === "csv") {
        // BOM so Excel opens the UTF-8 names correctly.
        const teks = `\uFEFF${[JUDUL, ...rows.map(sel)].map((b) => b.map(selCsv).join(",")).join("\r\n")}\r\n`;
        return ctx.reply.type("text/csv; charset=utf-8").send(teks);
      }
      const buku = new ExcelJS.Workbook();
      const lembar = buku.addWorksheet("Audit");
      lembar.addRow(JUDUL);
      for (const r of rows) lembar.addRow(sel(r).map(amankanSel));
      const isi = Buffer.from(await buku.xlsx.writeBuffer());
      return ctx.reply.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").send(isi);
    },
  }),
];
