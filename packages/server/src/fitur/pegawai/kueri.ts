/** Employee queries: the list (search, filters, paging) and one record, in the API's shape. */
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import { SimpananInstansi } from "../../http/simpanan-instansi.ts";
import { subPohon } from "../unit-kerja/index.ts";
import type { PegawaiApi } from "./skema.ts";

export interface SaringPegawai {
  q?: string;
  unitId?: string;
  subUnit?: boolean;
  aktif?: boolean;
}

function dasar(db: Kysely<Database>, instansiId: string) {
  return db
    .selectFrom("pegawai as p")
    .leftJoin("unit_kerja as u", (j) =>
      j.onRef("u.instansi_id", "=", "p.instansi_id").onRef("u.id", "=", "p.unit_id"),
    )
    .where("p.instansi_id", "=", instansiId);
}

const kolom = [
  "p.id",
  "p.nip",
  "p.nama",
  "p.unit_id",
  "u.nama as unit_nama",
  "p.jabatan",
  "p.jenis_jabatan",
  "p.golongan",
  "p.email",
  "p.telepon",
  "p.jenis_kelamin",
  "p.tanggal_lahir",
  "p.tmt_cpns",
  "p.aktif",
] as const;

type Baris = {
  id: string;
  nip: string;
  nama: string;
  unit_id: string | null;
  unit_nama: string | null;
  jabatan: string | null;
  jenis_jabatan: PegawaiApi["jenisJabatan"];
  golongan: string | null;
  email: string | null;
  telepon: string | null;
  jenis_kelamin: "L" | "P";
  tanggal_lahir: string;
  tmt_cpns: string;
  aktif: boolean;
};

export const keApi = (r: Baris): PegawaiApi => ({
  id: r.id,
  nip: r.nip,
  nama: r.nama,
  unitId: r.unit_id,
  unitNama: r.unit_nama,
  jabatan: r.jabatan,
  jenisJabatan: r.jenis_jabatan,
  golongan: r.golongan,
  email: r.email,
  telepon: r.telepon,
  jenisKelamin: r.jenis_kelamin,
  tanggalLahir: r.tanggal_lahir,
  tmtCpns: r.tmt_cpns,
  aktif: r.aktif,
});

/** LIKE pattern with the user's % and _ taken literally. */
const polaLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Totals of recent list queries, per instansi and filter, for 10 s (200 per
 * instansi). Paging through a long list asks the same total on every page;
 * counting 100,000 rows each time was most of a deep page's cost. Any write
 * in the instansi through this process (the guard's hook, the import job)
 * drops them. The rows shown are always read afresh.
 */
const simpananJumlah = new SimpananInstansi<number>(10_000, 200);

export async function cariPegawai(
  db: Kysely<Database>,
  instansiId: string,
  s: SaringPegawai,
  page: number,
  pageSize: number,
): Promise<{ items: PegawaiApi[]; total: number }> {
  const saring = [sql`p.instansi_id = ${instansiId}`];
  if (s.aktif !== undefined) saring.push(sql`p.aktif = ${s.aktif}`);
  if (s.unitId) {
    saring.push(
      s.subUnit ? sql`p.unit_id in ${subPohon(instansiId, s.unitId)}` : sql`p.unit_id = ${s.unitId}`,
    );
  }
  let cariNama: string | null = null;
  if (s.q) {
    const cari = s.q.replace(/\s+/g, " ");
    const nip = cari.replace(/\s/g, "");
    // Digits: a NIP prefix, as a range on the (instansi_id, nip) btree (NIPs are 18 digits; range
    // comparisons are leakproof, so the index is usable under RLS, unlike LIKE). Otherwise the name.
    if (/^[0-9]{3,18}$/.test(nip))
      saring.push(sql`p.nip between ${nip.padEnd(18, "0")} and ${nip.padEnd(18, "9")}`);
    else cariNama = `%${polaLike(cari)}%`;
  }
  const where = sql.join(saring, sql` and `);
  const offset = (page - 1) * pageSize;
  const pilih = sql.join(kolom.map((k) => sql.raw(k)));
  // The page's ids come first, from a narrow source (an index-only scan, or the name matches), so
  // an offset skips bare ids; only the page's rows are read in full and joined to their unit.
  // A name search collects the matches through the trigram index — in the definer function of
  // migrations 0012/0013, because ILIKE is not leakproof and RLS would otherwise force a scan of
  // the whole agency — then sorts them (walking the name index in order is slow when matches
  // sort late) and counts them in the same pass.
  // Without a name search the total comes from the short-lived cache when this filter was just
  // counted (paging through a list), so a deep page does not count the whole agency again.
  const kunciSaring = JSON.stringify([s.aktif, s.unitId, s.subUnit, s.q]);
  const simpan = cariNama ? null : await simpananJumlah.ambil(db, instansiId, kunciSaring);
  const tersimpan = simpan?.nilai;
  const jumlah =
    tersimpan !== undefined
      ? sql`${tersimpan}::bigint`
      : sql`(select count(*) from pegawai p where ${where})`;
  const halaman = cariNama
    ? sql`select p.id, p.nama, count(*) over () as total
        from nurani_cari_pegawai_nama(${instansiId}, ${cariNama}) p where ${where}
        order by p.nama, p.id limit ${pageSize} offset ${offset}`
    : sql`select p.id, p.nama, ${jumlah} as total
        from pegawai p where ${where}
        order by p.nama, p.id limit ${pageSize} offset ${offset}`;
  const r = await sql<Baris & { total: number }>`
    with halaman as (${halaman})
    select ${pilih}, h.total
    from halaman h
    join pegawai p on p.instansi_id = ${instansiId} and p.id = h.id
    left join unit_kerja u on u.instansi_id = p.instansi_id and u.id = p.unit_id
    order by h.nama, h.id`.execute(db);
  let total = r.rows.length > 0 ? Number(r.rows[0].total) : 0;
  if (r.rows.length === 0 && offset > 0) {
    // Past the last page: still say how many there are.
    const dari = cariNama ? sql`nurani_cari_pegawai_nama(${instansiId}, ${cariNama}) p` : sql`pegawai p`;
    const c = await sql<{ n: number }>`select count(*) as n from ${dari} where ${where}`.execute(db);
    total = Number(c.rows[0].n);
  }
  if (simpan && tersimpan === undefined) simpananJumlah.simpan(instansiId, kunciSaring, total, simpan.versi);
  return { items: r.rows.map(keApi), total };
}

export async function bacaPegawai(
  db: Kysely<Database>,
  instansiId: string,
  id: string,
): Promise<PegawaiApi | null> {
  const r = await dasar(db, instansiId).select(kolom).where("p.id", "=", id).executeTakeFirst();
  return r ? keApi(r as Baris) : null;
}
