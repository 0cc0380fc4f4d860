import type { Peran } from "@nurani/domain";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import { z } from "zod";
import { type EntriAudit, tulisAudit } from "../audit/log.ts";
import { bacaSesi, type SesiAktif } from "../auth/sesi.ts";
import type { Config } from "../config.ts";
import type { Db } from "../db/factory.ts";
import { masukPagar } from "../db/rls.ts";
import type { Database } from "../db/schema.ts";
import { GalatApi } from "./errors.ts";
import { ambilKeadaan } from "./keadaan.ts";
import { bahasaDari } from "./pesan.ts";
import {
  Alihan,
  type AuditRute,
  type InstansiRute,
  isScoped,
  isWrite,
  type KonteksRute,
  type RouteDef,
} from "./route.ts";
import { instansiDitulis } from "./setelah-tulis.ts";

export const COOKIE_SESI = "nurani_sid";
export const COOKIE_CSRF = "nurani_csrf";
export const HEADER_CSRF = "x-csrf-token";
const BODY_LIMIT = 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DepsRute {
  db: Db;
  config: Config;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** The route records no caller address (RouteDef `tanpaAlamat`); the logger reads it. */
    tanpaAlamat?: boolean;
  }
  interface FastifyRequest {
    /** Session of the request, resolved once by the guard. */
    sesiNurani?: SesiAktif | null;
    /** What the guard granted: the route's instansi and the roles held there. */
    aksesNurani?: { instansi: InstansiRute | null; peran: Peran[] };
  }
}

/** The session named by the request's cookie, cached on the request. */
export async function sesiPermintaan(req: FastifyRequest, db: Db): Promise<SesiAktif | null> {
  if (req.sesiNurani === undefined) {
    const token = req.cookies[COOKIE_SESI];
    req.sesiNurani = token && token.length <= 100 ? await bacaSesi(db, token) : null;
  }
  return req.sesiNurani;
}

function cekDefinisi(def: RouteDef): void {
  if (!def.url.startsWith("/api/")) throw new Error(`Rute ${def.url}: harus di bawah /api/`);
  if (isScoped(def) && def.akses === "publik")
    throw new Error(`Rute ${def.url}: rute instansi tidak boleh publik`);
  if (Array.isArray(def.akses) && def.akses.length === 0)
    throw new Error(`Rute ${def.url}: daftar peran kosong`);
  if (def.params && !(def.params instanceof z.ZodObject))
    throw new Error(`Rute ${def.url}: params harus z.object`);
}

/** Params schema of a route: scoped routes always get `instansiId: uuid`. */
export function skemaParams(def: RouteDef): z.ZodType | undefined {
  if (!isScoped(def)) return def.params;
  const dasar = (def.params as z.ZodObject | undefined) ?? z.strictObject({});
  return dasar.extend({ instansiId: z.uuid() });
}

/** Central guard: decides whether the session may call the route, and in which instansi. */
async function periksaAkses(
  def: RouteDef,
  sesi: SesiAktif | null,
  params: Record<string, string>,
  db: Db,
): Promise<{ instansi: InstansiRute | null; peran: Peran[] }> {
  if (def.akses === "publik") return { instansi: null, peran: [] };
  if (!sesi) throw new GalatApi(401, "BELUM_LOGIN");
  if (sesi.pengguna.harusGantiPassword && !def.saatHarusGantiPassword) {
    throw new GalatApi(403, "HARUS_GANTI_PASSWORD");
  }
  const akses = def.akses;
  if (!isScoped(def)) {
    if (akses !== "login" && !sesi.peran.some((p) => (akses as readonly string[]).includes(p.peran))) {
      throw new GalatApi(403, "AKSES_DITOLAK");
    }
    return { instansi: null, peran: [] };
  }
  const instansiId = params.instansiId;
  if (!UUID.test(instansiId ?? "")) throw new GalatApi(404, "TIDAK_DITEMUKAN");
  const peran = sesi.peran.filter((p) => p.instansiId === instansiId).map((p) => p.peran as Peran);
  const olehPeran =
    akses === "login" ? peran.length > 0 : peran.some((p) => (akses as readonly string[]).includes(p));
  const olehEvaluator =
    def.bolehEvaluatorNasional === true &&
    sesi.peran.some((p) => p.instansiNasional && p.peran === "evaluator_nasional");
  if (!olehPeran && !olehEvaluator) throw new GalatApi(403, "AKSES_DITOLAK");
  // A role held there already names the instansi (the session read it); only the evaluator looks it up.
  const dikenal = sesi.peran.find((p) => p.instansiId === instansiId);
  if (dikenal) {
    const { instansiKode: kode, instansiNama: nama, instansiNasional: nasional } = dikenal;
    return { instansi: { id: instansiId, kode, nama, nasional }, peran };
  }
  const instansi = await db
    .selectFrom("instansi")
    .select(["id", "kode", "nama", "nasional"])
    .where("id", "=", instansiId)
    .executeTakeFirst();
  if (!instansi) throw new GalatApi(404, "TIDAK_DITEMUKAN");
  return { instansi, peran };
}

