/**
 * "My activities" (docs/data-saya.md): programme activities that concern me
 * (the whole agency, my unit or a unit above it, me by name, or me as the
 * person in charge) in cycles not closed, and the assessments open to me.
 */
import type { Db } from "../../db/factory.ts";

export interface KegiatanSaya {
  id: string;
  jenis: "kegiatan" | "asesmen";
  judul: string;
  uraian: string | null;
  /** All-day `YYYY-MM-DD` for activities; ISO instants for assessments. */
  mulai: string;
  selesai: string;
  tautan: string;
}

const daftar = (x: unknown): string[] => {
  const v = typeof x === "string" ? JSON.parse(x) : x;
  return Array.isArray(v) ? v.map(String) : [];
};

export async function kegiatanSaya(db: Db, instansiId: string, penggunaId: string): Promise<KegiatanSaya[]> {
  const g = await db
    .selectFrom("pengguna")
    .select(["pegawai_id", "pegawai_instansi_id"])
    .where("id", "=", penggunaId)
    .executeTakeFirst();
  const pegawaiId = g?.pegawai_instansi_id === instansiId ? g.pegawai_id : null;
  // my unit and every unit above it
  const unitSaya = new Set<string>();
  if (pegawaiId) {
    const units = await db
      .selectFrom("unit_kerja")
      .select(["id", "induk_id"])
      .where("instansi_id", "=", instansiId)
      .execute();
    const induk = new Map(units.map((u) => [u.id, u.induk_id]));
    const p = await db
      .selectFrom("pegawai")
      .select("unit_id")
      .where("instansi_id", "=", instansiId)
      .where("id", "=", pegawaiId)
      .executeTakeFirst();
    let u = p?.unit_id ?? null;
    while (u && !unitSaya.has(u)) {
      unitSaya.add(u);
      u = induk.get(u) ?? null;
    }
  }
  const rows = await db
    .selectFrom("kegiatan_program as k")
    .innerJoin("siklus_program as s", (j) =>
      j.onRef("s.instansi_id", "=", "k.instansi_id").onRef("s.id", "=", "k.siklus_id"),
    )
    .select([
      "k.id",
      "k.siklus_id",
      "k.judul",
      "k.uraian",
      "k.sasaran_unit",
      "k.sasaran_pegawai",
      "k.rencana_mulai",
      "k.rencana_selesai",
      "k.penanggung_jawab_pegawai_id",
    ])
    .where("k.instansi_id", "=", instansiId)
    .where("s.ditutup", "is", null)
    .orderBy("k.rencana_mulai")
    .limit(2000)
    .execute();
  const out: KegiatanSaya[] = [];
  for (const r of rows) {
    const su = daftar(r.sasaran_unit);
    const sp = daftar(r.sasaran_pegawai);
    const semua = su.length === 0 && sp.length === 0;
    const saya =
      semua ||
      su.some((u) => unitSaya.has(u)) ||
      (pegawaiId !== null && (sp.includes(pegawaiId) || r.penanggung_jawab_pegawai_id === pegawaiId));
    if (!saya) continue;
    out.push({
      id: r.id,
      jenis: "kegiatan",
      judul: r.judul,
      uraian: r.uraian,
      mulai: String(r.rencana_mulai).slice(0, 10),
      selesai: String(r.rencana_selesai).slice(0, 10),
      tautan: `/program/${r.siklus_id}/kegiatan`,
    });
  }
  if (pegawaiId) {
    const asesmen = await db
      .selectFrom("peserta_asesmen as p")
      .innerJoin("kampanye_asesmen as k", (j) =>
        j.onRef("k.instansi_id", "=", "p.instansi_id").onRef("k.id", "=", "p.kampanye_id"),
      )
      .select(["k.id", "k.nama", "k.dibuka", "k.ditutup"])
      .where("p.instansi_id", "=", instansiId)
      .where("p.pegawai_id", "=", pegawaiId)
      .where("k.status", "=", "aktif")
      .execute();
    for (const a of asesmen)
      out.push({
        id: a.id,
        jenis: "asesmen",
        judul: a.nama,
        uraian: null,
        mulai: new Date(a.dibuka).toISOString(),
        selesai: new Date(a.ditutup).toISOString(),
        tautan: `/asesmen-saya/${a.id}`,
      });
  }
  return out.sort((a, b) => a.mulai.localeCompare(b.mulai));
}
