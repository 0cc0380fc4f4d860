// oidc-provider ships no types; the tests use a small part of it.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  interface Akun {
    accountId: string;
    claims(): Promise<Record<string, unknown>>;
  }
  interface Konfigurasi {
    clients: Record<string, unknown>[];
    claims?: Record<string, string[]>;
    cookies?: { keys: string[] };
    findAccount(ctx: unknown, id: string): Promise<Akun>;
  }
  export default class Provider {
    constructor(issuer: string, config: Konfigurasi);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
