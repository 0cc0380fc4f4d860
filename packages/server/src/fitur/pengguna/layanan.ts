/** The rules of user administration: the roles an agency may grant, its username namespace. */
import type { Peran } from "@nurani/domain";
import { GalatApi } from "../../http/errors.ts";
import type { InstansiRute } from "../../http/route.ts";

export const galat = (status: number, code: string, id: string, en: string) =>
  new GalatApi(status, code, { pesan: { id, en } });

/** The national evaluator role exists only in the national Ministry's instansi (BAB IV). */
export function periksaPeran(peran: readonly Peran[], instansi: InstansiRute) {
  if (peran.includes("evaluator_nasional") && !instansi.nasional) {
    throw galat(
      400,
      "PERAN_TIDAK_BERLAKU",
      "Peran evaluator_nasional hanya dapat diberikan di KemenPANRB.",
      "The evaluator_nasional role can only be granted in KemenPANRB.",
    );
  }
}

/**
 * `budi` or `budi@kab-x` → `budi@kab-x` for agency `KAB-X` (see the file's
 * comment); null for another agency's suffix or a name too long for the column.
 */
export function usernameDiInstansi(masukan: string, kodeInstansi: string): string | null {
  const [nama, akhiran] = masukan.split("@");
  const kode = kodeInstansi.toLowerCase();
  if (akhiran !== undefined && akhiran !== kode) return null;
  const username = `${nama}@${kode}`;
  return username.length <= 64 ? username : null;
}
