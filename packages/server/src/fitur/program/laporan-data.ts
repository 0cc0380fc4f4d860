/**
 * The programme report of a cycle (docs/program.md "9. Report"):
 * stages and dates (Pasal 4 ayat (2)), preparation outputs (Tabel 3),
 * activities done vs planned per main activity (Tabel 4), sub-stage
 * checklist progress (BAB III.B.2 a–d) and SMART targets vs actuals
 * (Tabel 3 no. 4), and monitoring and evaluation within the cycle's period
 * (Tabel 4 no. 5; Tabel 2 I.4 random interviews, APIP audits and public
 * feedback; Tabel 2 III.3 rewards). One data collection, two renderings: XLSX (exceljs; every
 * text cell passed through the formula-injection defence) and PDF (pdfmake,
 * server side, embedded Roboto; no network or file access beyond the fonts).
 */
import {
  hitungPenandatangan,
  jumlahPegawai,
  kegiatanUtama,
  NAMA_TAHAP,
  posisiSiklus,
  type TargetSmart,
  tingkatKematangan,
} from "@nurani/domain";
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import type { Bahasa } from "../../http/pesan.ts";
import { type BagianLaporan, bagianLaporanAgen } from "../agen/index.ts";
import { PERTANYAAN_SURVEI } from "../komunitas/index.ts";
import { bacaKampanye, type SiklusTersimpan } from "./fakta.ts";
import { STATUS_TARGET, STATUS_TEMUAN, T, TINGKAT_TEMUAN } from "./laporan-teks.ts";
import { capaianRencanaAksi, daftarPeriksa, rekapKegiatan } from "./status.ts";

export interface DataLaporan {
  bahasa: Bahasa;
  judul: string;
  kepala: [string, string][];
  tahap: [string, string][];
  persiapan: { no: number; langkah: string; selesai: string; tanggal: string; keluaran: string }[];
  kegiatan: {
    nama: string;
    direncanakan: number;
    terlaksana: number;
    pelaksanaan: number;
    peserta: number;
  }[];
  targetCatatan: string;
  target: {
    kode: string;
    indikator: string;
    sasaran: string;
    garisDasar: number;
    nilaiTarget: number;
    tenggat: string;
    capaian: number | null;
    kemajuan: number | null;
    status: string;
  }[];
  daftarPeriksa: { subtahap: string; kriteria: string; proporsiKriteria: number; proporsiItem: number }[];
  monev: DataMonev;
  /** Sections other areas contribute (fitur/agen: change agents). */
  bagian: BagianLaporan[];
}

/**
 * Monitoring and evaluation within the cycle's period (Tabel 4 no. 5 "Pemantauan
 * (Pengendalian dan Pengawasan), dan Evaluasi"; Tabel 2 I.4 and III.3). Counts
 * and official texts only: no interview notes, no counselling or mentoring
 * content, no diary, and no survey comments (anonymous, but they may name people).
 */
export interface DataMonev {
  /** Inclusive dates in the agency's time zone: the cycle's earliest recorded date to closure (or today). */
  awal: string;
  akhir: string;
  sampel: {
    judul: string;
    tanggal: string;
    benih: number;
    ukuran: number;
    wawancara: number;
    selesai: number;
  }[];
  wawancara: { sampel: number; direncanakan: number; selesai: number };
  rencanaAudit: number;
  temuanPerTingkat: {
    tingkat: string;
    terbuka: number;
    ditindaklanjuti: number;
    selesai: number;
    jumlah: number;
  }[];
  temuanTerbuka: {
    judul: string;
    tingkat: string;
    rekomendasi: string;
    batasWaktu: string;
    status: string;
  }[];
  survei: { jumlah: number; pertanyaan: { teks: string; rerata: number | null }[] };
  penghargaan: { pegawai: string; kategori: string; tanggal: string }[];
}

