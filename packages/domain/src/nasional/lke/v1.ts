import type { Teks } from "../../kerangka/teks.ts";
import { KEGIATAN_UTAMA } from "../../program/kegiatan-utama.ts";
import { LANGKAH_PERSIAPAN } from "../../program/tahapan.ts";
import { type KunciSumber, SUMBER_DATA_LKE } from "./sumber.ts";
import type {
  AturanSkor,
  HurufSkala,
  IndikatorLke,
  IsiLke,
  KomponenLke,
  PertanyaanLke,
  VersiLke,
} from "./tipe.ts";

/**
 * The default national worksheet, version 1, written from PermenPANRB
 * 60/2020. Each indicator cites its place in the regulation (`sumber`);
 * the preparation and implementation indicators are built from the
 * domain's own Tabel 3 and Tabel 4 definitions (program/tahapan.ts,
 * program/kegiatan-utama.ts). Weights and scoring rules are our design;
 * their reasoning is in docs/nasional.md "LKE v1". Published from the
 * start (a system version: it has no submitter).
 */
const YA_TIDAK: AturanSkor = { jenis: "ya_tidak" };
const linier = (...titik: [number, number][]): AturanSkor => ({ jenis: "linier", titik });
const PENUH: AturanSkor = linier([0, 0], [100, 1]);

/** A question the system answers from `kunci`; its text is the source's description. */
function dihitung(
  kode: string,
  kunci: KunciSumber,
  bobot: number,
  aturan?: AturanSkor,
  lain: Partial<PertanyaanLke> = {},
): PertanyaanLke {
  const s = SUMBER_DATA_LKE[kunci];
  return {
    kode,
    teks: s.uraian,
    jenisJawaban: s.jenisNilai,
    aturan: aturan ?? (s.jenisNilai === "persen" ? PENUH : YA_TIDAK),
    bobot,
    sumberData: kunci,
    ...lain,
  };
}

/** A question the agency answers; `kunci` names the synergy source that will feed it. */
function dijawab(
  kode: string,
  kunci: KunciSumber,
  teks: Teks,
  bobot: number,
  lain: Partial<PertanyaanLke> = {},
): PertanyaanLke {
  const s = SUMBER_DATA_LKE[kunci];
  return {
    kode,
    teks,
    jenisJawaban: s.jenisNilai,
    aturan:
      s.jenisNilai === "persen" ? PENUH : s.jenisNilai === "skala_ae" ? { jenis: "skala_ae" } : YA_TIDAK,
    bobot,
    sumberData: kunci,
    ...lain,
  };
}

const opsi = (...xs: [string, string][]): Record<HurufSkala, Teks> => {
  const [a, b, c, d, e] = xs.map(([id, en]) => ({ id, en }));
  return { A: a, B: b, C: c, D: d, E: e };
};

function indikatorSistem(
  kode: string,
  nama: Teks,
  bobot: number,
  sumber: string,
  pertanyaan: PertanyaanLke[],
  uraian?: Teks,
): IndikatorLke {
  return {
    kode,
    nama,
    ...(uraian ? { uraian } : {}),
    bobot,
    pengisian: "dihitung",
    bukti: "otomatis",
    sumber,
    pertanyaan,
  };
}

function indikatorInstansi(
  kode: string,
  nama: Teks,
  bobot: number,
  sumber: string,
  buktiDiminta: Teks,
  pertanyaan: PertanyaanLke[],
): IndikatorLke {
  return { kode, nama, bobot, pengisian: "dijawab", bukti: "wajib", buktiDiminta, sumber, pertanyaan };
}