const tanpaKosong = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/**
 * Registers one declared route, wrapped in the guard, transaction and audit, on the plugin
 * `api` whose URL prefix is `dasar` (the `/api` plugin, or a feature's URL group: `http/fitur.ts`).
 */
export function pasangRute(api: FastifyInstance, def: RouteDef, deps: DepsRute, dasar = "/api"): void {
  cekDefinisi(def);
  const status = def.status ?? (def.response ? 200 : 204);
  const tulis = isWrite(def);
  const diaudit = tulis || def.bacaPribadi !== undefined || def.aksi !== undefined;
  api.route({
    method: def.method,
    url: def.url.slice(dasar.length),
    bodyLimit: def.bodyLimit ?? BODY_LIMIT,
    schema: tanpaKosong({
      summary: def.ringkasan,
      tags: def.tag ? [def.tag] : undefined,
      params: skemaParams(def),
      querystring: def.query,
      body: def.body,
      response: def.response ? { [status]: def.response } : undefined,
    }),
    // The guard runs before the body is parsed or validated: a caller who may
    // not use the route learns nothing about its input rules.
    config: { tanpaAlamat: def.tanpaAlamat === true },
    onRequest: async (req: FastifyRequest) => {
      const sesi = await sesiPermintaan(req, deps.db);
      if (tulis && !def.tanpaCsrf && sesi) {
        const kiriman = req.headers[HEADER_CSRF];
        if (typeof kiriman !== "string" || kiriman !== sesi.csrfToken) throw new GalatApi(403, "CSRF");
      }
      req.aksesNurani = await periksaAkses(def, sesi, (req.params ?? {}) as Record<string, string>, deps.db);
    },
    handler: async (req: FastifyRequest, reply: FastifyReply) => {
      const sesi = req.sesiNurani ?? null;
      const params = (req.params ?? {}) as Record<string, string>;
      const { instansi, peran } = req.aksesNurani ?? { instansi: null, peran: [] };

      const entri: AuditRute = {};
      let tertunda: GalatApi | null = null;
      let tertulis = false;
      const entriAudit = (): EntriAudit => {
        const gagal = tertunda as GalatApi | null;
        return {
          aksi:
            entri.aksi ??
            (def.bacaPribadi ? `${def.bacaPribadi}.baca` : (def.aksi ?? `${def.method} ${def.url}`)),
          instansiId: instansi?.id ?? entri.instansiId ?? null,
          penggunaId: entri.penggunaId ?? sesi?.pengguna.id ?? null,
          objekJenis: entri.objekJenis ?? def.bacaPribadi ?? null,
          objekId: entri.objekId ?? params.id ?? null,
          ip: def.tanpaAlamat ? null : req.ip,
          userAgent: def.tanpaAlamat ? null : (req.headers["user-agent"] ?? null),
          requestId: req.id,
          rincian: gagal ? { ...entri.rincian, hasil: "gagal", kode: gagal.code } : entri.rincian,
        };
      };
      const jalankan = async (db: Transaction<Database>, pagar: boolean) => {
        if (instansi && pagar) await masukPagar(db, instansi.id);
        const ctx: KonteksRute<unknown, unknown, unknown> = {
          req,
          reply,
          params: req.params,
          query: req.query,
          body: req.body,
          bahasa: bahasaDari(req.headers["accept-language"]),
          config: deps.config,
          sesi,
          instansi,
          peran,
          db,
          alihkan: (url) => new Alihan(url),
          keadaan: (k) => ambilKeadaan(req.server, k),
          audit: (e) => {
            Object.assign(entri, { ...e, rincian: { ...entri.rincian, ...e.rincian } });
          },
          entriAudit,
          auditTertulis: () => {
            tertulis = true;
          },
        };
        let out: unknown;
        try {
          out = await def.handler(ctx);
        } catch (e) {
          if (!(e instanceof GalatApi && e.tetapSimpan)) throw e;
          tertunda = e;
        }
        if (diaudit && !tertulis) await tulisAudit(db, entriAudit());
        return out;
      };
      // A `transaksiSendiri` route runs its own fenced transactions (see RouteDef).
      const hasil = def.transaksiSendiri
        ? await jalankan(deps.db as Transaction<Database>, false)
        : await deps.db.transaction().execute((trx) => jalankan(trx, true));
      // An answer save (`transaksiSendiri`) changes nothing an in-process cache keeps (lists, maps),
      // so the many saves of a running test do not empty those caches.
      if (tulis && instansi && !def.transaksiSendiri) await instansiDitulis(deps.db, instansi.id);
      if (tertunda) throw tertunda;
      // The answer leaves only after the commit, so a client acting on it sees the change.
      if (hasil instanceof Alihan) return reply.redirect(hasil.url);
      if (reply.sent) return reply; // a read that streamed its own answer (e.g. a file download)
      return status === 204 ? reply.code(204).send() : reply.code(status).send(hasil);
    },
  });
}
