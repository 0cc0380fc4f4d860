/**
 * The daily reminder run (docs/pengingat.md): for each agency, every reminder
 * due today is sent once (a daily one once a day), by inserting its row in
 * `pengingat_terkirim` first; then the daily digest for users who chose it.
 * Safe to run any number of times a day.
 */
import type { SmtpConfig } from "../../config.ts";
import type { Db } from "../../db/factory.ts";
import { beritahu, kelompokJenis } from "../notifikasi/index.ts";
import { type Peristiwa, peristiwaHariIni } from "./peristiwa.ts";
import { peristiwaPendampingan } from "./peristiwa-pendampingan.ts";

/** The day of an event reminded only once. */
const SEKALI = "1970-01-01";

const tgl = (d: Date, zona: string) => new Intl.DateTimeFormat("en-CA", { timeZone: zona }).format(d);

async function tandai(db: Db, instansiId: string, penggunaId: string, kunci: string, tanggal: string) {
  const r = await db
    .insertInto("pengingat_terkirim")
    .values({ instansi_id: instansiId, pengguna_id: penggunaId, kunci, tanggal })
    .onConflict((oc) => oc.doNothing())
    .returning("kunci")
    .executeTakeFirst();
  return r !== undefined;
}

/** Sends each event not yet sent (today, for a daily one); returns how many were sent. */
async function kirim(
  db: Db,
  instansiId: string,
  hariIni: string,
  daftar: Peristiwa[],
  smtp: SmtpConfig | null,
) {
  let n = 0;
  for (const p of daftar) {
    if (!(await tandai(db, instansiId, p.penggunaId, p.kunci, p.harian ? hariIni : SEKALI))) continue;
    await beritahu(db, {
      instansiId,
      penggunaId: p.penggunaId,
      jenis: p.jenis,
      judul: p.judul,
      isi: p.isi,
      tautan: p.tautan,
      smtp,
    });
    n++;
  }
  return n;
}

/**
 * A mentoring session just recorded or moved: its people are told at once, with the same
 * keys as the daily run, so the run does not tell them again (docs/pengingat.md).
 */
export async function beritahuSesiPendampingan(
  db: Db,
  o: { instansiId: string; sesiId: string; smtp: SmtpConfig | null; kini?: Date },
): Promise<number> {
  const i = await db
    .selectFrom("instansi")
    .select("zona_waktu")
    .where("id", "=", o.instansiId)
    .executeTakeFirstOrThrow();
  const hariIni = tgl(o.kini ?? new Date(), i.zona_waktu);
  const daftar = await peristiwaPendampingan(db, o.instansiId, hariIni, { sesiId: o.sesiId });
  return kirim(db, o.instansiId, hariIni, daftar, o.smtp);
}

export interface HasilPengingat {
  dikirim: number;
  ringkasan: number;
}

export async function jalankanPengingat(
  db: Db,
  o: { smtp: SmtpConfig | null; kini?: Date; instansiId?: string },
): Promise<HasilPengingat> {
  const kini = o.kini ?? new Date();
  const instansi = await db
    .selectFrom("instansi")
    .select(["id", "zona_waktu"])
    .$if(o.instansiId !== undefined, (q) => q.where("id", "=", o.instansiId as string))
    .execute();
  let dikirim = 0;
  let ringkasan = 0;
  for (const i of instansi) {
    const hariIni = tgl(kini, i.zona_waktu);
    dikirim += await kirim(db, i.id, hariIni, await peristiwaHariIni(db, i.id, kini, i.zona_waktu), o.smtp);
    if (o.smtp) ringkasan += await kirimRingkasan(db, i.id, hariIni, kini, o.smtp);
  }
  return { dikirim, ringkasan };
}

/** One digest email a day per user who gathers some kinds in it: the last day's notifications of those kinds. */
async function kirimRingkasan(db: Db, instansiId: string, hariIni: string, kini: Date, smtp: SmtpConfig) {
  const pref = await db
    .selectFrom("preferensi_notifikasi")
    .select(["pengguna_id", "kelompok"])
    .where("instansi_id", "=", instansiId)
    .where("ringkasan_harian", "=", true)
    .execute();
  const perPengguna = new Map<string, Set<string>>();
  for (const r of pref)
    perPengguna.set(r.pengguna_id, (perPengguna.get(r.pengguna_id) ?? new Set()).add(r.kelompok));
  let n = 0;
  for (const [penggunaId, kelompok] of perPengguna) {
    const baris = (
      await db
        .selectFrom("notifikasi")
        .select(["jenis", "judul"])
        .where("instansi_id", "=", instansiId)
        .where("pengguna_id", "=", penggunaId)
        .where("dibuat", ">", new Date(kini.getTime() - 86_400_000))
        .orderBy("dibuat")
        .execute()
    ).filter((r) => kelompok.has(kelompokJenis(r.jenis)));
    if (baris.length === 0) continue;
    if (!(await tandai(db, instansiId, penggunaId, "ringkasan", hariIni))) continue;
    const daftar = baris.map((b) => `- ${b.judul}`).join("\n");
    await beritahu(db, {
      instansiId,
      penggunaId,
      jenis: "ringkasan.harian",
      judul: {
        id: `Ringkasan harian (${baris.length} pemberitahuan)`,
        en: `Daily digest (${baris.length} notifications)`,
      },
      isi: { id: daftar, en: daftar },
      tautan: "/",
      smtp,
      selaluEmail: true,
    });
    n++;
  }
  return n;
}
