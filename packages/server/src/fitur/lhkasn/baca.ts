/**
 * Reading and validating the yearly LHKPN/LHKASN list (docs/gratifikasi.md
 * "LHKPN/LHKASN"): CSV (`,` `;` or tab, UTF-8) or XLSX (first sheet), a header
 * row naming NIP, the obligation (LHKPN/LHKASN) and the date reported (empty =
 * not reported; `YYYY-MM-DD` or `DD/MM/YYYY`). Every row is checked before
 * anything is written; the answer names each refused row.
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import unzipper from "unzipper";

export const BARIS_MAKS = 20_000;
const INFLASI_MAKS = 40 * 1024 * 1024;

export interface BarisSah {
  baris: number;
  nip: string;
  jenis: "LHKPN" | "LHKASN";
  tanggalLapor: string | null;
}
export interface BarisGalat {
  baris: number;
  nip: string;
  pesan: string;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");
const JUDUL = {
  nip: ["nip", "nipbaru", "nomorindukpegawai"],
  jenis: ["jenis", "kewajiban", "jeniskewajiban", "jenislaporan", "obligation"],
  tanggal: ["tanggallapor", "tanggalpenyampaian", "tanggal", "tglkirim", "tanggalkirim", "datereported"],
} as const;

async function xlsxAman(b: Buffer): Promise<boolean> {
  let total = 0;
  try {
    for await (const e of Readable.from([b]).pipe(
      unzipper.Parse({ forceStream: true }),
    ) as AsyncIterable<unzipper.Entry>) {
      for await (const p of e as AsyncIterable<Buffer>) {
        total += p.length;
        if (total > INFLASI_MAKS) return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}

function teksSel(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "text" in (v as object)) return String((v as { text: unknown }).text);
  if (typeof v === "object" && "result" in (v as object)) return teksSel((v as { result: unknown }).result);
  return String(v).trim();
}

/** The table of the file as rows of text cells, header first; or a message for a file that cannot be read. */
export async function bacaTabel(b: Buffer, format: "csv" | "xlsx"): Promise<string[][] | string> {
  if (format === "csv") {
    const teks = b.toString("utf8").replace(/^\uFEFF/, "");
    const r = Papa.parse<string[]>(teks, { skipEmptyLines: "greedy" });
    return r.data.map((x) => x.map((s) => String(s ?? "").trim()));
  }
  if (!(await xlsxAman(b))) return "Berkas XLSX rusak atau terlalu besar setelah diekstrak.";
  const buku = new ExcelJS.Workbook();
  try {
    await buku.xlsx.load(b as unknown as ArrayBuffer);
  } catch {
    return "Berkas XLSX tidak dapat dibaca.";
  }
  const lembar = buku.worksheets[0];
  if (!lembar) return "Berkas XLSX tidak memiliki lembar kerja.";
  const out: string[][] = [];
  lembar.eachRow({ includeEmpty: false }, (row) => {
    const sel: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) sel.push(teksSel(row.getCell(i).value));
    out.push(sel);
  });
  return out;
}

function tanggal(s: string): string | null | "salah" {
  if (s === "" || s === "-") return null;
  let m = s.match(/^(\d{4})-(\d{2})-(\d{2})/);
  let iso = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  m = s.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (m) iso = `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  if (!iso) return "salah";
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? "salah" : iso;
}

/** Checks every row: known NIP, obligation LHKPN/LHKASN, a valid date, no (NIP, obligation) twice. */
export function validasi(tabel: string[][], nipDikenal: ReadonlySet<string>) {
  const galat: BarisGalat[] = [];
  const sah: BarisSah[] = [];
  const [judul = [], ...isi] = tabel;
  const cari = (nama: readonly string[]) => judul.findIndex((j) => nama.includes(norm(j)));
  const iNip = cari(JUDUL.nip);
  const iJenis = cari(JUDUL.jenis);
  const iTanggal = cari(JUDUL.tanggal);
  if (iNip < 0 || iJenis < 0 || iTanggal < 0)
    return {
      sah,
      galat: [
        {
          baris: 1,
          nip: "",
          pesan: "Judul kolom harus memuat NIP, jenis kewajiban (LHKPN/LHKASN) dan tanggal lapor.",
        },
      ],
    };
  if (isi.length > BARIS_MAKS)
    return { sah, galat: [{ baris: 1, nip: "", pesan: `Lebih dari ${BARIS_MAKS} baris.` }] };
  const sudah = new Set<string>();
  isi.forEach((r, i) => {
    const baris = i + 2;
    const nip = (r[iNip] ?? "").replace(/[\s']/g, "");
    const jenis = (r[iJenis] ?? "").trim().toUpperCase();
    const t = tanggal((r[iTanggal] ?? "").trim());
    const pesan: string[] = [];
    if (!/^\d{18}$/.test(nip)) pesan.push("NIP harus 18 angka");
    else if (!nipDikenal.has(nip)) pesan.push("NIP tidak terdaftar di instansi ini");
    if (jenis !== "LHKPN" && jenis !== "LHKASN") pesan.push("jenis kewajiban harus LHKPN atau LHKASN");
    if (t === "salah") pesan.push("tanggal lapor tidak sah (YYYY-MM-DD atau DD/MM/YYYY)");
    const kunci = `${nip}|${jenis}`;
    if (pesan.length === 0 && sudah.has(kunci))
      pesan.push("NIP dan jenis kewajiban yang sama sudah ada di baris sebelumnya");
    sudah.add(kunci);
    if (pesan.length > 0) galat.push({ baris, nip, pesan: pesan.join("; ") });
    else sah.push({ baris, nip, jenis: jenis as "LHKPN" | "LHKASN", tanggalLapor: t === "salah" ? null : t });
  });
  return { sah, galat };
}