export async function dataMonev(
  db: Db,
  s: SiklusTersimpan,
  bahasa: Bahasa,
  awal: string,
): Promise<DataMonev> {
  const { zona, instansiId } = s;
  const akhir = s.fakta.ditutup ?? s.hariIni;
  // A timestamp's calendar day in the agency's zone, within [awal, akhir].
  const dalam = (kolom: string) =>
    sql<boolean>`(${sql.ref(kolom)} at time zone ${zona})::date between ${awal}::date and ${akhir}::date`;

  const sampel = await db
    .selectFrom("sampel_wawancara as s")
    .select([
      "s.judul",
      "s.benih",
      "s.ukuran",
      sql<string>`to_char(s.dibuat at time zone ${zona}, 'YYYY-MM-DD')`.as("tanggal"),
      (q) =>
        q
          .selectFrom("wawancara as w")
          .select(sql<number>`count(*)::int`.as("n"))
          .whereRef("w.instansi_id", "=", "s.instansi_id")
          .whereRef("w.sampel_id", "=", "s.id")
          .as("wawancara"),
      (q) =>
        q
          .selectFrom("wawancara as w")
          .select(sql<number>`count(*)::int`.as("n"))
          .whereRef("w.instansi_id", "=", "s.instansi_id")
          .whereRef("w.sampel_id", "=", "s.id")
          .where("w.status", "=", "selesai")
          .as("selesai"),
    ])
    .where("s.instansi_id", "=", instansiId)
    .where(dalam("s.dibuat"))
    .orderBy("s.dibuat")
    .execute();

  const rencanaAudit = await db
    .selectFrom("rencana_audit")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("instansi_id", "=", instansiId)
    .where(sql<boolean>`mulai <= ${akhir}::date and selesai >= ${awal}::date`)
    .executeTakeFirstOrThrow();

  // Findings recorded during the period, whatever their audit plan's dates.
  const temuan = await db
    .selectFrom("temuan_audit")
    .select(["judul", "tingkat", "rekomendasi", "batas_waktu", "status"])
    .where("instansi_id", "=", instansiId)
    .where(dalam("dibuat"))
    .orderBy("dibuat")
    .execute();
  const urutTingkat = Object.keys(TINGKAT_TEMUAN) as (keyof typeof TINGKAT_TEMUAN)[];
  const temuanPerTingkat = urutTingkat.map((k) => {
    const ini = temuan.filter((x) => x.tingkat === k);
    const n = (st: string) => ini.filter((x) => x.status === st).length;
    return {
      tingkat: TINGKAT_TEMUAN[k][bahasa],
      terbuka: n("terbuka"),
      ditindaklanjuti: n("ditindaklanjuti"),
      selesai: n("selesai"),
      jumlah: ini.length,
    };
  });
  const temuanTerbuka = temuan
    .filter((x) => x.status !== "selesai")
    .sort((a, b) => urutTingkat.indexOf(a.tingkat) - urutTingkat.indexOf(b.tingkat))
    .map((x) => ({
      judul: x.judul,
      tingkat: TINGKAT_TEMUAN[x.tingkat][bahasa],
      rekomendasi: x.rekomendasi,
      batasWaktu: x.batas_waktu ?? "—",
      status: STATUS_TEMUAN[x.status][bahasa],
    }));

  // Scores only: the free-text comment and service name are never read here.
  const sv = (await db
    .selectFrom("survei_respons")
    .select([
      sql<number>`count(*)::int`.as("n"),
      ...PERTANYAAN_SURVEI.map((p) => sql<number | null>`avg(${sql.ref(p.kode)})::float8`.as(p.kode)),
    ])
    .where("instansi_id", "=", instansiId)
    .where(dalam("dikirim"))
    .executeTakeFirstOrThrow()) as unknown as Record<string, number | null>;

  const penghargaan = await db
    .selectFrom("penghargaan as h")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "h.instansi_id").onRef("p.id", "=", "h.pegawai_id"),
    )
    .select([
      "p.nama",
      "h.kategori",
      sql<string>`coalesce(to_char(h.tanggal_keputusan, 'YYYY-MM-DD'), to_char(h.diusulkan at time zone ${zona}, 'YYYY-MM-DD'))`.as(
        "tanggal",
      ),
    ])
    .where("h.instansi_id", "=", instansiId)
    .where("h.status", "=", "diberikan")
    .where(
      sql<boolean>`coalesce(h.tanggal_keputusan, (h.diusulkan at time zone ${zona})::date) between ${awal}::date and ${akhir}::date`,
    )
    .orderBy(sql`3`)
    .orderBy("p.nama")
    .execute();

  return {
    awal,
    akhir,
    sampel: sampel.map((x) => ({
      judul: x.judul,
      tanggal: x.tanggal,
      benih: x.benih,
      ukuran: x.ukuran,
      wawancara: Number(x.wawancara ?? 0),
      selesai: Number(x.selesai ?? 0),
    })),
    wawancara: {
      sampel: sampel.length,
      direncanakan: sampel.reduce((a, x) => a + Number(x.wawancara ?? 0), 0),
      selesai: sampel.reduce((a, x) => a + Number(x.selesai ?? 0), 0),
    },
    rencanaAudit: rencanaAudit.n,
    temuanPerTingkat,
    temuanTerbuka,
    survei: {
      jumlah: Number(sv.n ?? 0),
      pertanyaan: PERTANYAAN_SURVEI.map((p) => ({
        teks: p[bahasa],
        rerata:
          sv[p.kode] === null || sv[p.kode] === undefined ? null : Number(Number(sv[p.kode]).toFixed(2)),
      })),
    },
    penghargaan: penghargaan.map((x) => ({ pegawai: x.nama, kategori: x.kategori, tanggal: x.tanggal })),
  };
}

