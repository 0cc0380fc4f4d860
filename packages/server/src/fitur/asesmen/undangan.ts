/**
 * Email invitations (docs/asesmen.md "Invitations";
 * docs/adr/0003-email.md). A background job walks the campaign's
 * participants not yet invited (or whose mail failed): a person without an
 * email address is marked `tanpa_email` (their printed token is the way in);
 * everyone else gets a fresh one-time token inside a link to `/ujian/<token>`,
 * in Bahasa Indonesia. Without SMTP configured nobody is mailed: everyone
 * not yet invited is marked `tanpa_email` and the UI says so.
 */
import { sql } from "kysely";
import nodemailer from "nodemailer";
import type { SmtpConfig } from "../../config.ts";
import type { Db } from "../../db/factory.ts";
import { daftarUuid } from "./kampanye.ts";
import { buatToken, hashToken, normalkanToken } from "./token.ts";

export const JOB_UNDANGAN = "asesmen.undangan";

export interface RingkasanUndangan {
  terkirim: number;
  gagal: number;
  tanpaEmail: number;
}

const fmt = (d: Date) =>
  new Intl.DateTimeFormat("id-ID", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Asia/Jakarta",
  }).format(new Date(d));

/** The invitation text (plain text; Bahasa Indonesia). */
export function teksUndangan(o: {
  nama: string;
  kampanye: string;
  dibuka: Date;
  ditutup: Date;
  batasMenit: number | null;
  tautan: string;
  token: string;
}): { subjek: string; teks: string } {
  const batas = o.batasMenit ? `\nWaktu pengerjaan paling lama ${o.batasMenit} menit sejak Anda mulai.` : "";
  return {
    subjek: `Undangan Asesmen Integritas: ${o.kampanye}`,
    teks: `Yth. ${o.nama},

Anda diundang mengikuti ${o.kampanye}, asesmen integritas ASN sesuai PermenPANRB Nomor 60 Tahun 2020 (BAB III.B.3).

Buka tautan berikut untuk mengerjakan (tanpa perlu masuk akun):
${o.tautan}

Token Anda: ${o.token}
Asesmen dibuka ${fmt(o.dibuka)} dan ditutup ${fmt(o.ditutup)} WIB.${batas}

Setiap blok berisi tiga pernyataan; pilih satu yang PALING SESUAI dan satu yang PALING TIDAK SESUAI dengan diri Anda. Tidak ada jawaban benar atau salah. Jawaban tersimpan otomatis setiap kali Anda memilih; Anda dapat berhenti dan melanjutkan kembali sebelum batas waktu.

Tautan dan token ini bersifat pribadi: jangan bagikan kepada orang lain.

Salam,
Tim Supervisi Pembangunan Integritas`,
  };
}

/** Runs one invitation round for a campaign; `progres` reports done/total. */
export async function kirimUndangan(
  db: Db,
  instansiId: string,
  kampanyeId: string,
  smtp: SmtpConfig | null,
  progres: (selesai: number, total: number) => Promise<void>,
  /** Only these participants (participants added after activation); all not yet invited when omitted. */
  pesertaIds?: readonly string[],
  /** Aborted when the job is cancelled or its lease lost: no further mail goes out. */
  signal?: AbortSignal,
): Promise<RingkasanUndangan> {
  const hasil: RingkasanUndangan = { terkirim: 0, gagal: 0, tanpaEmail: 0 };
  const k = await db
    .selectFrom("kampanye_asesmen")
    .select(["nama", "dibuka", "ditutup", "batas_menit", "status"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", kampanyeId)
    .executeTakeFirst();
  if (k?.status !== "aktif") return hasil;
  const sasaran = await db
    .selectFrom("peserta_asesmen as p")
    .innerJoin("pegawai as g", (j) =>
      j.onRef("g.instansi_id", "=", "p.instansi_id").onRef("g.id", "=", "p.pegawai_id"),
    )
    .select(["p.id", "g.nama", "g.email"])
    .where("p.instansi_id", "=", instansiId)
    .where("p.kampanye_id", "=", kampanyeId)
    .where("p.undangan", "in", ["belum", "gagal"])
    .where("p.selesai", "is", null)
    .$if(pesertaIds !== undefined, (q) =>
      q.where(sql<boolean>`p.id = any(${daftarUuid(pesertaIds ?? [])}::uuid[])`),
    )
    .orderBy("p.id")
    .execute();
  const tandai = (ids: string[], undangan: "terkirim" | "gagal" | "tanpa_email") =>
    ids.length === 0
      ? Promise.resolve()
      : db
          .updateTable("peserta_asesmen")
          .set({ undangan, diundang: new Date() })
          .where("instansi_id", "=", instansiId)
          .where("id", "in", ids)
          .execute()
          .then(() => {});

  const tanpa = sasaran.filter((s) => !smtp || !s.email).map((s) => s.id);
  await tandai(tanpa, "tanpa_email");
  hasil.tanpaEmail = tanpa.length;
  const kirim = smtp ? sasaran.filter((s) => s.email) : [];
  let selesai = tanpa.length;
  await progres(selesai, sasaran.length);
  if (!smtp || kirim.length === 0) return hasil;

  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? "" } : undefined,
    pool: true,
    maxConnections: 2,
  });
  try {
    for (const s of kirim) {
      // cancelled, or another worker took the job over: stop before the next mail, not 20 mails later
      signal?.throwIfAborted();
      const token = buatToken();
      const tautan = `${smtp.urlPublik}/ujian/${token}`;
      const { subjek, teks } = teksUndangan({
        nama: s.nama,
        kampanye: k.nama,
        dibuka: k.dibuka,
        ditutup: k.ditutup,
        batasMenit: k.batas_menit,
        tautan,
        token,
      });
      try {
        await transport.sendMail({ from: smtp.dari, to: s.email as string, subject: subjek, text: teks });
        // The token works once the mail is out; an older token of this person stops working.
        await db
          .updateTable("peserta_asesmen")
          .set({
            token_hash: hashToken(normalkanToken(token) as string),
            undangan: "terkirim",
            diundang: new Date(),
          })
          .where("instansi_id", "=", instansiId)
          .where("id", "=", s.id)
          .where("selesai", "is", null)
          .execute();
        hasil.terkirim++;
      } catch {
        await tandai([s.id], "gagal");
        hasil.gagal++;
      }
      selesai++;
      if (selesai % 20 === 0 || selesai === sasaran.length) await progres(selesai, sasaran.length);
    }
  } finally {
    transport.close();
  }
  return hasil;
}
