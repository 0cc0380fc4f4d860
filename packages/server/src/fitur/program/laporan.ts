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
import path from "node:path";
import {
  hitungPenandatangan,
  jumlahPegawai,
  kegiatanUtama,
  NAMA_TAHAP,
  posisiSiklus,
  type StatusTarget,
  type TargetSmart,
  tingkatKematangan,
} from "@nurani/domain";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import type { Bahasa } from "../../http/pesan.ts";
import { folderFontPdfmake, pencetakPdf } from "../../pdf/pdfmake.ts";
import { type BagianLaporan, bagianLaporanAgen } from "../agen/index.ts";
import { amankanSel } from "../audit/sel.ts";
import { PERTANYAAN_SURVEI } from "../komunitas/survei.ts";
import { bacaKampanye, type SiklusTersimpan } from "./fakta.ts";
import { capaianRencanaAksi, daftarPeriksa, rekapKegiatan } from "./status.ts";

const T = {
  id: {
    judul: "Laporan Program Pembangunan Integritas Pegawai ASN",
    instansi: "Instansi",
    siklus: "Siklus",
    dibuat: "Dibuat",
    tahapSekarang: "Tahap saat ini",
    tahapTanggal: "Tahapan dan tanggal",
    tahap: "Tahap",
    tanggal: "Tanggal",
    persiapan: "Persiapan (Tabel 3)",
    no: "No.",
    langkah: "Kegiatan utama",
    selesai: "Selesai",
    keluaran: "Keluaran",
    ya: "ya",
    tidak: "belum",
    kegiatan: "Kegiatan utama (Tabel 4): rencana dan realisasi",
    kegiatanUtama: "Kegiatan utama",
    direncanakan: "Direncanakan",
    terlaksana: "Kegiatan terlaksana",
    pelaksanaan: "Pelaksanaan",
    peserta: "Peserta",
    target: "Target SMART (Tabel 3 no. 4): target dan capaian",
    targetPeta: "Capaian diukur pada peta asesmen",
    kode: "Kode",
    indikator: "Indikator",
    sasaran: "Sasaran",
    garisDasar: "Garis dasar",
    nilaiTarget: "Target",
    tenggat: "Tenggat",
    capaian: "Capaian",
    kemajuan: "Kemajuan",
    status: "Status",
    daftarPeriksa: "Kriteria pencapaian subtahap (BAB III.B.2)",
    subtahap: "Subtahap",
    kriteria: "Kriteria terpenuhi",
    item: "Butir terpenuhi",
    instansiSeluruh: "seluruh instansi",
    unit: "unit",
    tanpaData: "belum ada peta yang dirilis",
    monev: "Monitoring dan Evaluasi (Tabel 4 no. 5; Tabel 2 I.4 dan III.3)",
    periode: "Periode",
    sd: "s.d.",
    wawancara: "Interview acak",
    sampelDiambil: "Sampel diambil",
    wawancaraDirencanakan: "Interview dalam sampel",
    wawancaraSelesai: "Interview selesai",
    judulSampel: "Sampel",
    benih: "Benih (seed)",
    ukuran: "Ukuran sampel",
    audit: "Temuan audit APIP menurut tingkat dan status tindak lanjut",
    rencanaAudit: "Rencana audit dalam periode",
    tingkat: "Tingkat",
    jumlah: "Jumlah",
    temuanTerbuka: "Temuan belum selesai",
    judulTemuan: "Temuan",
    rekomendasi: "Rekomendasi",
    batasWaktu: "Batas waktu",
    survei: "Survei publik integritas layanan",
    jumlahRespons: "Jumlah respons",
    pertanyaan: "Pernyataan",
    rerata: "Rerata (1-5)",
    penghargaan: "Penghargaan diberikan",
    jumlahPenghargaan: "Jumlah penghargaan",
    pegawai: "Pegawai",
    kategori: "Kategori",
    tidakAda: "tidak ada",
    mulaiPersiapan: "Persiapan dimulai (siklus dibuat)",
    mulaiPelaksanaan: "Pelaksanaan dimulai",
    mulaiPenilaian: "Penilaian dimulai",
    asesmenAkhir: "Hasil asesmen akhir dirilis",
    ditutup: "Siklus ditutup",
  },
  en: {
    judul: "Civil Servant Integrity Programme Report",
    instansi: "Agency",
    siklus: "Cycle",
    dibuat: "Generated",
    tahapSekarang: "Current stage",
    tahapTanggal: "Stages and dates",
    tahap: "Stage",
    tanggal: "Date",
    persiapan: "Preparation (Tabel 3)",
    no: "No.",
    langkah: "Main activity",
    selesai: "Done",
    keluaran: "Output",
    ya: "yes",
    tidak: "not yet",
    kegiatan: "Main activities (Tabel 4): planned and carried out",
    kegiatanUtama: "Main activity",
    direncanakan: "Planned",
    terlaksana: "Activities carried out",
    pelaksanaan: "Executions",
    peserta: "Participants",
    target: "SMART targets (Tabel 3 no. 4): targets and actuals",
    targetPeta: "Actuals measured on the assessment map",
    kode: "Code",
    indikator: "Indicator",
    sasaran: "Population",
    garisDasar: "Baseline",
    nilaiTarget: "Target",
    tenggat: "Deadline",
    capaian: "Actual",
    kemajuan: "Progress",
    status: "Status",
    daftarPeriksa: "Sub-stage achievement criteria (BAB III.B.2)",
    subtahap: "Sub-stage",
    kriteria: "Criteria met",
    item: "Items met",
    instansiSeluruh: "whole agency",
    unit: "units",
    tanpaData: "no released map yet",
    monev: "Monitoring and Evaluation (Tabel 4 no. 5; Tabel 2 I.4 and III.3)",
    periode: "Period",
    sd: "to",
    wawancara: "Random interviews",
    sampelDiambil: "Samples drawn",
    wawancaraDirencanakan: "Interviews in samples",
    wawancaraSelesai: "Interviews done",
    judulSampel: "Sample",
    benih: "Seed",
    ukuran: "Sample size",
    audit: "APIP audit findings by severity and follow-up status",
    rencanaAudit: "Audit plans in the period",
    tingkat: "Severity",
    jumlah: "Total",
    temuanTerbuka: "Findings not yet closed",
    judulTemuan: "Finding",
    rekomendasi: "Recommendation",
    batasWaktu: "Deadline",
    survei: "Public service-integrity survey",
    jumlahRespons: "Responses",
    pertanyaan: "Statement",
    rerata: "Mean (1-5)",
    penghargaan: "Rewards awarded",
    jumlahPenghargaan: "Rewards",
    pegawai: "Employee",
    kategori: "Category",
    tidakAda: "none",
    mulaiPersiapan: "Preparation started (cycle created)",
    mulaiPelaksanaan: "Implementation started",
    mulaiPenilaian: "Assessment started",
    asesmenAkhir: "End-of-programme results released",
    ditutup: "Cycle closed",
  },
} as const;

