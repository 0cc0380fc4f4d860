import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import type { Db } from "../db/factory.ts";
import { migrasiTertunda } from "../db/migrator.ts";

/** `/healthz`: the process answers. `/readyz`: the database answers and every migration is applied. */
export function pasangHealth(app: FastifyInstance, db: Db): void {
  app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { schema: { hide: true } }, async (req, reply) => {
    try {
      await sql`select 1`.execute(db);
      const tertunda = await migrasiTertunda(db);
      if (tertunda.length > 0) return reply.code(503).send({ status: "migrasi-tertunda", tertunda });
      return { status: "siap" };
    } catch (e) {
      req.log.error({ err: e }, "readyz: basis data tidak terjangkau");
      return reply.code(503).send({ status: "basisdata-tidak-terjangkau" });
    }
  });
}
