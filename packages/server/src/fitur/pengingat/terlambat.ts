/**
 * The overdue view for the PPK and the supervision team (docs/pengingat.md):
 * what is late, who owns it, since when. Renaksi items past their deadline
 * (owned by the agent), open audit findings past theirs (owned by the PPK),
 * and the preparation step a cycle waits on (owned by the role recording it).
 */
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import { langkahTertunda } from "./peristiwa.ts";

export interface Terlambat {
  jenis: "renaksi" | "temuan_audit" | "langkah_persiapan";
  judul: string;
  pemilik: string;
  /** Since when: the deadline passed, or (a step) since the previous one was done. */
  sejak: string;
  hari: number;
  tautan: string;
}

const hariAntara = (dari: string, sampai: string) =>
  Math.max(0, Math.round((Date.parse(sampai) - Date.parse(dari)) / 86_400_000));

export async function daftarTerlambat(
  db: Db,
  instansiId: string,
  hariIni: string,
  zona: string,
): Promise<Terlambat[]> {
  const out: Terlambat[] = [];
  const renaksi = await db
    .selectFrom("butir_renaksi as b")
    .innerJoin("renaksi as r", (j) =>
      j.onRef("r.instansi_id", "=", "b.instansi_id").onRef("r.id", "=", "b.renaksi_id"),
    )
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "r.instansi_id").onRef("p.id", "=", "r.agen_id"),
    )
    .select(["b.uraian", "b.tenggat", "r.judul", "p.nama"])
    .where("b.instansi_id", "=", instansiId)
    .where("b.status", "!=", "selesai")
    .where("b.tenggat", "<", sql<string>`${hariIni}::date`)
    .execute();
  for (const b of renaksi) {
    const sejak = String(b.tenggat).slice(0, 10);
    out.push({
      jenis: "renaksi",
      judul: `${b.judul}: ${b.uraian}`,
      pemilik: b.nama,
      sejak,
      hari: hariAntara(sejak, hariIni),
      tautan: "/renaksi",
    });
  }
  const temuan = await db
    .selectFrom("temuan_audit")
    .select(["judul", "batas_waktu"])
    .where("instansi_id", "=", instansiId)
    .where("status", "=", "terbuka")
    .where("batas_waktu", "<", sql<string>`${hariIni}::date`)
    .execute();
  for (const t of temuan) {
    const sejak = String(t.batas_waktu).slice(0, 10);
    out.push({
      jenis: "temuan_audit",
      judul: t.judul,
      pemilik: "ppk",
      sejak,
      hari: hariAntara(sejak, hariIni),
      tautan: "/monev",
    });
  }
  for (const l of await langkahTertunda(db, instansiId)) {
    const sejak = new Intl.DateTimeFormat("en-CA", { timeZone: zona }).format(l.sejak);
    out.push({
      jenis: "langkah_persiapan",
      judul: `${l.siklusNama}: ${l.langkah}`,
      pemilik: l.peran.join(","),
      sejak,
      hari: hariAntara(sejak, hariIni),
      tautan: `/program/${l.siklusId}`,
    });
  }
  return out.sort((a, b) => b.hari - a.hari || a.judul.localeCompare(b.judul));
}
