import type { Db } from "../db/factory.ts";

/** One entry of the append-only audit log (table `audit_log`; UPDATE/DELETE are refused by a trigger). */
export interface EntriAudit {
  /** What happened, e.g. `login.berhasil`, `unit.buat`, `pegawai.baca`. */
  aksi: string;
  instansiId?: string | null;
  penggunaId?: string | null;
  objekJenis?: string | null;
  objekId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
  /** Extra facts (ids, counts, outcome) — never personal data: see `bersihkanRincian`. */
  rincian?: Record<string, unknown>;
}

// Keys whose values are personal data or secrets; their values are not stored.
const KUNCI_PRIBADI =
  /^(password.*|passwordlama|passwordbaru|nip|nama|email|telepon|tanggallahir|totp|kode|token|secret)$/i;
const NIP = /\b\d{18}\b/g;

/** Removes personal data from audit details: values of personal keys and anything shaped like a NIP. */
export function bersihkanRincian(v: unknown): unknown {
  if (typeof v === "string") return v.replace(NIP, "[NIP]");
  if (Array.isArray(v)) return v.map(bersihkanRincian);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v))
      out[k] = KUNCI_PRIBADI.test(k) ? "[disamarkan]" : bersihkanRincian(x);
    return out;
  }
  return v;
}

/** The `audit_log` row of an entry: the one place where an entry becomes columns. */
export function barisAudit(e: EntriAudit) {
  return {
    aksi: e.aksi,
    instansi_id: e.instansiId ?? null,
    pengguna_id: e.penggunaId ?? null,
    objek_jenis: e.objekJenis ?? null,
    objek_id: e.objekId ?? null,
    ip: e.ip ?? null,
    user_agent: e.userAgent?.slice(0, 300) ?? null,
    request_id: e.requestId ?? null,
    rincian: JSON.stringify(bersihkanRincian(e.rincian ?? {})),
  };
}

/** Appends one entry. Call it inside the transaction whose change it records. */
export async function tulisAudit(db: Db, e: EntriAudit): Promise<void> {
  await db.insertInto("audit_log").values(barisAudit(e)).execute();
}
