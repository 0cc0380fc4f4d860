import * as client from "openid-client";
import type { OidcConfig } from "../config.ts";
import type { Db } from "../db/factory.ts";

/** How long a started SSO login may take before its state is refused. */
const BATAS_MENIT = 10;

/** OpenID Connect client for the national SSO (authorization code + PKCE). */
export class KlienOidc {
  private konfigurasi: Promise<client.Configuration> | null = null;

  constructor(private readonly cfg: OidcConfig) {}

  private discovery(): Promise<client.Configuration> {
    if (!this.konfigurasi) {
      const issuer = new URL(this.cfg.issuer);
      this.konfigurasi = client
        .discovery(issuer, this.cfg.clientId, this.cfg.clientSecret || undefined, undefined, {
          // plain http only for a provider on loopback (tests, local development)
          execute: isLoopback(issuer) ? [client.allowInsecureRequests] : [],
        })
        .catch((e) => {
          this.konfigurasi = null; // retry discovery on the next login
          throw e;
        });
    }
    return this.konfigurasi;
  }

  /** Stores state, nonce and PKCE verifier; returns the provider URL to send the browser to. */
  async mulai(db: Db): Promise<{ url: string; state: string }> {
    const config = await this.discovery();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await db
      .deleteFrom("oidc_permintaan")
      .where("dibuat", "<", new Date(Date.now() - BATAS_MENIT * 60_000))
      .execute();
    await db.insertInto("oidc_permintaan").values({ state, code_verifier: codeVerifier, nonce }).execute();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.cfg.redirectUri,
      scope: "openid profile email",
      response_type: "code",
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /**
   * Completes the code flow for the callback's query string; returns the ID
   * token's claims. Throws when the state is unknown/expired or the provider refuses.
   */
  async selesai(db: Db, state: string, queryString: string): Promise<Klaim> {
    const row = await db
      .deleteFrom("oidc_permintaan")
      .where("state", "=", state)
      .returningAll()
      .executeTakeFirst();
    if (!row || row.dibuat.getTime() < Date.now() - BATAS_MENIT * 60_000)
      throw new Error("state OIDC tidak dikenal");
    const config = await this.discovery();
    const url = new URL(this.cfg.redirectUri);
    url.search = queryString;
    const tokens = await client.authorizationCodeGrant(config, url, {
      pkceCodeVerifier: row.code_verifier,
      expectedState: row.state,
      expectedNonce: row.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error("ID token tidak ada");
    let klaim: Record<string, unknown> = idToken;
    // Many providers put profile/email claims only in the UserInfo answer.
    if (typeof klaim.preferred_username !== "string" && typeof klaim.email !== "string") {
      klaim = { ...(await client.fetchUserInfo(config, tokens.access_token, idToken.sub)), sub: idToken.sub };
    }
    return {
      sub: idToken.sub,
      preferredUsername: typeof klaim.preferred_username === "string" ? klaim.preferred_username : null,
      email: typeof klaim.email === "string" ? klaim.email : null,
    };
  }
}

export interface Klaim {
  sub: string;
  preferredUsername: string | null;
  email: string | null;
}

function isLoopback(u: URL): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname);
}

/**
 * The pengguna an SSO identity maps to: first by a stored `oidc_subject`; else
 * by `preferred_username`, then `email`, equal to the username — and that user
 * is then linked to the subject. A user already linked to another subject is refused.
 */
export async function penggunaUntukKlaim(db: Db, k: Klaim): Promise<string | null> {
  const terikat = await db
    .selectFrom("pengguna")
    .select(["id", "aktif"])
    .where("oidc_subject", "=", k.sub)
    .executeTakeFirst();
  if (terikat) return terikat.aktif ? terikat.id : null;
  for (const nama of [k.preferredUsername, k.email]) {
    if (!nama) continue;
    const p = await db
      .selectFrom("pengguna")
      .select(["id", "aktif", "oidc_subject"])
      .where("username", "=", nama.trim().toLowerCase())
      .executeTakeFirst();
    if (!p) continue;
    if (!p.aktif || p.oidc_subject !== null) return null;
    await db.updateTable("pengguna").set({ oidc_subject: k.sub }).where("id", "=", p.id).execute();
    return p.id;
  }
  return null;
}