const STATUS_TARGET: Record<StatusTarget, { id: string; en: string }> = {
  tercapai: { id: "tercapai", en: "met" },
  berjalan: { id: "berjalan", en: "in progress" },
  terlewat: { id: "terlewat (tenggat lewat)", en: "missed (deadline passed)" },
  tanpa_data: { id: "tanpa data", en: "no data" },
};

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

const TINGKAT_TEMUAN = {
  kritis: { id: "kritis", en: "critical" },
  tinggi: { id: "tinggi", en: "high" },
  sedang: { id: "sedang", en: "medium" },
  rendah: { id: "rendah", en: "low" },
} as const;
const STATUS_TEMUAN = {
  terbuka: { id: "terbuka", en: "open" },
  ditindaklanjuti: { id: "ditindaklanjuti", en: "being followed up" },
  selesai: { id: "selesai", en: "closed" },
} as const;

/** Gathers the M&E section; every query is fenced to the agency and the period. */
async function dataMonev(db: Db, s: SiklusTersimpan, bahasa: Bahasa, awal: string): Promise<DataMonev> {
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

const persen = (x: number) => `${(x * 100).toFixed(1)}%`;

function uraianIndikator(t: TargetSmart, b: Bahasa): string {
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

/** XLSX: one sheet per section; text cells escaped against formula injection (audit/sel.ts). */
export async function laporanXlsx(d: DataLaporan): Promise<Buffer> {
  const t = T[d.bahasa];
  const a = (x: string) => amankanSel(x);
  const buku = new ExcelJS.Workbook();
  buku.creator = "Nurani";
  const ring = buku.addWorksheet(d.bahasa === "id" ? "Ringkasan" : "Summary");
  ring.addRow([a(d.judul)]).font = { bold: true, size: 14 };
  for (const [k, v] of d.kepala) ring.addRow([a(k), a(v)]);
  ring.addRow([]);
  ring.addRow([a(t.tahapTanggal)]).font = { bold: true };
  ring.addRow([a(t.tahap), a(t.tanggal)]).font = { bold: true };
  for (const [k, v] of d.tahap) ring.addRow([a(k), a(v)]);
  ring.getColumn(1).width = 40;
  ring.getColumn(2).width = 50;

  const per = buku.addWorksheet(d.bahasa === "id" ? "Persiapan" : "Preparation");
  per.addRow([t.no, t.langkah, t.selesai, t.tanggal, t.keluaran].map(a)).font = { bold: true };
  for (const r of d.persiapan) per.addRow([r.no, a(r.langkah), a(r.selesai), a(r.tanggal), a(r.keluaran)]);
  per.getColumn(2).width = 45;
  per.getColumn(5).width = 80;

  const keg = buku.addWorksheet(d.bahasa === "id" ? "Kegiatan" : "Activities");
  keg.addRow([t.kegiatanUtama, t.direncanakan, t.terlaksana, t.pelaksanaan, t.peserta].map(a)).font = {
    bold: true,
  };
  for (const r of d.kegiatan) keg.addRow([a(r.nama), r.direncanakan, r.terlaksana, r.pelaksanaan, r.peserta]);
  keg.getColumn(1).width = 45;

  const tgt = buku.addWorksheet("Target");
  tgt.addRow([a(d.targetCatatan)]);
  tgt.addRow(
    [
      t.kode,
      t.indikator,
      t.sasaran,
      t.garisDasar,
      t.nilaiTarget,
      t.tenggat,
      t.capaian,
      t.kemajuan,
      t.status,
    ].map(a),
  ).font = { bold: true };
  for (const r of d.target)
    tgt.addRow([
      a(r.kode),
      a(r.indikator),
      a(r.sasaran),
      r.garisDasar,
      r.nilaiTarget,
      a(r.tenggat),
      r.capaian,
      r.kemajuan,
      a(r.status),
    ]);
  tgt.getColumn(2).width = 35;

  const dp = buku.addWorksheet(d.bahasa === "id" ? "Daftar periksa" : "Checklists");
  dp.addRow([t.subtahap, t.kriteria, `${t.kriteria} (%)`, `${t.item} (%)`].map(a)).font = { bold: true };
  for (const r of d.daftarPeriksa)
    dp.addRow([a(r.subtahap), a(r.kriteria), r.proporsiKriteria, r.proporsiItem]);
  dp.getColumn(1).width = 30;

  // Monitoring and evaluation: labelled blocks, one after the other.
  const m = d.monev;
  const me = buku.addWorksheet(d.bahasa === "id" ? "Monev" : "M&E");
  const judulBlok = (x: string) => {
    me.addRow([]);
    me.addRow([a(x)]).font = { bold: true };
  };
  const kepalaBlok = (k: string[]) => {
    me.addRow(k.map(a)).font = { bold: true };
  };
  me.addRow([a(t.monev)]).font = { bold: true, size: 13 };
  me.addRow([a(t.periode), a(`${m.awal} ${t.sd} ${m.akhir}`)]);
  judulBlok(t.wawancara);
  me.addRow([a(t.sampelDiambil), m.wawancara.sampel]);
  me.addRow([a(t.wawancaraDirencanakan), m.wawancara.direncanakan]);
  me.addRow([a(t.wawancaraSelesai), m.wawancara.selesai]);
  kepalaBlok([t.judulSampel, t.tanggal, t.benih, t.ukuran, t.wawancaraSelesai]);
  for (const r of m.sampel) me.addRow([a(r.judul), a(r.tanggal), r.benih, r.ukuran, r.selesai]);
  judulBlok(t.audit);
  me.addRow([a(t.rencanaAudit), m.rencanaAudit]);
  kepalaBlok([t.tingkat, ...Object.values(STATUS_TEMUAN).map((x) => x[d.bahasa]), t.jumlah]);
  for (const r of m.temuanPerTingkat)
    me.addRow([a(r.tingkat), r.terbuka, r.ditindaklanjuti, r.selesai, r.jumlah]);
  judulBlok(t.temuanTerbuka);
  kepalaBlok([t.judulTemuan, t.tingkat, t.rekomendasi, t.batasWaktu, t.status]);
  for (const r of m.temuanTerbuka)
    me.addRow([a(r.judul), a(r.tingkat), a(r.rekomendasi), a(r.batasWaktu), a(r.status)]);
  judulBlok(t.survei);
  me.addRow([a(t.jumlahRespons), m.survei.jumlah]);
  kepalaBlok([t.pertanyaan, t.rerata]);
  for (const r of m.survei.pertanyaan) me.addRow([a(r.teks), r.rerata]);
  judulBlok(t.penghargaan);
  me.addRow([a(t.jumlahPenghargaan), m.penghargaan.length]);
  kepalaBlok([t.pegawai, t.kategori, t.tanggal]);
  for (const r of m.penghargaan) me.addRow([a(r.pegawai), a(r.kategori), a(r.tanggal)]);
  me.getColumn(1).width = 60;
  me.getColumn(2).width = 16;
  me.getColumn(3).width = 60;
  for (const b of d.bagian) {
    const w = buku.addWorksheet(b.lembar);
    w.addRow([a(b.judul)]).font = { bold: true, size: 13 };
    for (const k of b.blok) {
      w.addRow([]);
      w.addRow([a(k.judul)]).font = { bold: true };
      w.addRow(k.kepala.map(a)).font = { bold: true };
      for (const r of k.baris) w.addRow(r.map((x) => (typeof x === "string" ? a(x) : x)));
    }
    w.getColumn(1).width = 45;
  }
  return Buffer.from(await buku.xlsx.writeBuffer());
}

const FOLDER_ROBOTO = folderFontPdfmake("Roboto");
const ROBOTO = {
  Roboto: {
    normal: path.join(FOLDER_ROBOTO, "Roboto-Regular.ttf"),
    bold: path.join(FOLDER_ROBOTO, "Roboto-Medium.ttf"),
    italics: path.join(FOLDER_ROBOTO, "Roboto-Italic.ttf"),
    bolditalics: path.join(FOLDER_ROBOTO, "Roboto-MediumItalic.ttf"),
  },
};

/** A printer of this report's own (pdf/pdfmake.ts): its fonts cannot break another document's. */
const pdf = () => pencetakPdf(ROBOTO, (p) => path.resolve(p).startsWith(FOLDER_ROBOTO + path.sep));

const sel = (x: string | number | null, o: Record<string, unknown> = {}) => ({
  text: x === null ? "-" : String(x),
  ...o,
});

function tabel(kepala: string[], baris: (string | number | null)[][], lebar?: (string | number)[]) {
  return {
    table: {
      headerRows: 1,
      widths: lebar ?? kepala.map(() => "auto"),
      body: [
        kepala.map((k) => sel(k, { bold: true, fillColor: "#eeeeee" })),
        ...baris.map((b) => b.map((x) => sel(x))),
      ],
    },
    layout: "lightHorizontalLines",
    margin: [0, 4, 0, 12],
    fontSize: 8,
  };
}

function pdfMonev(d: DataLaporan): unknown[] {
  const t = T[d.bahasa];
  const m = d.monev;
  const h3 = (x: string) => ({ text: x, bold: true, margin: [0, 4, 0, 0] });
  const kosong = (n: number) => (n === 0 ? [{ text: t.tidakAda, fontSize: 8, italics: true }] : []);
  return [
    { text: t.monev, style: "h2" },
    { text: `${t.periode}: ${m.awal} ${t.sd} ${m.akhir}`, fontSize: 8, italics: true },
    h3(t.wawancara),
    tabel(
      [t.sampelDiambil, t.wawancaraDirencanakan, t.wawancaraSelesai],
      [[m.wawancara.sampel, m.wawancara.direncanakan, m.wawancara.selesai]],
    ),
    ...(m.sampel.length
      ? [
          tabel(
            [t.judulSampel, t.tanggal, t.benih, t.ukuran, t.wawancaraSelesai],
            m.sampel.map((r) => [r.judul, r.tanggal, r.benih, r.ukuran, r.selesai]),
            ["*", 70, 80, 70, 90],
          ),
        ]
      : []),
    h3(t.audit),
    { text: `${t.rencanaAudit}: ${m.rencanaAudit}`, fontSize: 8 },
    tabel(
      [t.tingkat, ...Object.values(STATUS_TEMUAN).map((x) => x[d.bahasa]), t.jumlah],
      m.temuanPerTingkat.map((r) => [r.tingkat, r.terbuka, r.ditindaklanjuti, r.selesai, r.jumlah]),
    ),
    h3(t.temuanTerbuka),
    ...kosong(m.temuanTerbuka.length),
    ...(m.temuanTerbuka.length
      ? [
          tabel(
            [t.judulTemuan, t.tingkat, t.rekomendasi, t.batasWaktu, t.status],
            m.temuanTerbuka.map((r) => [r.judul, r.tingkat, r.rekomendasi, r.batasWaktu, r.status]),
            [150, 50, "*", 60, 80],
          ),
        ]
      : []),
    h3(t.survei),
    { text: `${t.jumlahRespons}: ${m.survei.jumlah}`, fontSize: 8 },
    tabel(
      [t.pertanyaan, t.rerata],
      m.survei.pertanyaan.map((r) => [r.teks, r.rerata]),
      ["*", 80],
    ),
    h3(t.penghargaan),
    { text: `${t.jumlahPenghargaan}: ${m.penghargaan.length}`, fontSize: 8 },
    ...(m.penghargaan.length
      ? [
          tabel(
            [t.pegawai, t.kategori, t.tanggal],
            m.penghargaan.map((r) => [r.pegawai, r.kategori, r.tanggal]),
            ["*", 200, 80],
          ),
        ]
      : []),
  ];
}

export async function laporanPdf(d: DataLaporan): Promise<Buffer> {
  const t = T[d.bahasa];
  const h = (x: string) => ({ text: x, style: "h2" });
  const doc = {
    info: { title: d.judul, creator: "Nurani" },
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [36, 36, 36, 36],
    defaultStyle: { font: "Roboto", fontSize: 9 },
    styles: {
      h1: { fontSize: 15, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
    },
    content: [
      { text: d.judul, style: "h1" },
      tabel(["", ""], d.kepala, [150, "*"]),
      h(t.tahapTanggal),
      tabel([t.tahap, t.tanggal], d.tahap, [250, "*"]),
      h(t.persiapan),
      tabel(
        [t.no, t.langkah, t.selesai, t.tanggal, t.keluaran],
        d.persiapan.map((r) => [r.no, r.langkah, r.selesai, r.tanggal, r.keluaran]),
        [20, 160, 40, 60, "*"],
      ),
      h(t.kegiatan),
      tabel(
        [t.kegiatanUtama, t.direncanakan, t.terlaksana, t.pelaksanaan, t.peserta],
        d.kegiatan.map((r) => [r.nama, r.direncanakan, r.terlaksana, r.pelaksanaan, r.peserta]),
        ["*", 70, 90, 70, 60],
      ),
      h(t.target),
      { text: d.targetCatatan, fontSize: 8, italics: true },
      tabel(
        [
          t.kode,
          t.indikator,
          t.sasaran,
          t.garisDasar,
          t.nilaiTarget,
          t.tenggat,
          t.capaian,
          t.kemajuan,
          t.status,
        ],
        d.target.map((r) => [
          r.kode,
          r.indikator,
          r.sasaran,
          r.garisDasar,
          r.nilaiTarget,
          r.tenggat,
          r.capaian === null ? null : Number(r.capaian.toFixed(4)),
          r.kemajuan === null ? null : persen(r.kemajuan),
          r.status,
        ]),
      ),
      h(t.daftarPeriksa),
      tabel(
        [t.subtahap, t.kriteria, `${t.kriteria} (%)`, `${t.item} (%)`],
        d.daftarPeriksa.map((r) => [
          r.subtahap,
          r.kriteria,
          persen(r.proporsiKriteria),
          persen(r.proporsiItem),
        ]),
      ),
      ...pdfMonev(d),
      ...d.bagian.flatMap((b) => [
        h(b.judul),
        ...b.blok.flatMap((k) => [
          { text: k.judul, bold: true, margin: [0, 4, 0, 0] },
          tabel(k.kepala, k.baris),
        ]),
      ]),
    ],
  };
  return pdf().createPdf(doc).getBuffer();
}