// A. Preparation: the six outputs of Tabel 3, in the regulation's order.
const BOBOT_LANGKAH = [15, 15, 20, 20, 15, 15];
const PERTANYAAN_LANGKAH: ((n: string) => PertanyaanLke[])[] = [
  (n) => [
    dihitung(`${n}.1`, "persiapan.langkah1.sk", 70),
    dihitung(`${n}.2`, "persiapan.langkah1.selaras_rb", 30),
  ],
  (n) => [
    dihitung(`${n}.1`, "persiapan.langkah2.deklarasi", 70),
    dihitung(`${n}.2`, "persiapan.langkah2.selaras_zi", 30),
  ],
  (n) => [dihitung(`${n}.1`, "persiapan.langkah3.peta", 100)],
  (n) => [dihitung(`${n}.1`, "persiapan.langkah4.rencana_aksi", 100)],
  (n) => [dihitung(`${n}.1`, "persiapan.langkah5.kurikulum", 100)],
  (n) => [
    dihitung(`${n}.1`, "persiapan.langkah6.agen_perubahan", 60),
    dihitung(`${n}.2`, "persiapan.langkah6.jumlah_memadai", 40),
  ],
];

const PERSIAPAN: KomponenLke = {
  kode: "A",
  nama: { id: "Persiapan", en: "Preparation" },
  bobot: 20,
  sumber: "Pasal 4 ayat (2) huruf a; BAB III.B.1; Tabel 3",
  indikator: LANGKAH_PERSIAPAN.map((l, i) =>
    indikatorSistem(
      `A${l.no}`,
      l.kegiatan,
      BOBOT_LANGKAH[i],
      l.sumber,
      PERTANYAAN_LANGKAH[i](`A${l.no}`),
      l.keluaran,
    ),
  ),
};

// B. Implementation: Tabel 4's five main activities, carried out and continued, and the sub-stage checklists.
const PELAKSANAAN: KomponenLke = {
  kode: "B",
  nama: { id: "Pelaksanaan", en: "Implementation" },
  bobot: 30,
  sumber: "Pasal 4 ayat (2) huruf b; BAB III.B.2; Tabel 4–8",
  indikator: [
    ...KEGIATAN_UTAMA.map((k) =>
      indikatorSistem(`B${k.no}`, k.nama, 14, `${k.sumber}; BAB III.B.2 ("dilakukan secara terus menerus")`, [
        dihitung(`B${k.no}.1`, `pelaksanaan.${k.kode}.terlaksana`, 40),
        dihitung(`B${k.no}.2`, `pelaksanaan.${k.kode}.kesinambungan`, 60, linier([0, 0], [75, 1])),
      ]),
    ),
    indikatorSistem(
      "B6",
      { id: "Capaian kriteria subtahap (daftar periksa)", en: "Sub-stage criteria achieved (checklists)" },
      30,
      "BAB III.B.2 huruf a–d; Tabel 5–8",
      [dihitung("B6.1", "pelaksanaan.daftar_periksa", 100)],
    ),
  ],
};

// C. Assessment: participation, the index (its interval shown beside it), the level distribution, change from baseline.
const DERAJAT: Teks = { id: "poin derajat", en: "derajat points" };
const PENILAIAN: KomponenLke = {
  kode: "C",
  nama: { id: "Penilaian", en: "Assessment" },
  bobot: 20,
  sumber: "Pasal 4 ayat (2) huruf c; BAB III.B.3",
  indikator: [
    indikatorSistem(
      "C1",
      { id: "Partisipasi asesmen", en: "Assessment participation" },
      25,
      "BAB III.B.3; Tabel 4 no. 5",
      [dihitung("C1.1", "asesmen.partisipasi", 100, linier([30, 0], [90, 1]))],
    ),
    indikatorSistem(
      "C2",
      { id: "Indeks integritas dengan interval 95 %", en: "Integrity index with its 95 % interval" },
      25,
      "BAB III.B.3 huruf a angka 1–4",
      [
        dihitung("C2.1", "asesmen.indeks", 100, linier([30, 0], [70, 1]), {
          satuan: DERAJAT,
          rentang: { min: 0, maks: 100 },
        }),
      ],
    ),
    indikatorSistem(
      "C3",
      { id: "Distribusi level kematangan", en: "Maturity level distribution" },
      25,
      "BAB II.D; Tabel 3 no. 3",
      [dihitung("C3.1", "asesmen.level_atas", 100, linier([0, 0], [75, 1]))],
    ),
    indikatorSistem(
      "C4",
      { id: "Perubahan dari garis dasar", en: "Change from the baseline" },
      25,
      "Tabel 3 no. 3; Tabel 4 no. 5; BAB III.B.3",
      [
        dihitung("C4.1", "asesmen.asesmen_akhir", 40),
        dihitung("C4.2", "asesmen.perubahan", 60, linier([-5, 0], [0, 0.4], [5, 1]), {
          satuan: DERAJAT,
          rentang: { min: -100, maks: 100 },
        }),
      ],
    ),
  ],
};

