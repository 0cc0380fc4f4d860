/**
 * Retention (docs/data-saya.md "Retention"; UU 27/2022 Pasal 43–44): per
 * kind of personal data, rows whose period has ended are counted (dry run) or
 * deleted (real run). A real run started by an admin confirms a dry run and
 * uses that run's cut-off dates, so it removes no more than what was shown.
 * The audit log is append-only (migration 0001): it is counted, never deleted
 * here.
 */
import {
  BULAN_RETENSI_MAKS,
  BULAN_RETENSI_MIN,
  INFO_RETENSI,
  JENIS_RETENSI,
  type JenisRetensi,
} from "@nurani/domain";
import { type RawBuilder, sql } from "kysely";
import type { Db } from "../../db/factory.ts";

export interface RincianJenis {
  jenis: JenisRetensi;
  bulan: number;
  /** Rows recorded before this instant (ISO) are past their period. */
  batas: string;
  tindakan: "hapus" | "anonimkan" | "laporan_saja";
  jumlah: number;
}

export interface PengaturanRetensi {
  otomatis: boolean;
  bulan: Record<JenisRetensi, number>;
}

/** The agency's months per kind (defaults for kinds it has not set) and whether the job runs for real. */
export async function bacaPengaturan(db: Db, instansiId: string): Promise<PengaturanRetensi> {
  const r = await db
    .selectFrom("retensi_instansi")
    .select(["otomatis", "bulan"])
    .where("instansi_id", "=", instansiId)
    .executeTakeFirst();
  const diatur = (typeof r?.bulan === "string" ? JSON.parse(r.bulan) : (r?.bulan ?? {})) as Record<
    string,
    unknown
  >;
  const bulan = {} as Record<JenisRetensi, number>;
  for (const j of JENIS_RETENSI) {
    const n = diatur[j];
    bulan[j] =
      typeof n === "number" && Number.isInteger(n) && n >= BULAN_RETENSI_MIN && n <= BULAN_RETENSI_MAKS
        ? n
        : INFO_RETENSI[j].bawaanBulan;
  }
  return { otomatis: r?.otomatis ?? false, bulan };
}

export async function simpanPengaturan(
  db: Db,
  instansiId: string,
  penggunaId: string | null,
  p: { otomatis: boolean; bulan: Partial<Record<JenisRetensi, number>> },
): Promise<void> {
  const bulan = JSON.stringify(p.bulan);
  await db
    .insertInto("retensi_instansi")
    .values({ instansi_id: instansiId, otomatis: p.otomatis, bulan, diubah_oleh: penggunaId })
    .onConflict((oc) =>
      oc
        .column("instansi_id")
        .doUpdateSet({ otomatis: p.otomatis, bulan, diubah_oleh: penggunaId, diubah: new Date() }),
    )
    .execute();
}

/** `kini` minus `bulan` calendar months. */
export function batasDari(kini: Date, bulan: number): Date {
  const d = new Date(kini);
  d.setUTCMonth(d.getUTCMonth() - bulan);
  return d;
}

const tanggal = (d: Date) => d.toISOString().slice(0, 10);

/** Per kind: the rows past `batas` (a `where` over the kind's table(s)), counted and deleted. */
const ATURAN: Record<
  JenisRetensi,
  (i: string, batas: Date) => { hitung: RawBuilder<unknown>; hapus?: RawBuilder<unknown> }
