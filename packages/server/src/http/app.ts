import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyMultipart from "@fastify/multipart";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import { createJsonSchemaTransform, serializerCompiler } from "fastify-type-provider-zod";
import type { Logger } from "pino";
import type { Config } from "../config.ts";
import type { Db } from "../db/factory.ts";
import { pasangPenanganGalat } from "./error-handler.ts";
import { GalatApi } from "./errors.ts";
import { pasangRute } from "./guard.ts";
import { pasangHealth } from "./health.ts";
import type { RouteDef } from "./route.ts";
import { muatTabelRute } from "./route-table.ts";
import { validatorCompiler } from "./validasi.ts";

export interface OpsiApp {
  config: Config;
  db: Db;
  logger: Logger;
  /** Defaults to the full route table (`muatTabelRute`). */
  routes?: RouteDef[];
  /** Serve the web app when `src/http/web.ts` exists (default true). */
  web?: boolean;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Builds the Fastify app: API routes behind the guard, errors, OpenAPI, health, and the web app. */
export async function buatApp(o: OpsiApp): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: o.logger as FastifyBaseLogger,
    trustProxy: o.config.trustProxy,
    genReqId: (req) => {
      const h = req.headers["x-request-id"];
      return typeof h === "string" && REQUEST_ID.test(h) ? h : crypto.randomUUID();
    },
    logController: new LogController({ requestIdLogLabel: "reqId" }),
  });
  app.addHook("onRequest", async (req, reply) => {
    reply.header("x-request-id", req.id);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  pasangPenanganGalat(app);
  await app.register(fastifyCookie);
  // Uploads (`ctx.req.file()`); a route narrows the limits (e.g. the employee import: 20 MiB).
  await app.register(fastifyMultipart, {
    limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 10, parts: 11 },
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Nurani API",
        description:
          "API Nurani (pembangunan integritas pegawai ASN, PermenPANRB 60/2020). Lihat docs/api.md.",
        version: "0.1.0",
      },
    },
    transform: createJsonSchemaTransform({ skipList: [] }),
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  const routes = o.routes ?? (await muatTabelRute());
  await app.register(
    async (api) => {
      for (const r of routes) pasangRute(api, r, { db: o.db, config: o.config });
      api.setNotFoundHandler(() => {
        throw new GalatApi(404, "TIDAK_DITEMUKAN");
      });
    },
    { prefix: "/api" },
  );
  pasangHealth(app, o.db);

  if (o.web !== false && !(await pasangWeb(app))) {
    app.setNotFoundHandler(() => {
      throw new GalatApi(404, "TIDAK_DITEMUKAN");
    });
  }
  return app;
}

/** Calls `registerWeb` from `web.ts` (owned by the web app) when present; false when there is none. */
async function pasangWeb(app: FastifyInstance): Promise<boolean> {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "web.ts");
  if (!fs.existsSync(file)) return false;
  try {
    const mod = (await import(pathToFileURL(file).href)) as {
      registerWeb?: (a: FastifyInstance) => Promise<void>;
    };
    if (typeof mod.registerWeb !== "function") return false;
    await mod.registerWeb(app);
    return true;
  } catch (e) {
    app.log.warn({ err: e }, "aplikasi web tidak dapat dipasang; hanya API yang dilayani");
    return false;
  }
}
