/**
 * Reading the one file of a multipart upload (`@fastify/multipart`), the same
 * way on every upload route. A body cut before its closing boundary makes the
 * multipart parser fail mid-stream with a plain error (no code, no status):
 * that is bad input, answered 400 `UNGGAHAN_TERPOTONG`, never 500. A file over
 * the route's size limit is left to the route (`FST_REQ_FILE_TOO_LARGE`), which
 * words that refusal itself. `wajibBerkasUnggahan` is the whole sequence of a
 * route that requires its one file.
 */
import type { MultipartFile } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { GalatApi } from "./errors.ts";

export interface BerkasUnggahan {
  /** The name the client gave (unsanitised; the route cleans it). */
  nama: string;
  isi: Buffer;
}

const TERLALU_BESAR = "FST_REQ_FILE_TOO_LARGE";

export const terlaluBesar = (e: unknown): boolean => (e as { code?: unknown })?.code === TERLALU_BESAR;

function terpotong(): GalatApi {
  return new GalatApi(400, "UNGGAHAN_TERPOTONG", {
    pesan: {
      id: "Unggahan tidak lengkap atau rusak (multipart terpotong); kirim ulang berkasnya.",
      en: "The upload is incomplete or malformed (truncated multipart); send the file again.",
    },
  });
}

/**
 * The file of field `file` read into memory (at most `maks` bytes), or null
 * when the form holds no file. Throws the size error as is, and 400 for a
 * malformed or truncated body.
 */
export async function bacaBerkasUnggahan(req: FastifyRequest, maks: number): Promise<BerkasUnggahan | null> {
  let bagian: MultipartFile | undefined;
  try {
    bagian = await req.file({ limits: { fileSize: maks, files: 1 } });
    if (!bagian) return null;
    return { nama: bagian.filename, isi: await bagian.toBuffer() };
  } catch (e) {
    if (terlaluBesar(e) || e instanceof GalatApi) throw e;
    const status = (e as { statusCode?: unknown })?.statusCode;
    // the plugin's own refusals (too many parts, not multipart …) already carry a 4xx
    if (typeof status === "number" && status >= 400 && status < 500) throw e;
    throw terpotong();
  }
}

/**
 * The one file a route requires in field `file`: 415 when the body is not
 * multipart, `besar()` (the route's own wording) for a file over `maks`
 * bytes, 400 `BERKAS_KOSONG` when the form holds no file.
 */
export async function wajibBerkasUnggahan(
  req: FastifyRequest,
  maks: number,
  besar: () => Error,
): Promise<BerkasUnggahan> {
  if (!req.isMultipart?.())
    throw new GalatApi(415, "TIPE_KONTEN", {
      pesan: {
        id: "Kirim berkas sebagai multipart/form-data dengan nama bidang `file`.",
        en: "Send the file as multipart/form-data in a field named `file`.",
      },
    });
  let bagian: BerkasUnggahan | null;
  try {
    bagian = await bacaBerkasUnggahan(req, maks);
  } catch (e) {
    if (terlaluBesar(e)) throw besar();
    throw e;
  }
  if (!bagian)
    throw new GalatApi(400, "BERKAS_KOSONG", { pesan: { id: "Tidak ada berkas.", en: "No file." } });
  return bagian;
}
