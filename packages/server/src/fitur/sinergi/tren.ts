/**
 * The synergy indicators per calendar year (docs/sinergi.md "trends per
 * period"; PermenPANRB 60/2020 Tabel 2 II), computed from the registers'
 * own dates — no stored snapshot: attestations by their `tahun`, conflict-of-
 * interest declarations by their date, gifts by their date of receipt, WBS
 * reports by their filing date, discipline cases by their decree date,
 * LHKASN obligations by their year, ZI by the latest status a unit held in or
 * before the year, the merit index by its year. Agency totals only; the panel
 * route hides what describes fewer than k people (`sembunyikanKecil`), the
 * worksheet prefill (`evaluasi/kueri.ts`) reads the full agency figures.
 */
import { tenggatGratifikasi } from "@nurani/domain";
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { ringkasanBk } from "../benturan-kepentingan/index.ts";
import { statistikDisiplin } from "../disiplin/index.ts";
import { hariIniDi, muatLibur } from "../gratifikasi/index.ts";
import { kMinimum } from "../kode-etik/index.ts";
import { kepatuhanLhkasn } from "../lhkasn/index.ts";

type Db = Transaction<Database>;

const persen = (n: number, dari: number) => (dari > 0 ? Math.round((1000 * n) / dari) / 10 : null);

export interface IndikatorTahun {
  tahun: number;
  atestasi: { jumlah: number; pegawai: number; persen: number | null };
  benturan: { jumlah: number; jatuhTempo: number; tepatWaktu: number; persenTepatWaktu: number | null };
  gratifikasi: { jumlah: number; tepatWaktu: number; persenTepatWaktu: number | null };
  wbs: { jumlah: number; ditutup: number; persenDitutup: number | null; medianHariSelesai: number | null };
  disiplin: { jumlah: number; pegawai: number; per100: number | null };
  lhkasn: { wajib: number; lapor: number; persen: number | null };
  zi: { diusulkan: number; wbk: number; wbbm: number };
  merit: { nilai: number; kategori: string | null } | null;
}

async function atestasi(db: Db, instansiId: string, tahun: number) {
  const r = await db
    .selectFrom("kode_etik_atestasi")
    .where("instansi_id", "=", instansiId)
    .where("tahun", "=", tahun)
    .select(sql<number>`count(distinct pegawai_id)::int`.as("n"))
    .executeTakeFirstOrThrow();
  return r.n;
}

async function gratifikasi(db: Db, instansiId: string, tahun: number, libur: ReadonlySet<string>) {
  const rows = await db
    .selectFrom("gratifikasi")
    .select(["tanggal_terima", "tanggal_lapor"])
    .where("instansi_id", "=", instansiId)
    .where(sql<string>`to_char(tanggal_terima, 'YYYY')`, "=", String(tahun))
    .execute();
  const tepat = rows.filter(
    (r) => r.tanggal_lapor <= tenggatGratifikasi(r.tanggal_terima, r.tanggal_terima, libur).batas,
  ).length;
  return { jumlah: rows.length, tepatWaktu: tepat, persenTepatWaktu: persen(tepat, rows.length) };
}

async function wbs(db: Db, instansiId: string, tahun: number) {
  const r = await db
    .selectFrom("wbs_laporan")
    .where("instansi_id", "=", instansiId)
    .where(sql<string>`to_char(tanggal, 'YYYY')`, "=", String(tahun))
    .select([
      sql<number>`count(*)::int`.as("jumlah"),
      sql<number>`(count(*) filter (where status = 'ditutup'))::int`.as("ditutup"),
      sql<number | null>`percentile_cont(0.5) within group (order by (tanggal_ditutup - tanggal))
        filter (where status = 'ditutup')`.as("median"),
    ])
    .executeTakeFirstOrThrow();
  return {
    jumlah: r.jumlah,
    ditutup: r.ditutup,
    persenDitutup: persen(r.ditutup, r.jumlah),
    medianHariSelesai: r.median === null ? null : Number(r.median),
  };
}

