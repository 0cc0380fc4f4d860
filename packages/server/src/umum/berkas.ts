/**
 * Documents and evidence of a programme cycle (decrees, declarations, plans,
 * attendance lists, photos): at most 10 MiB, of a kind recognised by its
 * first bytes (magic bytes), not by its name; the name's extension must agree
 * with what the bytes say ("a file that is not what its extension says" is
 * refused). Stored in the database (`berkas_program`).
 */
import { createHash } from "node:crypto";
import type { JenisBerkasProgram } from "../db/schema-program.ts";
import { GalatApi } from "../http/errors.ts";

export const UKURAN_MAKS_BERKAS = 10 * 1024 * 1024;

export const MIME_BERKAS: Record<JenisBerkasProgram, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const EKSTENSI: Record<string, JenisBerkasProgram> = {
  pdf: "pdf",
  png: "png",
  jpg: "jpeg",
  jpeg: "jpeg",
  docx: "docx",
  xlsx: "xlsx",
};

const mulaiDengan = (b: Buffer, tanda: number[]) => tanda.every((x, i) => b[i] === x);

/**
 * The kind the bytes say, or null. DOCX and XLSX are ZIP packages (PK\3\4)
 * whose entry names (stored uncompressed) include `[Content_Types].xml` and
 * `word/` or `xl/` parts.
 */
export function jenisDariIsi(b: Buffer): JenisBerkasProgram | null {
  if (mulaiDengan(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (mulaiDengan(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (mulaiDengan(b, [0xff, 0xd8, 0xff])) return "jpeg";
  if (mulaiDengan(b, [0x50, 0x4b, 0x03, 0x04])) {
    if (!b.includes("[Content_Types].xml", 0, "latin1")) return null;
    if (b.includes("word/document.xml", 0, "latin1")) return "docx";
    if (b.includes("xl/workbook.xml", 0, "latin1")) return "xlsx";
  }
  return null;
}

const DITERIMA = "PDF, PNG, JPEG, DOCX, XLSX";

export function periksaBerkas(
  nama: string,
  isi: Buffer,
): { jenis: JenisBerkasProgram; mime: string; sha256: string } {
  if (isi.length === 0)
    throw new GalatApi(400, "BERKAS_KOSONG", { pesan: { id: "Berkas kosong.", en: "The file is empty." } });
  if (isi.length > UKURAN_MAKS_BERKAS) throw berkasTerlaluBesar();
  const ext = nama.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  const menurutNama = EKSTENSI[ext];
  const menurutIsi = jenisDariIsi(isi);
  if (!menurutNama || !menurutIsi)
    throw new GalatApi(415, "BERKAS_TIDAK_DIDUKUNG", {
      pesan: {
        id: `Jenis berkas tidak didukung. Unggah salah satu: ${DITERIMA}.`,
        en: `Unsupported file type. Upload one of: ${DITERIMA}.`,
      },
    });
  if (menurutNama !== menurutIsi)
    throw new GalatApi(415, "BERKAS_TIDAK_SESUAI_EKSTENSI", {
      pesan: {
        id: `Isi berkas bukan ${ext.toUpperCase()} seperti ekstensinya (isinya ${menurutIsi.toUpperCase()}). Periksa berkasnya, lalu unggah ulang.`,
        en: `The file's content is not ${ext.toUpperCase()} as its extension says (it is ${menurutIsi.toUpperCase()}). Check the file and upload it again.`,
      },
    });
  return {
    jenis: menurutIsi,
    mime: MIME_BERKAS[menurutIsi],
    sha256: createHash("sha256").update(isi).digest("hex"),
  };
}

export const berkasTerlaluBesar = () =>
  new GalatApi(413, "BERKAS_TERLALU_BESAR", {
    pesan: {
      id: "Berkas terlalu besar: batasnya 10 MiB.",
      en: "File too large: the limit is 10 MiB.",
    },
  });
