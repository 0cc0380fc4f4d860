import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { GalatApi } from "./errors.ts";
import { bahasaDari, isi, PESAN } from "./pesan.ts";
import { GalatValidasi, rincianValidasi } from "./validasi.ts";

function kirim(reply: FastifyReply, req: FastifyRequest, g: GalatApi): FastifyReply {
  const bahasa = bahasaDari(req.headers["accept-language"]);
  return reply
    .code(g.status)
    .type("application/json; charset=utf-8")
    .send({ error: { code: g.code, message: isi(g.teks, bahasa, g.param), details: g.details } });
}

/** Fastify's own 4xx errors (body parsing, content type, size) in our format. */
function dariFastify(e: FastifyError): GalatApi | null {
  switch (e.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new GalatApi(413, "BODY_TERLALU_BESAR", { param: { maks: "1 MiB" } });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new GalatApi(e.statusCode ?? 415, "TIPE_KONTEN");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new GalatApi(400, "JSON_RUSAK");
  }
  if (e instanceof SyntaxError && e.statusCode === 400) return new GalatApi(400, "JSON_RUSAK");
  return null;
}

/**
 * Database errors that can only come from the data sent (a constraint the
 * validators did not catch) are the client's fault: 4xx, never 500.
 */
function dariBasisdata(e: unknown): GalatApi | null {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== "string" || !/^[0-9A-Z]{5}$/.test(code)) return null;
  if (code === "23505" || code === "23503") return new GalatApi(409, "KONFLIK");
  if (code === "23514" || code === "23502" || code.startsWith("22")) return new GalatApi(400, "VALIDASI");
  return null;
}

export function pasangPenanganGalat(app: FastifyInstance): void {
  app.setErrorHandler((e: FastifyError, req, reply) => {
    if (e instanceof GalatApi) return kirim(reply, req, e);
    if (e instanceof GalatValidasi) {
      const bahasa = bahasaDari(req.headers["accept-language"]);
      return kirim(reply, req, new GalatApi(400, "VALIDASI", { details: rincianValidasi(e, bahasa) }));
    }
    const g = dariFastify(e) ?? dariBasisdata(e);
    if (g) {
      req.log.info({ kode: g.code, sebab: e.code }, "permintaan ditolak");
      return kirim(reply, req, g);
    }
    if (typeof e.statusCode === "number" && e.statusCode >= 400 && e.statusCode < 500) {
      return kirim(reply, req, new GalatApi(e.statusCode, "PERMINTAAN_TIDAK_VALID"));
    }
    req.log.error({ err: e }, "galat internal");
    return kirim(
      reply,
      req,
      new GalatApi(500, "GALAT_INTERNAL", { pesan: PESAN.GALAT_INTERNAL, param: { requestId: req.id } }),
    );
  });
}
