/**
 * What the plan draws from the rest of the programme (docs/agen-perubahan.md "Rencana saya"):
 * attendance from executed programme activities (Tabel 4–8 activities recorded with the people
 * present, fitur/program `pelaksanaan_kegiatan.hadir`), the number of mentoring sessions (Tabel 2
 * I.3; a count only, never their content), and, for the agency checklist of BAB III.B.2 a–d, the
 * share of active employees whose criterion is confirmed.
 */
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";

export interface Kehadiran {
  /** Executed activities this person was recorded present at. */
  jumlah: number;
  /** Of those, the Tabel 5–8 activities (with a sub-stage), per sub-stage 1–4. */
  perSubtahap: { subtahap: number; jumlah: number }[];
  /** The latest few, newest first. */
  terakhir: { judul: string; tanggal: string; subtahap: number | null }[];
  /** Mentoring, coaching and counselling sessions received: a count only. */
  pendampingan: number;
}

export async function kehadiranPegawai(db: Db, instansiId: string, pegawaiId: string): Promise<Kehadiran> {
  const hadir = await db
    .selectFrom("pelaksanaan_kegiatan as p")
    .innerJoin("kegiatan_program as k", (j) =>
      j.onRef("k.instansi_id", "=", "p.instansi_id").onRef("k.id", "=", "p.kegiatan_id"),
    )
    .select(["k.judul", "k.subtahap", "p.tanggal"])
    .where("p.instansi_id", "=", instansiId)
    .where(sql<boolean>`p.hadir @> ${JSON.stringify([pegawaiId])}::jsonb`)
    .orderBy("p.tanggal", "desc")
    .orderBy("p.id")
    .execute();
  const per = new Map<number, number>();
  for (const h of hadir) if (h.subtahap) per.set(h.subtahap, (per.get(h.subtahap) ?? 0) + 1);
  const m = await db
    .selectFrom("sesi_pendampingan")
    .select((e) => e.fn.countAll<string>().as("n"))
    .where("instansi_id", "=", instansiId)
    .where("pegawai_id", "=", pegawaiId)
    .executeTakeFirstOrThrow();
  return {
    jumlah: hadir.length,
    perSubtahap: [1, 2, 3, 4].map((s) => ({ subtahap: s, jumlah: per.get(s) ?? 0 })),
    terakhir: hadir.slice(0, 5).map((h) => ({
      judul: h.judul,
      tanggal: String(h.tanggal).slice(0, 10),
      subtahap: h.subtahap,
    })),
    pendampingan: Number(m.n),
  };
}

export interface CapaianPegawai {
  /** Active employees whose criterion was confirmed by the superior or the team. */
  dikonfirmasi: number;
  /** Ticked by the employee, not (yet) confirmed. */
  dicentang: number;
  /** Active employees of the agency. */
  pegawai: number;
  /** dikonfirmasi / pegawai (0–1, four decimals); null without employees. */
  proporsi: number | null;
}

/** Per checklist item (BAB III.B.2 a–d code), how many active employees meet it by the per-person criteria. */
export async function capaianKriteriaPegawai(
  db: Db,
  instansiId: string,
): Promise<(kode: string) => CapaianPegawai> {
  const total = await db
    .selectFrom("pegawai")
    .select((e) => e.fn.countAll<string>().as("n"))
    .where("instansi_id", "=", instansiId)
    .where("aktif", "=", true)
    .executeTakeFirstOrThrow();
  const pegawai = Number(total.n);
  const baris = await db
    .selectFrom("kriteria_individu as c")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "c.instansi_id").onRef("p.id", "=", "c.pegawai_id"),
    )
    .select([
      "c.kode_item",
      sql<string>`count(c.dikonfirmasi)`.as("dikonfirmasi"),
      sql<string>`count(*) - count(c.dikonfirmasi)`.as("dicentang"),
    ])
    .where("c.instansi_id", "=", instansiId)
    .where("p.aktif", "=", true)
    .groupBy("c.kode_item")
    .execute();
  const per = new Map(baris.map((b) => [b.kode_item, b]));
  return (kode) => {
    const b = per.get(kode);
    const d = Number(b?.dikonfirmasi ?? 0);
    return {
      dikonfirmasi: d,
      dicentang: Number(b?.dicentang ?? 0),
      pegawai,
      proporsi: pegawai > 0 ? Math.round((d / pegawai) * 10_000) / 10_000 : null,
    };
  };
}