// D. Institutional synergy (Tabel 2 II): answered by the agency until the synergy feature feeds the named sources.
const SINERGI: KomponenLke = {
  kode: "D",
  nama: { id: "Sinergi dengan sistem kelembagaan", en: "Synergy with institutional systems" },
  bobot: 15,
  sumber: "BAB III.A angka 2; Tabel 2 II; BAB II.E",
  indikator: [
    indikatorInstansi(
      "D1",
      { id: "Kode etik dan kode perilaku", en: "Code of ethics and code of conduct" },
      20,
      "Tabel 2 II.1; Tabel 2 III.4; BAB II.E angka 1",
      {
        id: "Keputusan penetapan kode etik; rekap pernyataan pegawai",
        en: "Decree setting the code; tally of employee attestations",
      },
      [
        dijawab(
          "D1.1",
          "sinergi.kode_etik_ditetapkan",
          {
            id: "Apakah kode etik dan kode perilaku instansi telah ditetapkan?",
            en: "Has the agency set its code of ethics and conduct?",
          },
          40,
        ),
        dijawab(
          "D1.2",
          "sinergi.atestasi_kode_etik",
          {
            id: "Berapa persen pegawai aktif yang telah menyatakan memahami dan akan menaati kode etik?",
            en: "What share of active employees has attested to understanding and following the code?",
          },
          60,
        ),
      ],
    ),
    indikatorInstansi(
      "D2",
      {
        id: "Perencanaan, penganggaran dan penilaian kinerja",
        en: "Planning, budgeting and performance assessment",
      },
      10,
      "Tabel 2 II.2",
      {
        id: "Renja/RKA dan indikator kinerja yang memuat pembangunan integritas",
        en: "Work plan/budget and performance indicators covering integrity building",
      },
      [
        dijawab(
          "D2.1",
          "sinergi.perencanaan_anggaran",
          {
            id: "Apakah pembangunan integritas pegawai dimuat dalam rencana kerja, anggaran dan indikator kinerja instansi?",
            en: "Is integrity building in the agency's work plan, budget and performance indicators?",
          },
          100,
        ),
      ],
    ),
    indikatorInstansi(
      "D3",
      { id: "Sistem merit dan manajemen talenta", en: "Merit system and talent management" },
      15,
      "Tabel 2 II.3",
      {
        id: "Laporan hasil penilaian penerapan sistem merit terakhir",
        en: "Latest merit-system assessment report",
      },
      [
        dijawab(
          "D3.1",
          "sinergi.sistem_merit",
          {
            id: "Kategori hasil penilaian penerapan sistem merit terakhir",
            en: "Category of the latest merit-system assessment",
          },
          100,
          {
            opsi: opsi(
              ["Kategori tertinggi (sangat baik)", "Highest category (very good)"],
              ["Kategori baik", "Good category"],
              ["Kategori kurang", "Insufficient category"],
              ["Kategori terendah (buruk)", "Lowest category (poor)"],
              ["Belum pernah dinilai", "Never assessed"],
            ),
          },
        ),
      ],
    ),
    indikatorInstansi(
      "D4",
      { id: "Zona integritas menuju WBK/WBBM", en: "Integrity zone towards WBK/WBBM" },
      15,
      "Tabel 2 II.4 huruf a; Pasal 2",
      {
        id: "Dokumen pencanangan ZI; keputusan predikat WBK/WBBM",
        en: "ZI launch document; WBK/WBBM designation",
      },
      [
        dijawab(
          "D4.1",
          "sinergi.zona_integritas",
          { id: "Capaian pembangunan zona integritas", en: "Integrity zone progress" },
          100,
          {
            opsi: opsi(
              ["Ada unit berpredikat WBBM", "A unit holds the WBBM designation"],
              ["Ada unit berpredikat WBK", "A unit holds the WBK designation"],
              [
                "Ada unit yang diusulkan untuk dinilai menuju WBK/WBBM",
                "A unit has been proposed for WBK/WBBM assessment",
              ],
              ["Pembangunan ZI telah dicanangkan", "The integrity zone has been launched"],
              ["Pembangunan ZI belum dicanangkan", "The integrity zone has not been launched"],
            ),
          },
        ),
      ],
    ),
    indikatorInstansi(
      "D5",
      { id: "Kepatuhan pelaporan LHKPN/LHKASN", en: "LHKPN/LHKASN reporting compliance" },
      15,
      "Tabel 2 II.4 huruf b; Tabel 1",
      { id: "Rekap kepatuhan pelaporan harta kekayaan", en: "Wealth-report compliance tally" },
      [
        dijawab(
          "D5.1",
          "sinergi.lhkasn_patuh",
          {
            id: "Berapa persen wajib lapor yang menyampaikan LHKPN/LHKASN tepat waktu?",
            en: "What share of those obliged filed their LHKPN/LHKASN on time?",
          },
          100,
          {
            aturan: linier([50, 0], [100, 1]),
          },
        ),
      ],
    ),
    indikatorInstansi(
      "D6",
      { id: "Pengendalian gratifikasi", en: "Gratification control" },
      10,
      "Tabel 2 II.4 huruf c",
      {
        id: "SK Unit Pengendalian Gratifikasi; rekap laporan gratifikasi",
        en: "Decree forming the UPG; gratification report tally",
      },
      [
        dijawab(
          "D6.1",
          "sinergi.upg_ada",
          {
            id: "Apakah Unit Pengendalian Gratifikasi telah dibentuk?",
            en: "Has a gratification control unit been formed?",
          },
          40,
        ),
        dijawab(
          "D6.2",
          "sinergi.gratifikasi_tepat_waktu",
          {
            id: "Berapa persen laporan gratifikasi yang ditangani tepat waktu? (isi 100 bila tidak ada laporan)",
            en: "What share of gratification reports was handled on time? (100 when there was none)",
          },
          60,
        ),
      ],
    ),
    indikatorInstansi(
      "D7",
      { id: "Whistle-blowing system", en: "Whistle-blowing system" },
      10,
      "Tabel 2 II.4 huruf d; Tabel 1",
      {
        id: "Dokumen penetapan WBS; rekap pengaduan dan tindak lanjut",
        en: "WBS decree; tally of reports and follow-up",
      },
      [
        dijawab(
          "D7.1",
          "sinergi.wbs_ada",
          {
            id: "Apakah whistle-blowing system tersedia dan dapat diakses pegawai?",
            en: "Is a whistle-blowing system in place and reachable by employees?",
          },
          40,
        ),
        dijawab(
          "D7.2",
          "sinergi.wbs_selesai",
          {
            id: "Berapa persen pengaduan WBS yang telah selesai ditindaklanjuti? (isi 100 bila tidak ada pengaduan)",
            en: "What share of WBS reports has been followed up to closure? (100 when there was none)",
          },
          60,
        ),
      ],
    ),
    indikatorInstansi(
      "D8",
      {
        id: "Pengendalian kecurangan dan benturan kepentingan",
        en: "Fraud control and conflicts of interest",
      },
      5,
      "Tabel 2 II.4 huruf e–f; Tabel 1",
      {
        id: "Kebijakan pengendalian kecurangan; register benturan kepentingan dan risiko",
        en: "Fraud control policy; conflict-of-interest and risk register",
      },
      [
        dijawab(
          "D8.1",
          "sinergi.pengendalian_kecurangan",
          {
            id: "Apakah sistem pengendalian kecurangan diterapkan?",
            en: "Is a fraud control system applied?",
          },
          50,
        ),
        dijawab(
          "D8.2",
          "sinergi.benturan_kepentingan",
          {
            id: "Apakah benturan kepentingan dan risiko dikelola dengan register yang dimutakhirkan?",
            en: "Are conflicts of interest and risks managed with a kept-up register?",
          },
          50,
        ),
      ],
    ),
  ],
};