/** Units by the latest ZI status they held in or before `tahun`. */
async function zi(db: Db, instansiId: string, tahun: number) {
  const rows = await db
    .selectFrom("zona_integritas as z")
    .where("z.instansi_id", "=", instansiId)
    .where("z.tahun", "<=", tahun)
    .where(({ eb, selectFrom }) =>
      eb(
        "z.tahun",
        "=",
        selectFrom("zona_integritas as y")
          .select(sql<number>`max(y.tahun)`.as("t"))
          .whereRef("y.instansi_id", "=", "z.instansi_id")
          .whereRef("y.unit_id", "=", "z.unit_id")
          .where("y.tahun", "<=", tahun),
      ),
    )
    .select(["z.status", sql<number>`count(*)::int`.as("n")])
    .groupBy("z.status")
    .execute();
  const out = { diusulkan: 0, wbk: 0, wbbm: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}

export async function indikatorTahun(
  db: Db,
  instansiId: string,
  tahun: number,
  kini: string,
  libur: ReadonlySet<string>,
): Promise<IndikatorTahun> {
  const d = await statistikDisiplin(db, instansiId, tahun);
  const l = await kepatuhanLhkasn(db, instansiId, tahun);
  const bk = await ringkasanBk(db, instansiId, tahun, kini);
  const nAtestasi = await atestasi(db, instansiId, tahun);
  const m = await db
    .selectFrom("indeks_merit")
    .select([sql<number>`nilai::float8`.as("nilai"), "kategori"])
    .where("instansi_id", "=", instansiId)
    .where("tahun", "=", tahun)
    .executeTakeFirst();
  return {
    tahun,
    atestasi: { jumlah: nAtestasi, pegawai: d.jumlahPegawai, persen: persen(nAtestasi, d.jumlahPegawai) },
    benturan: {
      jumlah: bk.jumlah,
      jatuhTempo: bk.jatuhTempo,
      tepatWaktu: bk.tepatWaktu,
      persenTepatWaktu: bk.persenTepatWaktu,
    },
    gratifikasi: await gratifikasi(db, instansiId, tahun, libur),
    wbs: await wbs(db, instansiId, tahun),
    disiplin: { jumlah: d.jumlah, pegawai: d.jumlahPegawai, per100: d.per100 },
    lhkasn: l.instansi,
    zi: await zi(db, instansiId, tahun),
    merit: m ? { nilai: Number(m.nilai), kategori: m.kategori } : null,
  };
}

/** The last `jumlahTahun` calendar years up to the agency's current year, newest first. */
export async function trenSinergi(db: Db, instansiId: string, jumlahTahun = 3) {
  const kini = await hariIniDi(db, instansiId);
  const libur = await muatLibur(db);
  const akhir = Number(kini.slice(0, 4));
  const tahun: IndikatorTahun[] = [];
  for (let t = akhir; t > akhir - jumlahTahun; t--)
    tahun.push(await indikatorTahun(db, instansiId, t, kini, libur));
  return { k: await kMinimum(db, instansiId), tahun };
}

/**
 * Purpose limitation (issue item 9): a share or rate over fewer than k
 * records that describe people (declarations, gifts, obligations) is not
 * shown on the panel; counts stay, as agency totals.
 */
export function sembunyikanKecil(t: IndikatorTahun, k: number): IndikatorTahun {
  return {
    ...t,
    atestasi: t.atestasi.pegawai >= k ? t.atestasi : { ...t.atestasi, persen: null },
    benturan: t.benturan.jatuhTempo >= k ? t.benturan : { ...t.benturan, persenTepatWaktu: null },
    gratifikasi: t.gratifikasi.jumlah >= k ? t.gratifikasi : { ...t.gratifikasi, persenTepatWaktu: null },
    disiplin: t.disiplin.pegawai >= k ? t.disiplin : { ...t.disiplin, per100: null },
    lhkasn: t.lhkasn.wajib >= k ? t.lhkasn : { ...t.lhkasn, persen: null },
  };
}
