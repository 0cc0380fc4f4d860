import type { Peran } from "@nurani/domain";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Transaction } from "kysely";
import type { z } from "zod";
import type { EntriAudit } from "../audit/log.ts";
import type { SesiAktif } from "../auth/sesi.ts";
import type { Config } from "../config.ts";
import type { Database } from "../db/schema.ts";
import type { Keadaan } from "./keadaan.ts";
import type { Bahasa } from "./pesan.ts";

/**
 * Who may call a route: nobody needs to be logged in (`publik`), any logged-in
 * user (`login`), or a user holding one of the roles — in the route's instansi
 * when the URL has `:instansiId`, in any instansi otherwise.
 */
export type Akses = "publik" | "login" | readonly Peran[];

export type Metode = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

type Skema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : Record<never, never>;

export interface InstansiRute {
  id: string;
  kode: string;
  nama: string;
  nasional: boolean;
}

/** What the central audit writes after the handler; the handler may refine it through `ctx.audit`. */
export interface AuditRute {
  aksi?: string;
  /** The agency the entry belongs to, for routes without `:instansiId` (e.g. a token holder's test). */
  instansiId?: string;
  objekJenis?: string;
  objekId?: string;
  penggunaId?: string;
  rincian?: Record<string, unknown>;
}

export interface KonteksRute<P, Q, B> {
  req: FastifyRequest;
  reply: FastifyReply;
  params: P;
  query: Q;
  body: B;
  bahasa: Bahasa;
  config: Config;
  /** The session (null only on `publik` routes called without one). */
  sesi: SesiAktif | null;
  /** The instansi of `:instansiId` (instansi-scoped routes only). */
  instansi: InstansiRute | null;
  /** Roles the user holds in `instansi` (empty when not scoped). */
  peran: Peran[];
  /**
   * The request's transaction. On instansi-scoped routes it runs as role
   * `nurani_app` with `nurani.instansi_id` set, so RLS hides other agencies' rows.
   */
  db: Transaction<Database>;
  /** A redirect, sent only after the transaction has committed: `return ctx.alihkan(url)`. */
  alihkan(url: string): Alihan;
  /** The per-app state its area declared (`Keadaan`, `http/fitur.ts`): a cache, a client. */
  keadaan<T>(k: Keadaan<T>): T;
  /** Refine the audit entry this request writes (writes and declared person-reads are always audited). */
  audit(entri: AuditRute): void;
  /** The audit entry as the guard would write it now (for `transaksiSendiri` routes). */
  entriAudit(): EntriAudit;
  /** A `transaksiSendiri` handler has written `entriAudit()` with its change: the guard writes none. */
  auditTertulis(): void;
}

// `any` defaults: the route table holds routes of every schema shape.
/* biome-ignore-start lint/suspicious/noExplicitAny: heterogeneous route table */
/** What a handler without `response` may return: nothing (204), a redirect, or a file it streams. */
// biome-ignore lint/suspicious/noConfusingVoidType: a handler without `response` returns nothing
type TanpaSkema = void | Alihan | FastifyReply | Buffer | NodeJS.ReadableStream;

/** A redirect answer (see `KonteksRute.alihkan`). */
export class Alihan {
  constructor(readonly url: string) {}
}

export interface RouteDef<
  P extends Skema | undefined = any,
  Q extends Skema | undefined = any,
  B extends Skema | undefined = any,
  R extends Skema | undefined = any,
> {
  /* biome-ignore-end lint/suspicious/noExplicitAny: heterogeneous route table */
  method: Metode;
  /** Full path starting with `/api/`; `:instansiId` makes the route instansi-scoped. */
  url: string;
  akses: Akses;
  /** Summary for the OpenAPI description. */
  ringkasan: string;
  tag?: string;
  /** `evaluator_nasional` (held in the national instansi) may also call this scoped route. */
  bolehEvaluatorNasional?: boolean;
  /** Params besides `instansiId` (added automatically for scoped routes). */
  params?: P;
  query?: Q;
  body?: B;
  /** Schema of the success answer; omit for 204 No Content. */
  response?: R;
  /** Success status (default 200, or 204 without `response`). */
  status?: number;
  /** Audit action name (default `"METHOD url"`). Writes are always audited; a GET only when it names `aksi`. */
  aksi?: string;
  /** This GET reads one person's record: audited as `<objek>.baca` with object id `params.id`. */
  bacaPribadi?: string;
  /**
   * The handler runs its own transactions: the guard opens none and sets no
   * RLS fence, so every statement of the handler must fence by instansi
   * itself. The handler writes its audit entry with its change
   * (`ctx.entriAudit()`) and says so with `ctx.auditTertulis()`; when it does
   * not, the guard appends the entry afterwards. Only for the hottest write,
   * saving a test answer, which groups concurrent saves into one fenced
   * transaction (`fitur/asesmen/simpan-kelompok.ts`, docs/asesmen.md "Throughput"),
   * and for login, whose attempt counters must commit before the password is
   * verified (`auth/batas-login.ts`).
   * Its writes do not run the after-write hooks (`setelah-tulis.ts`): an
   * answer changes nothing an in-process cache keeps.
   */
  transaksiSendiri?: true;
  /** An anonymous public route: its audit entry and request log line record no address or user agent. */
  tanpaAlamat?: true;
  /** Skip the CSRF check (only the login form, which has no session yet). */
  tanpaCsrf?: true;
  /** Callable while the user must still change a temporary password. */
  saatHarusGantiPassword?: true;
  /** Maximum body size in bytes (default 1 MiB). */
  bodyLimit?: number;
  /**
   * `ctx.params.instansiId` is set (and checked by the guard) on scoped routes only. A read may
   * send its own answer and return `ctx.reply` (a file, or a kept JSON answer: `json-siap.ts`).
   */
  handler(
    ctx: KonteksRute<Out<P> & { instansiId: string }, Out<Q>, Out<B>>,
  ): Promise<R extends z.ZodType ? z.input<R> | Alihan | FastifyReply : TanpaSkema>;
}

/** Declares a route; the guard in `guard.ts` enforces `akses`, tenancy, CSRF and audit around `handler`. */
export function defineRoute<
  P extends Skema | undefined = undefined,
  Q extends Skema | undefined = undefined,
  B extends Skema | undefined = undefined,
  R extends Skema | undefined = undefined,
>(def: RouteDef<P, Q, B, R>): RouteDef {
  return def as RouteDef;
}

export const isScoped = (r: Pick<RouteDef, "url">) => r.url.includes(":instansiId");
export const isWrite = (r: Pick<RouteDef, "method">) => r.method !== "GET";
