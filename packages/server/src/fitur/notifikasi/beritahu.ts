/**
 * The notification core (docs/server.md "Notifications"): `beritahu` stores
 * one message for one user in their language and, when SMTP is configured,
 * queues its email (sent by the `notifikasi.email` job, so a slow mail server
 * never holds a request; docs/adr/0003-email.md). Call it inside the
 * transaction of the change it reports: the message exists exactly when the
 * change does.
 */
import type { SmtpConfig } from "../../config.ts";
import type { Db } from "../../db/factory.ts";
import type { Teks } from "../../http/pesan.ts";
import { antrekanJob } from "../../jobs/queue.ts";

export const JOB_EMAIL_NOTIFIKASI = "notifikasi.email";

export interface Pemberitahuan {
  instansiId: string;
  penggunaId: string;
  /** What happened (lower case, dots), e.g. `akun.ditautkan`; the web may pick an icon by it. */
  jenis: string;
  judul: Teks;
  isi?: Teks;
  /** An app path to open, e.g. `/akun`. */
  tautan?: string;
  /** The server's SMTP settings (`ctx.config.smtp`); null: in-app only. */
  smtp: SmtpConfig | null;
  /** Email it whatever the user's preferences (the daily digest itself). */
  selaluEmail?: boolean;
}

/** The kind a user sets channels for: `jenis` up to its first dot (`asesmen.dibuka` → `asesmen`). */
export const kelompokJenis = (jenis: string): string => jenis.split(".")[0] ?? jenis;

/** Stores the notification (and queues its email); returns its id. */
export async function beritahu(db: Db, n: Pemberitahuan): Promise<string> {
  const g = await db
    .selectFrom("pengguna")
    .select("bahasa")
    .where("id", "=", n.penggunaId)
    .executeTakeFirstOrThrow();
  // the user's channels for this kind (migration 0091; no row: bell and email, no digest)
  const pref = await db
    .selectFrom("preferensi_notifikasi")
    .select(["dalam_aplikasi", "email", "ringkasan_harian"])
    .where("instansi_id", "=", n.instansiId)
    .where("pengguna_id", "=", n.penggunaId)
    .where("kelompok", "=", kelompokJenis(n.jenis))
    .executeTakeFirst();
  const { id } = await db
    .insertInto("notifikasi")
    .values({
      instansi_id: n.instansiId,
      pengguna_id: n.penggunaId,
      jenis: n.jenis,
      judul: n.judul[g.bahasa],
      isi: n.isi?.[g.bahasa] ?? null,
      tautan: n.tautan ?? null,
      // out of the bell: stored as already read (still listed, still in the digest)
      dibaca: pref && !pref.dalam_aplikasi ? new Date() : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const email = n.selaluEmail || !pref || (pref.email && !pref.ringkasan_harian);
  if (n.smtp && email) {
    await antrekanJob(db, { jenis: JOB_EMAIL_NOTIFIKASI, instansiId: n.instansiId, muatan: { id } });
  }
  return id;
}
