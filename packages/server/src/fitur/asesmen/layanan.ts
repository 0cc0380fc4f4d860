/** Who is taking a test (token or logged-in employee), the audit of a participant's actions, and a campaign's invitation status. */
import { sql } from "kysely";
import type { KonteksRute } from "../../http/route.ts";
import { bacaKampanye } from "./kampanye.ts";
import { galat } from "./pesan.ts";
import { HEADER_TOKEN } from "./skema.ts";
import { hashToken, normalkanToken } from "./token.ts";
import type { Identitas, RefPeserta } from "./ujian.ts";
import { JOB_UNDANGAN } from "./undangan.ts";

/** The token holder's identity from the request header (unknown or malformed → 404). */
export function identitasToken(ctx: KonteksRute<unknown, unknown, unknown>): Identitas {
  const h = ctx.req.headers[HEADER_TOKEN];
  const kanonik = typeof h === "string" ? normalkanToken(h) : null;
  if (!kanonik) throw galat(404, "TOKEN_TIDAK_DIKENAL");
  return { jenis: "token", hash: hashToken(kanonik) };
}

/** A logged-in employee naming one of their participations. */
export function identitasPengguna(
  ctx: KonteksRute<{ instansiId: string; id: string }, unknown, unknown>,
): Identitas {
  return {
    jenis: "pengguna",
    penggunaId: ctx.sesi?.pengguna.id ?? "",
    instansiId: ctx.params.instansiId,
    pesertaId: ctx.params.id,
  };
}

export const auditPeserta = (
  ctx: { audit: KonteksRute<unknown, unknown, unknown>["audit"] },
  pesertaId: string,
) => ctx.audit({ objekJenis: "peserta_asesmen", objekId: pesertaId });

/** An answer save's audit entry, written with the answer (RouteDef `transaksiSendiri`). */
export const auditJawaban = (
  ctx: Pick<KonteksRute<unknown, unknown, unknown>, "audit" | "entriAudit" | "auditTertulis">,
) => ({
  entri: (ref: RefPeserta) => {
    ctx.audit({ instansiId: ref.instansiId, objekJenis: "peserta_asesmen", objekId: ref.pesertaId });
    return ctx.entriAudit();
  },
  tertulis: ctx.auditTertulis,
});

export async function statusUndangan(
  ctx: {
    db: KonteksRute<unknown, unknown, unknown>["db"];
    config: KonteksRute<unknown, unknown, unknown>["config"];
  },
  instansiId: string,
  kampanyeId: string,
) {
  const job = await ctx.db
    .selectFrom("job")
    .select(["id", "status", "progres_selesai", "progres_total", "hasil"])
    .where("instansi_id", "=", instansiId)
    .where("jenis", "=", JOB_UNDANGAN)
    .where(sql<boolean>`muatan->>'kampanyeId' = ${kampanyeId}`)
    .orderBy("dibuat", "desc")
    .limit(1)
    .executeTakeFirst();
  const k = await bacaKampanye(ctx.db, instansiId, kampanyeId);
  return {
    smtp: ctx.config.smtp !== null,
    job: job
      ? {
          id: job.id,
          status: job.status,
          progres: {
            selesai: job.progres_selesai,
            total: Math.max(job.progres_total ?? 0, job.progres_selesai),
          },
          hasil: job.hasil ?? null,
        }
      : null,
    undangan: k.progres.undangan,
  };
}