export const persen = (x: number) => `${(x * 100).toFixed(1)}%`;

export function uraianIndikator(t: TargetSmart, b: Bahasa): string {
  if (t.indikator.jenis === "rerata_level") return b === "id" ? "Rerata level" : "Mean level";
  return b === "id"
    ? `Proporsi pegawai level ≥ ${t.indikator.levelMinimal}`
    : `Share of employees at level ≥ ${t.indikator.levelMinimal}`;
}

/** Gathers the report's content in the caller's language. */
export async function dataLaporan(
  db: Db,
  s: SiklusTersimpan,
  instansiNama: string,
  bahasa: Bahasa,
): Promise<DataLaporan> {
  const t = T[bahasa];
  const f = s.fakta;
  const p = f.persiapan;
  const posisi = posisiSiklus(f, s.hariIni);
  const ya = (x: boolean) => (x ? t.ya : t.tidak);
  const ringkas: Record<string, string> = {};
  if (p.pembentukan_tim)
    ringkas.pembentukan_tim = `${p.pembentukan_tim.nama}; SK ${p.pembentukan_tim.sk.nomor} (${p.pembentukan_tim.sk.tanggal}); ${p.pembentukan_tim.anggota.length} ${bahasa === "id" ? "anggota" : "members"}; RB: ${p.pembentukan_tim.timReformasiBirokrasi.nomorSk}`;
  if (p.deklarasi_komitmen) {
    const n = hitungPenandatangan(p.deklarasi_komitmen);
    ringkas.deklarasi_komitmen = `${p.deklarasi_komitmen.judul} (${p.deklarasi_komitmen.tanggal}); ${
      bahasa === "id" ? "penandatangan" : "signatories"
    }: ${n.total} (${bahasa === "id" ? "pimpinan" : "leaders"} ${n.pimpinan}, ${bahasa === "id" ? "pegawai" : "employees"} ${n.pegawai})`;
  }
  if (p.asesmen_awal) {
    const k = await bacaKampanye(db, s.instansiId, p.asesmen_awal.kampanyeId);
    const n = p.asesmen_awal.peta.reduce((a, u) => a + jumlahPegawai(u), 0);
    ringkas.asesmen_awal = `${k?.nama ?? p.asesmen_awal.kampanyeId}; ${p.asesmen_awal.dirilis ?? "—"}; ${n} ${
      bahasa === "id" ? "pegawai dinilai" : "employees assessed"
    }`;
  }
  if (p.rencana_aksi)
    ringkas.rencana_aksi = `${p.rencana_aksi.tanggal}; ${p.rencana_aksi.target.length} ${bahasa === "id" ? "target SMART" : "SMART targets"}`;
  if (p.rencana_pelatihan)
    ringkas.rencana_pelatihan = `${p.rencana_pelatihan.tanggal}; ${p.rencana_pelatihan.modul.length} ${bahasa === "id" ? "modul" : "modules"}`;
  if (p.agen_perubahan)
    ringkas.agen_perubahan = `SK ${p.agen_perubahan.sk.nomor} (${p.agen_perubahan.sk.tanggal}); ${p.agen_perubahan.ditetapkan.length} ${
      bahasa === "id" ? "AP ditetapkan" : "agents appointed"
    }${s.konfigurasi.targetAgenPerubahan ? ` / target ${s.konfigurasi.targetAgenPerubahan}` : ""}`;

  const kegiatan = await rekapKegiatan(db, s.instansiId, s.id);
  const capaian = await capaianRencanaAksi(db, s);
  const dp = await daftarPeriksa(db, s.instansiId, s.id);
  const { zona } = s;
  // The cycle's period starts at its earliest recorded date: creation, or an
  // earlier (back-dated) preparation output or stage start.
  const awal = [
    new Intl.DateTimeFormat("en-CA", { timeZone: zona }).format(s.dibuat),
    f.pelaksanaan?.mulai,
    f.penilaian?.mulai,
    ...posisi.langkahPersiapan.map((l) => l.tanggal),
  ]
    .filter((x): x is string => typeof x === "string" && x.length > 0)
    .sort()[0] as string;
  return {
    bahasa,
    judul: t.judul,
    kepala: [
      [t.instansi, instansiNama],
      [t.siklus, s.nama],
      [t.tahapSekarang, NAMA_TAHAP[posisi.tahap][bahasa]],
      [t.dibuat, `${s.hariIni} (${zona})`],
    ],
    tahap: [
      [t.mulaiPersiapan, new Intl.DateTimeFormat("en-CA", { timeZone: zona }).format(s.dibuat)],
      [t.mulaiPelaksanaan, f.pelaksanaan?.mulai ?? "—"],
      [t.mulaiPenilaian, f.penilaian?.mulai ?? "—"],
      [t.asesmenAkhir, f.penilaian?.asesmenAkhir?.dirilis ?? "—"],
      [t.ditutup, f.ditutup ?? "—"],
    ],
    persiapan: posisi.langkahPersiapan.map((l) => ({
      no: l.no,
      langkah: l.kegiatan[bahasa],
      selesai: ya(l.selesai),
      tanggal: l.tanggal ?? "—",
      keluaran: ringkas[l.kode] ?? "—",
    })),
    kegiatan: kegiatan.map((k) => ({
      nama: kegiatanUtama(k.kegiatanUtama).nama[bahasa],
      direncanakan: k.direncanakan,
      terlaksana: k.kegiatanTerlaksana,
      pelaksanaan: k.pelaksanaan,
      peserta: k.peserta,
    })),
    targetCatatan: capaian.kampanye
      ? `${t.targetPeta}: ${capaian.kampanye.nama} (${capaian.kampanye.dirilis ?? "—"})`
      : `${t.targetPeta}: ${t.tanpaData}`,
    target: capaian.target.map(({ target: tg, capaian: c }) => ({
      kode: tg.kode,
      indikator: uraianIndikator(tg, bahasa),
      sasaran: tg.sasaran === "instansi" ? t.instansiSeluruh : `${tg.sasaran.length} ${t.unit}`,
      garisDasar: tg.garisDasar,
      nilaiTarget: tg.nilaiTarget,
      tenggat: tg.tenggat,
      capaian: c?.nilai ?? null,
      kemajuan: c?.kemajuan ?? null,
      status: STATUS_TARGET[c?.status ?? "tanpa_data"][bahasa],
    })),
    daftarPeriksa: dp.map((c) => ({
      subtahap: `${c.subtahap}. ${tingkatKematangan(c.subtahap).nama[bahasa]}`,
      kriteria: `${c.kriteriaTerpenuhi}/${c.jumlahKriteria}`,
      proporsiKriteria: c.proporsiKriteria,
      proporsiItem: c.proporsiItem,
    })),
    monev: await dataMonev(db, s, bahasa, awal),
    bagian: [await bagianLaporanAgen(db, s.instansiId, s.id, bahasa)],
  };
}
