import type { Teks } from "../../kerangka/teks.ts";
import { KEGIATAN_UTAMA, type KodeKegiatanUtama } from "../../program/kegiatan-utama.ts";
import type { JenisJawaban } from "./tipe.ts";

/**
 * The data the system can answer worksheet questions from: one key per
 * figure, computed by the server from the agency's own records. `tersedia`
 * says whether Nurani records that data today; the institutional-synergy
 * keys (Tabel 2 II) are computed from the agency's registers (server
 * `evaluasi/sumber-sinergi.ts`) and prefill the agency's answers. `asal` says how the
 * server computes the value (the evaluation period's dates bound every
 * count); a key with no data yet (e.g. no released campaign) gives no
 * answer, which scores 0 and is shown as "belum ada data".
 */
export interface SumberData {
  uraian: Teks;
  jenisNilai: JenisJawaban;
  tersedia: boolean;
  asal: string;
  sumber: string;
}

type KunciKegiatan = `pelaksanaan.${KodeKegiatanUtama}.${"terlaksana" | "kesinambungan"}`;

const ya = "ya_tidak" as const;
const persen = "persen" as const;

const TETAP = {
  "persiapan.langkah1.sk": {
    uraian: {
      id: "Tim supervisi ditetapkan dengan SK (langkah 1 sah)",
      en: "Supervision team set by decree (step 1 valid)",
    },
    jenisNilai: ya,
    tersedia: true,
    asal: "langkah_persiapan 'pembentukan_tim' tercatat dan langkahSah(...).selesai (program/siklus.ts); bukti: dokumen SK",
    sumber: "Tabel 3 no. 1",
  },
  "persiapan.langkah1.selaras_rb": {
    uraian: {
      id: "Tim selaras dengan tim reformasi birokrasi",
      en: "Team aligned with the bureaucratic-reform team",
    },
    jenisNilai: ya,
    tersedia: true,
    asal: "keluaran pembentukan_tim: timReformasiBirokrasi.nomorSk terisi dan ≥ 1 anggota anggotaTimRB",
    sumber: "Tabel 3 no. 1 keluaran 2",
  },
  "persiapan.langkah2.deklarasi": {
    uraian: {
      id: "Deklarasi komitmen bersama tersedia (langkah 2 sah)",
      en: "Joint commitment declaration in place (step 2 valid)",
    },
    jenisNilai: ya,
    tersedia: true,
    asal: "langkahSah(siklus, 'deklarasi_komitmen').selesai; bukti: dokumen deklarasi",
    sumber: "Tabel 3 no. 2",
  },
  "persiapan.langkah2.selaras_zi": {
    uraian: {
      id: "Deklarasi selaras dengan pembangunan zona integritas",
      en: "Declaration aligned with the integrity zone",
    },
    jenisNilai: ya,
    tersedia: true,
    asal: "keluaran deklarasi_komitmen: selarasZonaIntegritas = true",
    sumber: "Tabel 3 no. 2",
  },
  "persiapan.langkah3.peta": {
    uraian: {
      id: "Peta asesmen awal dirilis (langkah 3 sah)",
      en: "Initial assessment map released (step 3 valid)",
    },
    jenisNilai: ya,
    tersedia: true,
    asal: "langkahSah(siklus, 'asesmen_awal').selesai; bukti: kampanye asesmen yang dirilis",
    sumber: "Tabel 3 no. 3",
  },
  "persiapan.langkah4.rencana_aksi": {
    uraian: {
      id: "Rencana aksi dan roadmap SMART tersedia (langkah 4 sah)",
      en: "SMART action plan and roadmap (step 4 valid)",
    },
    jenisNilai: ya,
    tersedia: true,
    asal: "langkahSah(siklus, 'rencana_aksi').selesai; bukti: dokumen rencana aksi",
    sumber: "Tabel 3 no. 4",
  },
  "persiapan.langkah5.kurikulum": {
    uraian: {
      id: "Panduan, kurikulum dan rencana pelatihan tersedia (langkah 5 sah)",
      en: "Training guide, curriculum and plan (step 5 valid)",
    },
    jenisNilai: ya,
    tersedia: true,
    asal: "langkahSah(siklus, 'rencana_pelatihan').selesai; bukti: dokumen kurikulum",
    sumber: "Tabel 3 no. 5",
  },
  "persiapan.langkah6.agen_perubahan": {
    uraian: {
      id: "Agen perubahan ditetapkan dengan SK (langkah 6 sah)",
      en: "Change agents appointed by decree (step 6 valid)",
    },
    jenisNilai: ya,
    tersedia: true,
    asal: "langkahSah(siklus, 'agen_perubahan').selesai; bukti: SK penetapan",
    sumber: "Tabel 3 no. 6",
  },
  "persiapan.langkah6.jumlah_memadai": {
    uraian: {
      id: "Agen perubahan ditetapkan terhadap jumlah yang memadai (%)",
      en: "Change agents appointed against the sufficient number (%)",
    },
    jenisNilai: persen,
    tersedia: true,
    asal: "min(100, 100 × |ditetapkan| / konfigurasi.targetAgenPerubahan); 100 bila target tidak ditetapkan dan ≥ 1 AP",
    sumber: 'Tabel 3 no. 6 ("dalam jumlah yang memadai")',
  },
  "pelaksanaan.daftar_periksa": {
    uraian: {
      id: "Kriteria pencapaian subtahap yang terpenuhi (%)",
      en: "Sub-stage achievement criteria met (%)",
    },
    jenisNilai: persen,
    tersedia: true,
    asal: "rerata capaianSubtahap(s).proporsiKriteria × 100 atas subtahap yang memiliki kegiatan program dalam periode (program/daftar-periksa.ts)",
    sumber: "BAB III.B.2 huruf a–d; Tabel 5–8",
  },
  "asesmen.partisipasi": {
    uraian: { id: "Partisipasi asesmen (%)", en: "Assessment participation (%)" },
    jenisNilai: persen,
    tersedia: true,
    asal: "100 × pegawai yang hasilnya dirilis / pegawai dalam populasi kampanye, kampanye terakhir yang dirilis dalam periode",
    sumber: "BAB III.B.3; Tabel 4 no. 5",
  },
  "asesmen.indeks": {
    uraian: {
      id: "Indeks integritas instansi (derajat 0–100)",
      en: "Agency integrity index (derajat 0–100)",
    },
    jenisNilai: "angka",
    tersedia: true,
    asal: "indeks (nilai) kampanye terakhir yang dirilis, penilaian/indeks.ts; interval 95 % (bawah, atas) ditampilkan di sampingnya",
    sumber: "BAB III.B.3 huruf a",
  },
  "asesmen.level_atas": {
    uraian: {
      id: "Pegawai pada level 3–4 (penerimaan, kepemilikan) (%)",
      en: "Employees at levels 3–4 (acceptance, ownership) (%)",
    },
    jenisNilai: persen,
    tersedia: true,
    asal: "100 × (level 3 + level 4) / dinilai, distribusi level kampanye yang sama (penilaian/peta.ts)",
    sumber: "BAB II.D; Tabel 3 no. 3",
  },
  "asesmen.asesmen_akhir": {
    uraian: { id: "Asesmen akhir program dirilis", en: "End-of-programme assessment released" },
    jenisNilai: ya,
    tersedia: true,
    asal: "siklus.penilaian.asesmenAkhir.dirilis terisi dalam periode",
    sumber: "Tabel 4 no. 5; BAB III.B.3",
  },
  "asesmen.perubahan": {
    uraian: {
      id: "Perubahan indeks dari asesmen awal (poin derajat)",
      en: "Change of the index since the initial assessment (derajat points)",
    },
    jenisNilai: "angka",
    tersedia: true,
    asal: "indeks asesmen akhir − indeks asesmen awal (langkah 3) pada skala derajat yang sama",
    sumber: "Tabel 3 no. 3; Tabel 4 no. 5",
  },
  "sinergi.kode_etik_ditetapkan": {
    uraian: { id: "Kode etik dan kode perilaku ditetapkan", en: "Code of ethics and conduct set" },
    jenisNilai: ya,
    tersedia: true,
    asal: "kode_etik berstatus terbit dengan nomor SK sampai tahun periode (fitur/kode-etik); bukti: kode etik",
    sumber: "Tabel 2 II.1",
  },
  "sinergi.atestasi_kode_etik": {
    uraian: {
      id: "Pegawai yang menyatakan memahami kode etik (%)",
      en: "Employees attesting to the code of ethics (%)",
    },
    jenisNilai: persen,
    tersedia: true,
    asal: "100 × pegawai yang menyatakan kode etik pada tahun periode / pegawai aktif (kode_etik_atestasi); bukti: kode etik",
    sumber: "Tabel 2 II.1; Tabel 2 III.4",
  },
  "sinergi.perencanaan_anggaran": {
    uraian: {
      id: "Pembangunan integritas dalam perencanaan, anggaran dan kinerja",
      en: "Integrity building in planning, budget and performance",
    },
    jenisNilai: ya,
    tersedia: false,
    asal: "fitur sinergi kelembagaan (belum ada)",
    sumber: "Tabel 2 II.2",
  },
  "sinergi.sistem_merit": {
    uraian: { id: "Kategori penilaian penerapan sistem merit", en: "Merit system assessment category" },
    jenisNilai: "skala_ae",
    tersedia: true,
    asal: "indeks_merit terakhir sampai tahun periode: kategori yang dicatat, atau nilai KASN ≥ 325 A, ≥ 250 B, ≥ 175 C, lainnya D; tanpa catatan: dijawab instansi",
    sumber: "Tabel 2 II.3",
  },
  "sinergi.zona_integritas": {
    uraian: {
      id: "Capaian zona integritas (ZI) menuju WBK/WBBM",
      en: "Integrity zone status towards WBK/WBBM",
    },
    jenisNilai: "skala_ae",
    tersedia: true,
    asal: "status ZI terakhir tiap unit sampai tahun periode: ada WBBM A, WBK B, diusulkan C; tanpa catatan: dijawab instansi",
    sumber: "Tabel 2 II.4 huruf a",
  },
  "sinergi.lhkasn_patuh": {
    uraian: { id: "Kepatuhan pelaporan LHKPN/LHKASN (%)", en: "LHKPN/LHKASN reporting compliance (%)" },
    jenisNilai: persen,
    tersedia: true,
    asal: "100 × wajib lapor yang telah melapor / wajib lapor tahun periode (kewajiban_lhkasn)",
    sumber: "Tabel 2 II.4 huruf b",
  },
  "sinergi.upg_ada": {
    uraian: { id: "Unit Pengendalian Gratifikasi dibentuk", en: "Gratification control unit formed" },
    jenisNilai: ya,
    tersedia: false,
    asal: "fitur sinergi kelembagaan (belum ada): SK UPG",
    sumber: "Tabel 2 II.4 huruf c",
  },
  "sinergi.gratifikasi_tepat_waktu": {
    uraian: {
      id: "Laporan gratifikasi yang ditangani tepat waktu (%)",
      en: "Gratification reports handled on time (%)",
    },
    jenisNilai: persen,
    tersedia: true,
    asal: "100 × laporan gratifikasi dengan tanggal terima di tahun periode yang dilaporkan ≤ 30 hari kerja (hari_libur) / laporan; 100 bila tidak ada laporan",
    sumber: "Tabel 2 II.4 huruf c",
  },
  "sinergi.wbs_ada": {
    uraian: { id: "Whistle-blowing system tersedia", en: "Whistle-blowing system in place" },
    jenisNilai: ya,
    tersedia: true,
    asal: "≥ 1 pengguna berperan pengelola_wbs (kanal /wbs/<kode instansi> aktif)",
    sumber: "Tabel 2 II.4 huruf d",
  },
  "sinergi.wbs_selesai": {
    uraian: {
      id: "Pengaduan WBS yang selesai ditindaklanjuti (%)",
      en: "WBS reports followed up to closure (%)",
    },
    jenisNilai: persen,
    tersedia: true,
    asal: "100 × laporan WBS tahun periode yang ditutup / laporan WBS tahun periode; 100 bila tidak ada laporan",
    sumber: "Tabel 2 II.4 huruf d",
  },
  "sinergi.pengendalian_kecurangan": {
    uraian: { id: "Sistem pengendalian kecurangan diterapkan", en: "Fraud control system applied" },
    jenisNilai: ya,
    tersedia: false,
    asal: "fitur sinergi kelembagaan (belum ada)",
    sumber: "Tabel 2 II.4 huruf e",
  },
  "sinergi.benturan_kepentingan": {
    uraian: { id: "Benturan kepentingan dan risiko dikelola", en: "Conflicts of interest and risks managed" },
    jenisNilai: ya,
    tersedia: true,
    asal: "≥ 1 deklarasi benturan kepentingan pada tahun periode dan semua yang jatuh tempo diputuskan tepat waktu (bk_deklarasi)",
    sumber: "Tabel 2 II.4 huruf f",
  },
  "sinergi.bk_tepat_waktu": {
    uraian: {
      id: "Deklarasi benturan kepentingan yang diputuskan tepat waktu (%)",
      en: "Conflict-of-interest declarations decided on time (%)",
    },
    jenisNilai: persen,
    tersedia: true,
    asal: "100 × deklarasi tahun periode yang diputuskan ≤ tenggat (hari kerja, hari_libur) / deklarasi yang jatuh tempo",
    sumber: "Tabel 2 II.4 huruf f",
  },
  "sinergi.disiplin_per100": {
    uraian: { id: "Kasus disiplin per 100 pegawai", en: "Discipline cases per 100 employees" },
    jenisNilai: "angka",
    tersedia: true,
    asal: "100 × kasus_disiplin dengan tanggal keputusan di tahun periode / pegawai aktif (PP 94/2021)",
    sumber: "Tabel 2 II; BAB II.E",
  },
  "sinergi.zi_unit": {
    uraian: { id: "Unit berpredikat WBK/WBBM", en: "Units designated WBK/WBBM" },
    jenisNilai: "angka",
    tersedia: true,
    asal: "unit yang status ZI terakhirnya sampai tahun periode WBK atau WBBM (zona_integritas)",
    sumber: "Tabel 2 II.4 huruf a",
  },
  "sinergi.indeks_merit": {
    uraian: { id: "Indeks sistem merit", en: "Merit system index" },
    jenisNilai: "angka",
    tersedia: true,
    asal: "nilai indeks_merit terakhir sampai tahun periode",
    sumber: "Tabel 2 II.3",
  },
  "kepemimpinan.deklarasi_pimpinan": {
    uraian: {
      id: "Pimpinan yang menandatangani deklarasi komitmen (%)",
      en: "Leaders who signed the commitment declaration (%)",
    },
    jenisNilai: persen,
    tersedia: true,
    asal: "100 × penandatangan sebagai 'pimpinan' / pengguna aktif berperan pimpinan atau ppk di instansi",
    sumber: 'Tabel 3 no. 2; Tabel 4 no. 3 ("Membangun komitmen pimpinan")',
  },
  "kepemimpinan.pendampingan_pimpinan": {
    uraian: {
      id: "Pimpinan yang mendampingi pegawai dalam periode (%)",
      en: "Leaders who mentored employees in the period (%)",
    },
    jenisNilai: persen,
    tersedia: true,
    asal: "100 × pimpinan/ppk yang menjadi pendamping ≥ 1 sesi_pendampingan dalam periode / pimpinan dan ppk aktif",
    sumber: "Tabel 2 I.3; Tabel 4 no. 3",
  },
  "kepemimpinan.penilaian_ap": {
    uraian: {
      id: "Agen perubahan yang dinilai berbasis renaksi (%)",
      en: "Change agents assessed against their action plan (%)",
    },
    jenisNilai: persen,
    tersedia: true,
    asal: "100 × AP yang ≥ 1 butir renaksinya dinilai dalam periode / AP yang ditetapkan (db 0053)",
    sumber: "Tabel 2 I.2",
  },
} as const satisfies Record<string, SumberData>;

