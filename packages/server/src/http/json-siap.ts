/**
 * A JSON answer serialised once and sent many times: for a large read whose
 * content is kept between requests (the assessment map of 1,110 units is
 * ~0.5 MB), validating and serialising it on every read cost more than
 * building it. The kept answer is validated by the route's response schema
 * when it is made (`jsonSiap(schema, value)`), and compressed with gzip the
 * first time a client accepts it.
 */
import { gzipSync } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";

export interface JsonSiap {
  readonly teks: Buffer;
  gzip?: Buffer;
}

/** Validates `nilai` with the route's response schema and serialises it. */
export function jsonSiap<S extends z.ZodType>(skema: S, nilai: z.input<S>): JsonSiap {
  return { teks: Buffer.from(JSON.stringify(skema.parse(nilai))) };
}

/** Sends a kept answer (gzip when the client accepts it); return the reply from the handler. */
export function kirimJsonSiap(req: FastifyRequest, reply: FastifyReply, j: JsonSiap): FastifyReply {
  reply.type("application/json; charset=utf-8").header("vary", "accept-encoding");
  if (/\bgzip\b/i.test(String(req.headers["accept-encoding"] ?? ""))) {
    j.gzip ??= gzipSync(j.teks);
    return reply.header("content-encoding", "gzip").send(j.gzip);
  }
  return reply.send(j.teks);
}