// E. Leadership commitment: the declaration, leaders' mentoring, assessing change agents, role models.
const KEPEMIMPINAN: KomponenLke = {
  kode: "E",
  nama: { id: "Komitmen pimpinan", en: "Leadership commitment" },
  bobot: 15,
  sumber:
    'BAB IV ("komitmen kuat dari para pimpinan birokrasi, utamanya dari para PPK dan PyB"); Tabel 2 I; Tabel 4 no. 3',
  indikator: [
    indikatorSistem(
      "E1",
      { id: "Deklarasi komitmen oleh pimpinan", en: "Commitment declared by leaders" },
      30,
      "Tabel 3 no. 2; Tabel 4 no. 3; Tabel 5 no. 1",
      [dihitung("E1.1", "kepemimpinan.deklarasi_pimpinan", 100)],
    ),
    indikatorSistem(
      "E2",
      { id: "Pendampingan pegawai oleh pimpinan", en: "Leaders mentoring employees" },
      40,
      "Tabel 2 I.3; Tabel 4 no. 3; Tabel 6–8 no. 1",
      [dihitung("E2.1", "kepemimpinan.pendampingan_pimpinan", 100, linier([0, 0], [80, 1]))],
    ),
    indikatorSistem(
      "E3",
      {
        id: "Penilaian agen perubahan berbasis renaksi",
        en: "Change agents assessed against their action plans",
      },
      15,
      "Tabel 2 I.2",
      [dihitung("E3.1", "kepemimpinan.penilaian_ap", 100)],
    ),
    {
      kode: "E4",
      nama: { id: "Keteladanan pimpinan (role model)", en: "Leaders as role models" },
      bobot: 15,
      pengisian: "dijawab",
      bukti: "wajib",
      buktiDiminta: {
        id: "Dokumentasi kegiatan keteladanan pimpinan",
        en: "Records of leaders' role-model activities",
      },
      sumber: "BAB II.E angka 2; Tabel 4 no. 3; Tabel 6 no. 1",
      pertanyaan: [
        {
          kode: "E4.1",
          teks: {
            id: "Sejauh mana pimpinan memberi keteladanan kode etik dan kode perilaku?",
            en: "How far do leaders set an example of the code of ethics and conduct?",
          },
          jenisJawaban: "skala_ae",
          aturan: { jenis: "skala_ae" },
          bobot: 100,
          opsi: opsi(
            [
              "Di setiap tingkat pimpinan, terdokumentasi dan dinilai pegawai",
              "At every level of leadership, documented and rated by employees",
            ],
            ["Di setiap tingkat pimpinan, terdokumentasi", "At every level of leadership, documented"],
            ["Pada pimpinan tinggi, terdokumentasi", "Among senior leaders, documented"],
            ["Sesekali, tidak terdokumentasi", "Occasionally, undocumented"],
            ["Belum ada", "Not yet"],
          ),
        },
      ],
    },
  ],
};

export const ISI_LKE_V1: IsiLke = { komponen: [PERSIAPAN, PELAKSANAAN, PENILAIAN, SINERGI, KEPEMIMPINAN] };

export const LKE_V1: VersiLke = {
  versi: "1",
  status: "terbit",
  isi: ISI_LKE_V1,
  diajukanOleh: null,
  diterbitkanOleh: null,
  diterbitkan: null,
  catatan: 'Versi bawaan, disusun dari PermenPANRB 60/2020 (docs/nasional.md "LKE v1").',
};
