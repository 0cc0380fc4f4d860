import path from "node:path";

/** Runtime configuration, read once from the environment (documented in docs/server.md). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** `null` = embedded PGlite in `<dataDir>/pglite`. */
  databaseUrl: string | null;
  demo: boolean;
  /** The app's public base URL (`NURANI_URL_PUBLIK`, no trailing slash), or null. */
  urlPublik: string | null;
  /** Cookies carry `Secure`: by default whenever `urlPublik` is `https://…` (docs/server.md "Headers"). */
  cookieSecure: boolean;
  /** Send `Strict-Transport-Security`: when `urlPublik` is `https://…`. */
  hsts: boolean;
  /** Who may read the OpenAPI description at `/api/docs`. */
  apiDocs: AksesDokumenApi;
  logLevel: string;
  /** Trust `X-Forwarded-For` from these proxies (client address for audit and rate limit). */
  trustProxy: boolean | string[];
  /** Number of background job workers started by `serve` (0 disables them). */
  workers: number;
  oidc: OidcConfig | null;
  /** Outgoing mail for assessment invitations (docs/asesmen.md); null = no email, printed tokens only. */
  smtp: SmtpConfig | null;
  /** Failed logins from one client address per window (docs/server.md "Login protection"). */
  loginGagalPerAlamat: number;
}

/** `/api/docs`: anyone, logged-in users only (default), or not served at all. */
export type AksesDokumenApi = "publik" | "login" | "mati";

export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  /** Sender address, e.g. `Nurani <asesmen@instansi.go.id>`. */
  dari: string;
  /** Public base URL of this server for links in emails, e.g. `https://nurani.instansi.go.id`. */
  urlPublik: string;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/**
 * Login defences (docs/server.md "Login protection"); only the per-address
 * limit is configurable (`NURANI_LOGIN_GAGAL_PER_ALAMAT`, Config.loginGagalPerAlamat).
 */
export const KEAMANAN = {
  /** Failed logins of one username that cost nothing; each further one makes the next wait … */
  gagalBebasAkun: 5,
  /** … this long after the first of them, twice as long after each next one, … */
  tundaAwalDetik: 30,
  /** … but never longer than this. */
  tundaMaksMenit: 15,
  /** A username's failures are forgotten this long after the first of them (or at a success). */
  jendelaAkunJam: 24,
  /** Failed logins from one client address per window (default of Config.loginGagalPerAlamat). */
  gagalPerAlamat: 100,
  jendelaAlamatMenit: 15,
  /** A session ends after this much inactivity … */
  sesiIdleMenit: 120,
  /** … and at the latest this long after login. */
  sesiMaksJam: 12,
  panjangPasswordMin: 10,
} as const;

export class ConfigError extends Error {}

function bool(v: string | undefined, dflt: boolean): boolean {
  if (v === undefined || v === "") return dflt;
  if (/^(1|true|ya|yes|on)$/i.test(v)) return true;
  if (/^(0|false|tidak|no|off)$/i.test(v)) return false;
  throw new ConfigError(`Nilai boolean tidak dikenal: ${v}`);
}

function int(name: string, v: string | undefined, dflt: number, min: number, max: number): number {
  if (v === undefined || v === "") return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} harus bilangan bulat ${min}–${max}, bukan "${v}"`);
  }
  return n;
}

/** `true`/`false`, or a comma-separated list of proxy addresses/CIDRs. */
function proxy(v: string | undefined): boolean | string[] {
  if (!v) return false;
  if (/^(1|true|ya|yes|on|0|false|tidak|no|off)$/i.test(v)) return bool(v, false);
  return v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function aksesDokumenApi(v: string | undefined): AksesDokumenApi {
  if (v === undefined || v === "") return "login";
  if (v === "publik" || v === "login" || v === "mati") return v;
  throw new ConfigError(`NURANI_API_DOCS harus publik, login atau mati, bukan "${v}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const issuer = env.NURANI_OIDC_ISSUER || "";
  let oidc: OidcConfig | null = null;
  if (issuer) {
    const clientId = env.NURANI_OIDC_CLIENT_ID || "";
    const redirectUri = env.NURANI_OIDC_REDIRECT_URI || "";
    if (!clientId || !redirectUri) {
      throw new ConfigError(
        "NURANI_OIDC_ISSUER membutuhkan NURANI_OIDC_CLIENT_ID dan NURANI_OIDC_REDIRECT_URI",
      );
    }
    oidc = { issuer, clientId, clientSecret: env.NURANI_OIDC_CLIENT_SECRET || "", redirectUri };
  }
  const urlPublik = (env.NURANI_URL_PUBLIK || "").replace(/\/+$/, "") || null;
  if (urlPublik !== null && !/^https?:\/\/[^/]/i.test(urlPublik)) {
    throw new ConfigError(`NURANI_URL_PUBLIK harus URL http:// atau https://, bukan "${urlPublik}"`);
  }
  const https = urlPublik !== null && /^https:\/\//i.test(urlPublik);
  let smtp: SmtpConfig | null = null;
  if (env.NURANI_SMTP_HOST) {
    const dari = env.NURANI_SMTP_FROM || "";
    if (!dari || urlPublik === null) {
      throw new ConfigError(
        "NURANI_SMTP_HOST membutuhkan NURANI_SMTP_FROM dan NURANI_URL_PUBLIK (http/https)",
      );
    }
    smtp = {
      host: env.NURANI_SMTP_HOST,
      port: int("NURANI_SMTP_PORT", env.NURANI_SMTP_PORT, 587, 1, 65535),
      secure: bool(env.NURANI_SMTP_SECURE, false),
      user: env.NURANI_SMTP_USER || null,
      password: env.NURANI_SMTP_PASSWORD || null,
      dari,
      urlPublik,
    };
  }
  return {
    port: int("PORT", env.PORT, 3000, 0, 65535),
    // Loopback by default: a fresh install is not exposed to the network until the
    // operator says so (HOST=0.0.0.0 behind a reverse proxy / in a container).
    host: env.HOST || "127.0.0.1",
    dataDir: path.resolve(env.NURANI_DATA_DIR || "./data"),
    databaseUrl: env.DATABASE_URL || null,
    demo: bool(env.NURANI_DEMO, false),
    urlPublik,
    cookieSecure: bool(env.NURANI_COOKIE_SECURE, https),
    hsts: https,
    apiDocs: aksesDokumenApi(env.NURANI_API_DOCS),
    logLevel: env.LOG_LEVEL || "info",
    trustProxy: proxy(env.NURANI_TRUST_PROXY),
    workers: int("NURANI_WORKERS", env.NURANI_WORKERS, 2, 0, 64),
    oidc,
    smtp,
    loginGagalPerAlamat: int(
      "NURANI_LOGIN_GAGAL_PER_ALAMAT",
      env.NURANI_LOGIN_GAGAL_PER_ALAMAT,
      KEAMANAN.gagalPerAlamat,
      1,
      1_000_000,
    ),
  };
}
