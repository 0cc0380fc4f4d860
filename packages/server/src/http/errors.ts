import { PESAN, type Teks } from "./pesan.ts";

/**
 * An error the API answers with `{error: {code, message, details}}`.
 * `pesan` defaults to the platform's message for `code` (pesan.ts).
 */
export class GalatApi extends Error {
  readonly status: number;
  readonly code: string;
  readonly teks: Teks;
  readonly param: Record<string, string | number>;
  readonly details: unknown;
  /** Commit the route's transaction (and its audit entry) before answering with this error. */
  readonly tetapSimpan: boolean;

  constructor(
    status: number,
    code: string,
    opsi: {
      pesan?: Teks;
      param?: Record<string, string | number>;
      details?: unknown;
      tetapSimpan?: boolean;
    } = {},
  ) {
    const teks = opsi.pesan ?? PESAN[code] ?? PESAN.PERMINTAAN_TIDAK_VALID;
    super(`${code}: ${teks.en}`);
    this.status = status;
    this.code = code;
    this.teks = teks;
    this.param = opsi.param ?? {};
    this.details = opsi.details ?? null;
    this.tetapSimpan = opsi.tetapSimpan ?? false;
  }
}

export const tidakDitemukan = () => new GalatApi(404, "TIDAK_DITEMUKAN");
export const aksesDitolak = () => new GalatApi(403, "AKSES_DITOLAK");
export const konflik = (pesan?: Teks, details?: unknown) => new GalatApi(409, "KONFLIK", { pesan, details });