function sumberKegiatan(): Record<KunciKegiatan, SumberData> {
  const hasil = {} as Record<KunciKegiatan, SumberData>;
  for (const k of KEGIATAN_UTAMA) {
    hasil[`pelaksanaan.${k.kode}.terlaksana`] = {
      uraian: { id: `${k.nama.id} terlaksana dalam periode`, en: `${k.nama.en} carried out in the period` },
      jenisNilai: "ya_tidak",
      tersedia: true,
      asal: `≥ 1 realisasi kegiatan '${k.kode}' bertanggal dalam periode (RealisasiKegiatan, program/siklus.ts)`,
      sumber: k.sumber,
    };
    hasil[`pelaksanaan.${k.kode}.kesinambungan`] = {
      uraian: {
        id: `Kesinambungan ${k.nama.id.toLowerCase()}: bulan dengan kegiatan (%)`,
        en: `Continuity of ${k.nama.en.toLowerCase()}: months with activity (%)`,
      },
      jenisNilai: "persen",
      tersedia: true,
      asal: `100 × bulan kalender yang memiliki ≥ 1 realisasi '${k.kode}' / bulan sejak awal periode atau awal pelaksanaan (yang lebih akhir) sampai akhir periode atau hari ini (yang lebih awal)`,
      sumber: `${k.sumber}; BAB III.B.2 ("dilakukan secara terus menerus")`,
    };
  }
  return hasil;
}

export type KunciSumber = keyof typeof TETAP | KunciKegiatan;

export const SUMBER_DATA_LKE: Readonly<Record<KunciSumber, SumberData>> = { ...TETAP, ...sumberKegiatan() };

export function isKunciSumber(x: unknown): x is KunciSumber {
  return typeof x === "string" && Object.hasOwn(SUMBER_DATA_LKE, x);
}
