/**
 * What the agency holds about the signed-in person (docs/data-saya.md): the
 * reads of their results by others (from the audit log), the consent given
 * per campaign, and everything for the download.
 */
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import { isoWaktu, isoWaktuAtauNull } from "../../umum/tanggal.ts";

/** Audit actions that open a person's result or record; each names the people read in `rincian.pegawai` or `objek_id`. */
export const AKSI_BACA_HASIL = [
  "hasil.rinci.baca",
  "hasil.tinjauan.baca",
  "hasil_nontes.baca_daftar",
  "pegawai.baca",
] as const;

export interface Saya {
  penggunaId: string;
  pegawaiId: string | null;
}

/** The signed-in user's employee record in this agency, if any. */
export async function sayaDi(db: Db, instansiId: string, penggunaId: string): Promise<Saya> {
  const r = await db
    .selectFrom("pengguna")
    .select(["pegawai_id", "pegawai_instansi_id"])
    .where("id", "=", penggunaId)
    .executeTakeFirst();
  return { penggunaId, pegawaiId: r?.pegawai_instansi_id === instansiId ? (r.pegawai_id ?? null) : null };
}

export interface Pembacaan {
  waktu: string;
  aksi: string;
  pembaca: string | null;
  peran: string | null;
  unitPembaca: string | null;
  unitDibaca: string | null;
  tujuan: string | null;
}

const syaratBaca = (instansiId: string, s: Saya) => sql<boolean>`
  a.instansi_id = ${instansiId}
  and a.aksi in (${sql.join(AKSI_BACA_HASIL.map((x) => sql.lit(x)))})
  and (a.rincian -> 'pegawai' @> jsonb_build_array(${s.pegawaiId}::text)
       or (a.aksi = 'pegawai.baca' and a.objek_id = ${s.pegawaiId}))
  and (a.pengguna_id is null or a.pengguna_id <> ${s.penggunaId})
  and coalesce(a.rincian ->> 'hasil', '') <> 'gagal'`;

/** Reads of my results or record by others, newest first; role from the entry (or the reader's roles now). */
export async function pembacaanSaya(
  db: Db,
  instansiId: string,
  s: Saya,
  hal: { page: number; pageSize: number },
): Promise<{ items: Pembacaan[]; total: number }> {
  if (!s.pegawaiId) return { items: [], total: 0 };
  const n = await sql<{
    n: string | number;
  }>`select count(*) as n from audit_log a where ${syaratBaca(instansiId, s)}`.execute(db);
  const r = await sql<{
    waktu: Date;
    aksi: string;
    pembaca: string | null;
    peran: string | null;
    unit_pembaca: string | null;
    unit_dibaca: string | null;
    tujuan: string | null;
  }>`
    select a.waktu, a.aksi, u.nama as pembaca,
      coalesce(a.rincian ->> 'peran',
        (select string_agg(pp.peran, ', ' order by pp.peran) from peran_pengguna pp
         where pp.instansi_id = a.instansi_id and pp.pengguna_id = a.pengguna_id and pp.peran <> 'pegawai')) as peran,
      (select uk.nama from pegawai pg join unit_kerja uk on uk.instansi_id = pg.instansi_id and uk.id = pg.unit_id
       where pg.instansi_id = a.instansi_id and pg.id = u.pegawai_id) as unit_pembaca,
      (select uk.nama from unit_kerja uk where uk.instansi_id = a.instansi_id and uk.id::text = a.objek_id
         and a.aksi = 'hasil.rinci.baca') as unit_dibaca,
      a.rincian ->> 'tujuan' as tujuan
    from audit_log a left join pengguna u on u.id = a.pengguna_id
    where ${syaratBaca(instansiId, s)}
    order by a.waktu desc, a.id desc
    limit ${hal.pageSize} offset ${(hal.page - 1) * hal.pageSize}`.execute(db);
  return {
    total: Number(n.rows[0]?.n ?? 0),
    items: r.rows.map((x) => ({
      waktu: isoWaktu(x.waktu),
      aksi: x.aksi,
      pembaca: x.pembaca,
      peran: x.peran,
      unitPembaca: x.unit_pembaca,
      unitDibaca: x.unit_dibaca,
      tujuan: x.tujuan,
    })),
  };
}

export interface Persetujuan {
  kampanyeId: string;
  kampanye: string;
  tujuan: string;
  diberikan: string | null;
  teks: string | null;
  selesai: string | null;
}

/** My participations: the consent given (when, and the text as agreed; older ones: the campaign's text). */
export async function persetujuanSaya(db: Db, instansiId: string, s: Saya): Promise<Persetujuan[]> {
  if (!s.pegawaiId) return [];
  const r = await db
    .selectFrom("peserta_asesmen as p")
    .innerJoin("kampanye_asesmen as k", (j) =>
      j.onRef("k.instansi_id", "=", "p.instansi_id").onRef("k.id", "=", "p.kampanye_id"),
    )
    .select([
      "k.id",
      "k.nama",
      "k.tujuan",
      "p.persetujuan",
      "p.teks_persetujuan as teksDiberikan",
      "k.teks_persetujuan as teksKampanye",
      "p.selesai",
      "k.dibuka",
    ])
    .where("p.instansi_id", "=", instansiId)
    .where("p.pegawai_id", "=", s.pegawaiId)
    .where("k.status", "<>", "draf")
    .orderBy("k.dibuka", "desc")
    .execute();
  return r.map((x) => ({
    kampanyeId: x.id,
    kampanye: x.nama,
    tujuan: x.tujuan,
    diberikan: isoWaktuAtauNull(x.persetujuan),
    teks: x.persetujuan ? (x.teksDiberikan ?? x.teksKampanye) : null,
    selesai: isoWaktuAtauNull(x.selesai),
  }));
}
