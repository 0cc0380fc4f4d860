/**
 * Sends a notification's email: to the address in the employee record linked
 * to the recipient's account (accounts hold no address of their own). Plain
 * text through nodemailer (docs/adr/0003-email.md).
 */
import nodemailer from "nodemailer";
import type { SmtpConfig } from "../../config.ts";
import type { Db } from "../../db/factory.ts";

export type HasilEmail = { terkirim: true } | { terkirim: false; alasan: "tanpa_email" | "tidak_ada" };

export async function kirimEmailNotifikasi(
  db: Db,
  instansiId: string,
  id: string,
  smtp: SmtpConfig,
): Promise<HasilEmail> {
  const n = await db
    .selectFrom("notifikasi as n")
    .innerJoin("pengguna as g", "g.id", "n.pengguna_id")
    .leftJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "g.pegawai_instansi_id").onRef("p.id", "=", "g.pegawai_id"),
    )
    .select(["n.judul", "n.isi", "n.tautan", "g.nama", "g.bahasa", "p.email"])
    .where("n.instansi_id", "=", instansiId)
    .where("n.id", "=", id)
    .executeTakeFirst();
  if (!n) return { terkirim: false, alasan: "tidak_ada" };
  if (!n.email) return { terkirim: false, alasan: "tanpa_email" };
  const en = n.bahasa === "en";
  const tautan = n.tautan ? `\n\n${en ? "Open" : "Buka"}: ${smtp.urlPublik}${n.tautan}` : "";
  const teks = `${en ? "Dear" : "Yth."} ${n.nama},\n\n${n.judul}${n.isi ? `\n\n${n.isi}` : ""}${tautan}\n\n${
    en
      ? "This message was sent automatically by Nurani. If you did not expect it, contact your agency's administrator."
      : "Pesan ini dikirim otomatis oleh Nurani. Bila Anda tidak mengharapkannya, hubungi administrator instansi Anda."
  }`;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? "" } : undefined,
  });
  try {
    await transport.sendMail({ from: smtp.dari, to: n.email, subject: `Nurani: ${n.judul}`, text: teks });
  } finally {
    transport.close();
  }
  return { terkirim: true };
}
