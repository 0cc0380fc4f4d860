/** The audit log export: every matching entry as CSV or XLSX, cells escaped against formula injection. */
import ExcelJS from "exceljs";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { GalatApi } from "../../http/errors.ts";
import { kolomAudit, kueriAudit, type SaringAudit } from "./kueri.ts";
import { amankanSel, selCsv } from "./sel.ts";

/** Most rows one export may hold; narrow the filters for more. */
export const EKSPOR_MAKS = 100_000;

const JUDUL = ["waktu", "pengguna", "nama", "aksi", "objek", "objek_id", "ip", "user_agent", "rincian"];

export interface BerkasEkspor {
  baris: number;
  jenis: string;
  isi: string | Buffer;
}

export async function eksporAudit(
  db: Kysely<Database>,
  instansiId: string,
  saring: SaringAudit,
  format: "csv" | "xlsx",
): Promise<BerkasEkspor> {
  const q = kueriAudit(db, instansiId, saring);
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
  if (format === "csv") {
    // BOM so Excel opens the UTF-8 names correctly.
    const teks = `\uFEFF${[JUDUL, ...rows.map(sel)].map((b) => b.map(selCsv).join(",")).join("\r\n")}\r\n`;
    return { baris: rows.length, jenis: "text/csv; charset=utf-8", isi: teks };
  }
  const buku = new ExcelJS.Workbook();
  const lembar = buku.addWorksheet("Audit");
  lembar.addRow(JUDUL);
  for (const r of rows) lembar.addRow(sel(r).map(amankanSel));
  return {
    baris: rows.length,
    jenis: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    isi: Buffer.from(await buku.xlsx.writeBuffer()),
  };
}