> = {
  jawaban_asesmen: (i, b) => {
    const kena = sql`select p.id from peserta_asesmen p join kampanye_asesmen k
        on k.instansi_id = p.instansi_id and k.id = p.kampanye_id
        where p.instansi_id = ${i} and k.ditutup < ${b}`;
    return {
      hitung: sql`select count(*) as n from jawaban_asesmen where instansi_id = ${i} and peserta_id in (${kena})`,
      hapus: sql`delete from jawaban_asesmen where instansi_id = ${i} and peserta_id in (${kena})`,
    };
  },
  hasil_asesmen: (i, b) => {
    // the person's scores and answers go; the participation (with its consent) and the
    // unnamed unit summaries stay
    const kena = sql`select k.id from kampanye_asesmen k where k.instansi_id = ${i} and k.ditutup < ${b}`;
    return {
      hitung: sql`select count(*) as n from skor_asesmen where instansi_id = ${i} and kampanye_id in (${kena})`,
      hapus: sql`with j as (delete from jawaban_asesmen where instansi_id = ${i} and peserta_id in
            (select id from peserta_asesmen where instansi_id = ${i} and kampanye_id in (${kena})) returning 1)
          delete from skor_asesmen where instansi_id = ${i} and kampanye_id in (${kena})`,
    };
  },
  penilaian_nontes: (i, b) => {
    const kena = sql`select t.id from tugas_penilai t join periode_nontes p
        on p.instansi_id = t.instansi_id and p.id = t.periode_id
        where t.instansi_id = ${i} and p.tenggat < ${tanggal(b)}`;
    return {
      hitung: sql`select count(*) as n from nilai_nontes where instansi_id = ${i} and tugas_id in (${kena})`,
      hapus: sql`delete from nilai_nontes where instansi_id = ${i} and tugas_id in (${kena})`,
    };
  },
  hasil_nontes: (i, b) => {
    const kena = sql`select id from periode_nontes where instansi_id = ${i} and tenggat < ${tanggal(b)}`;
    return {
      hitung: sql`select count(*) as n from hasil_nontes where instansi_id = ${i} and periode_id in (${kena})`,
      hapus: sql`delete from hasil_nontes where instansi_id = ${i} and periode_id in (${kena})`,
    };
  },
  laporan_wbs: (i, b) => {
    const w = sql`instansi_id = ${i} and status = 'ditutup' and tanggal_ditutup < ${tanggal(b)}`;
    return {
      hitung: sql`select count(*) as n from wbs_laporan where ${w}`,
      hapus: sql`delete from wbs_laporan where ${w}`,
    };
  },
  notifikasi: (i, b) => {
    const w = sql`instansi_id = ${i} and dibuat < ${b}`;
    return {
      hitung: sql`select count(*) as n from notifikasi where ${w}`,
      hapus: sql`delete from notifikasi where ${w}`,
    };
  },
  audit: (i, b) => ({
    hitung: sql`select count(*) as n from audit_log where instansi_id = ${i} and waktu < ${b}`,
  }),
};

/**
 * One run over the agency's kinds. `batas` gives each kind's cut-off (a
 * confirmed dry run's); otherwise they are computed from the settings and `kini`.
 */
export async function jalankanRetensi(
  db: Db,
  o: {
    instansiId: string;
    nyata: boolean;
    oleh: string | null;
    kini?: Date;
    batas?: Partial<Record<JenisRetensi, string>>;
    /** Store a dry run that found nothing due (the daily job does not: no daily empty report). */
    simpanKosong?: boolean;
  },
): Promise<{ id: string | null; nyata: boolean; dibuat: Date; rincian: RincianJenis[] }> {
  const peng = await bacaPengaturan(db, o.instansiId);
  const kini = o.kini ?? new Date();
  const rincian: RincianJenis[] = [];
  for (const jenis of JENIS_RETENSI) {
    const batas = o.batas?.[jenis] ? new Date(o.batas[jenis] as string) : batasDari(kini, peng.bulan[jenis]);
    const a = ATURAN[jenis](o.instansiId, batas);
    const info = INFO_RETENSI[jenis];
    let jumlah: number;
    if (o.nyata && a.hapus) {
      const r = await a.hapus.execute(db);
      jumlah = Number(r.numAffectedRows ?? 0);
    } else {
      const r = await (a.hitung as RawBuilder<{ n: number | string }>).execute(db);
      jumlah = Number(r.rows[0]?.n ?? 0);
    }
    rincian.push({
      jenis,
      bulan: peng.bulan[jenis],
      batas: batas.toISOString(),
      tindakan: info.tindakan,
      jumlah,
    });
  }
  const adaYangLewat = rincian.some((r) => r.tindakan !== "laporan_saja" && r.jumlah > 0);
  if (!o.nyata && !adaYangLewat && o.simpanKosong === false)
    return { id: null, nyata: false, dibuat: kini, rincian };
  const r = await db
    .insertInto("retensi_laporan")
    .values({ instansi_id: o.instansiId, nyata: o.nyata, oleh: o.oleh, rincian: JSON.stringify(rincian) })
    .returning(["id", "dibuat"])
    .executeTakeFirstOrThrow();
  return { id: r.id, nyata: o.nyata, dibuat: r.dibuat, rincian };
}

/** The daily job: for each agency a real run where it is switched on, else a dry-run report when something is due. */
export async function retensiHarian(db: Db, o: { kini?: Date; instansiId?: string } = {}) {
  const instansi = await db
    .selectFrom("instansi")
    .select("id")
    .$if(o.instansiId !== undefined, (q) => q.where("id", "=", o.instansiId as string))
    .execute();
  let nyata = 0;
  let uji = 0;
  for (const i of instansi) {
    const { otomatis } = await bacaPengaturan(db, i.id);
    if (otomatis) {
      await jalankanRetensi(db, { instansiId: i.id, nyata: true, oleh: null, kini: o.kini });
      nyata++;
    } else {
      await jalankanRetensi(db, {
        instansiId: i.id,
        nyata: false,
        oleh: null,
        kini: o.kini,
        simpanKosong: false,
      });
      uji++;
    }
  }
  return { nyata, uji };
}
