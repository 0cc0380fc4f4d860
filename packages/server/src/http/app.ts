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
import { type Fitur, pasangFitur } from "./fitur.ts";
import { pasangRute } from "./guard.ts";
import { pasangHealth } from "./health.ts";
import { kaitDokumenApi, pasangKepalaKeamanan } from "./kepala-keamanan.ts";
import type { RouteDef } from "./route.ts";
import { muatRuteApp } from "./route-table.ts";
import { validatorCompiler } from "./validasi.ts";

export interface OpsiApp {
  config: Config;
  db: Db;
  logger: Logger;
  /** Only these routes, flat under `/api`, and these areas (tests); defaults to the platform's and every area's. */
  routes?: RouteDef[];
  fitur?: Fitur[];
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
  pasangKepalaKeamanan(app, o.config);
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
  if (o.config.apiDocs !== "mati")
    await app.register(fastifySwaggerUi, {
      routePrefix: "/api/docs",
      uiHooks: { onRequest: kaitDokumenApi(o.config, o.db) },
    });

  // The areas in the feature-module shape each become a plugin with their URL groups (http/fitur.ts).
  const { rute, fitur } =
    o.routes || o.fitur ? { rute: o.routes ?? [], fitur: o.fitur ?? [] } : await muatRuteApp();
  await app.register(
    async (api) => {
      const deps = { db: o.db, config: o.config };
      api.setNotFoundHandler(() => {
        throw new GalatApi(404, "TIDAK_DITEMUKAN");
      });
      for (const r of rute) pasangRute(api, r, deps);
      for (const f of fitur) pasangFitur(api, f, deps);
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
