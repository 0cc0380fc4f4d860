/**
 * The demo's agencies and their unit trees: the national Ministry
 * (KemenPANRB, home of the evaluator_nasional role — PermenPANRB 60/2020
 * BAB IV), a central ministry with eselon I/II/III units, and a regency
 * government with its secretariat, dinas, badan and bagian.
 */
export interface UnitDemo {
  kode: string;
  nama: string;
  eselon: 1 | 2 | 3 | 4;
  /** Title of the unit head, e.g. "Direktur", "Kepala". */
  kepala: string;
  /** Functional positions typical of the unit (besides the general ones). */
  fungsional?: readonly string[];
  anak?: readonly UnitDemo[];
}

export interface InstansiDemo {
  kode: string;
  nama: string;
  jenis: "kementerian" | "kabupaten";
  nasional: boolean;
  domainEmail: string;
  /** Employees to generate (unit heads included). */
  jumlahPegawai: number;
  unit: readonly UnitDemo[];
}

const u = (
  kode: string,
  nama: string,
  eselon: UnitDemo["eselon"],
  kepala: string,
  anak?: readonly UnitDemo[],
  fungsional?: readonly string[],
): UnitDemo => ({ kode, nama, eselon, kepala, anak, fungsional });

export const KEMENPANRB: InstansiDemo = {
  kode: "KEMENPANRB",
  nama: "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
  jenis: "kementerian",
  nasional: true,
  domainEmail: "menpan.go.id",
  jumlahPegawai: 40,
  unit: [
    u(
      "RB",
      "Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan",
      1,
      "Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan",
      [
        u(
          "RB.ZI",
          "Asisten Deputi Pembangunan Zona Integritas",
          2,
          "Asisten Deputi Pembangunan Zona Integritas",
          undefined,
          ["Analis Kebijakan Ahli Madya", "Analis Kebijakan Ahli Muda"],
        ),
        u(
          "RB.PI",
          "Asisten Deputi Pengawasan dan Integritas Aparatur",
          2,
          "Asisten Deputi Pengawasan dan Integritas Aparatur",
          undefined,
          ["Analis Kebijakan Ahli Muda", "Auditor Ahli Madya"],
        ),
      ],
    ),
  ],
};

export const KEMENTERIAN_CONTOH: InstansiDemo = {
  kode: "KEMENCS",
  nama: "Kementerian Contoh Sejahtera",
  jenis: "kementerian",
  nasional: false,
  domainEmail: "contohsejahtera.go.id",
  jumlahPegawai: 500,
  unit: [
    u("SETJEN", "Sekretariat Jenderal", 1, "Sekretaris Jenderal", [
      u(
        "SETJEN.REN",
        "Biro Perencanaan",
        2,
        "Kepala",
        [u("SETJEN.REN.PROG", "Bagian Program dan Anggaran", 3, "Kepala")],
        ["Perencana Ahli Muda", "Perencana Ahli Pertama"],
      ),
      u(
        "SETJEN.KEU",
        "Biro Keuangan dan Barang Milik Negara",
        2,
        "Kepala",
        [
          u("SETJEN.KEU.PBN", "Bagian Perbendaharaan", 3, "Kepala"),
          u("SETJEN.KEU.AKT", "Bagian Akuntansi dan Pelaporan", 3, "Kepala"),
        ],
        ["Analis Pengelolaan Keuangan APBN Ahli Muda", "Analis Anggaran Ahli Pertama"],
      ),
      u(
        "SETJEN.SDM",
        "Biro Organisasi dan Sumber Daya Manusia",
        2,
        "Kepala",
        [
          u("SETJEN.SDM.ORG", "Bagian Organisasi dan Tata Laksana", 3, "Kepala"),
          u("SETJEN.SDM.KEP", "Bagian Kepegawaian", 3, "Kepala"),
        ],
        ["Analis Sumber Daya Manusia Aparatur Ahli Muda", "Asesor SDM Aparatur Ahli Pertama"],
      ),
      u(
        "SETJEN.UMUM",
        "Biro Umum",
        2,
        "Kepala",
        [u("SETJEN.UMUM.RT", "Bagian Rumah Tangga", 3, "Kepala")],
        ["Arsiparis Terampil", "Pranata Komputer Ahli Pertama"],
      ),
    ]),
    u("ITJEN", "Inspektorat Jenderal", 1, "Inspektur Jenderal", [
      u("ITJEN.I", "Inspektorat I", 2, "Inspektur I", undefined, [
        "Auditor Ahli Muda",
        "Auditor Ahli Pertama",
        "Auditor Terampil",
      ]),
      u("ITJEN.II", "Inspektorat II", 2, "Inspektur II", undefined, [
        "Auditor Ahli Madya",
        "Auditor Ahli Muda",
      ]),
    ]),
    u("DJPS", "Direktorat Jenderal Pelayanan Sosial", 1, "Direktur Jenderal Pelayanan Sosial", [
      u(
        "DJPS.SET",
        "Sekretariat Direktorat Jenderal Pelayanan Sosial",
        2,
        "Sekretaris Direktorat Jenderal Pelayanan Sosial",
      ),
      u(
        "DJPS.ANAK",
        "Direktorat Perlindungan Anak",
        2,
        "Direktur Perlindungan Anak",
        [u("DJPS.ANAK.REH", "Subdirektorat Rehabilitasi Anak", 3, "Kepala")],
        ["Pekerja Sosial Ahli Muda", "Penyuluh Sosial Ahli Pertama"],
      ),
      u("DJPS.LANSIA", "Direktorat Pelayanan Lanjut Usia", 2, "Direktur Pelayanan Lanjut Usia", undefined, [
        "Pekerja Sosial Ahli Pertama",
        "Pekerja Sosial Terampil",
      ]),
    ]),
    u("DJPM", "Direktorat Jenderal Pemberdayaan Masyarakat", 1, "Direktur Jenderal Pemberdayaan Masyarakat", [
      u(
        "DJPM.SET",
        "Sekretariat Direktorat Jenderal Pemberdayaan Masyarakat",
        2,
        "Sekretaris Direktorat Jenderal Pemberdayaan Masyarakat",
      ),
      u(
        "DJPM.DESA",
        "Direktorat Pemberdayaan Masyarakat Desa",
        2,
        "Direktur Pemberdayaan Masyarakat Desa",
        [u("DJPM.DESA.KEL", "Subdirektorat Kelembagaan Masyarakat", 3, "Kepala")],
        ["Penggerak Swadaya Masyarakat Ahli Muda"],
      ),
    ]),
    u("BADIKLAT", "Badan Pendidikan dan Pelatihan", 1, "Kepala", [
      u("BADIKLAT.PUSBANG", "Pusat Pengembangan Kompetensi", 2, "Kepala", undefined, [
        "Widyaiswara Ahli Madya",
        "Widyaiswara Ahli Muda",
      ]),
    ]),
  ],
};

export const KABUPATEN_CONTOH: InstansiDemo = {
  kode: "KAB-CONTOH",
  nama: "Pemerintah Kabupaten Contoh",
  jenis: "kabupaten",
  nasional: false,
  domainEmail: "contohkab.go.id",
  jumlahPegawai: 500,
  unit: [
    u("SETDA", "Sekretariat Daerah", 2, "Sekretaris Daerah", [
      u("SETDA.PEM", "Bagian Pemerintahan", 3, "Kepala"),
      u("SETDA.HUK", "Bagian Hukum", 3, "Kepala", undefined, [
        "Perancang Peraturan Perundang-undangan Ahli Muda",
      ]),
      u("SETDA.ORG", "Bagian Organisasi", 3, "Kepala", undefined, ["Analis Kebijakan Ahli Muda"]),
      u("SETDA.UMUM", "Bagian Umum", 3, "Kepala"),
    ]),
    u(
      "INSPEKTORAT",
      "Inspektorat Daerah",
      2,
      "Inspektur Daerah",
      [u("INSPEKTORAT.IRBAN1", "Inspektur Pembantu Wilayah I", 3, "Inspektur Pembantu Wilayah I")],
      [
        "Auditor Ahli Muda",
        "Auditor Ahli Pertama",
        "Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Muda",
      ],
    ),
    u(
      "DISDIK",
      "Dinas Pendidikan",
      2,
      "Kepala",
      [
        u("DISDIK.SD", "Bidang Pembinaan Sekolah Dasar", 3, "Kepala", [
          u("DISDIK.SD.KUR", "Seksi Kurikulum Sekolah Dasar", 4, "Kepala"),
        ]),
        u("DISDIK.GTK", "Bidang Guru dan Tenaga Kependidikan", 3, "Kepala"),
      ],
      ["Guru Ahli Pertama", "Guru Ahli Muda", "Pengawas Sekolah Ahli Madya"],
    ),
    u(
      "DINKES",
      "Dinas Kesehatan",
      2,
      "Kepala",
      [
        u("DINKES.YANKES", "Bidang Pelayanan Kesehatan", 3, "Kepala"),
        u("DINKES.P2P", "Bidang Pencegahan dan Pengendalian Penyakit", 3, "Kepala", [
          u("DINKES.P2P.SURV", "Seksi Surveilans dan Imunisasi", 4, "Kepala"),
        ]),
      ],
      ["Perawat Ahli Pertama", "Perawat Terampil", "Bidan Terampil", "Epidemiolog Kesehatan Ahli Muda"],
    ),
    u(
      "DPUPR",
      "Dinas Pekerjaan Umum dan Penataan Ruang",
      2,
      "Kepala",
      [u("DPUPR.BM", "Bidang Bina Marga", 3, "Kepala")],
      ["Teknik Jalan dan Jembatan Ahli Pertama", "Penata Ruang Ahli Muda"],
    ),
    u(
      "BKPSDM",
      "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
      2,
      "Kepala",
      [u("BKPSDM.MUT", "Bidang Mutasi dan Promosi", 3, "Kepala")],
      ["Analis Sumber Daya Manusia Aparatur Ahli Muda"],
    ),
    u("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", 2, "Kepala", undefined, [
      "Perencana Ahli Muda",
      "Perencana Ahli Pertama",
    ]),
  ],
};

export const INSTANSI_DEMO: readonly InstansiDemo[] = [KEMENPANRB, KEMENTERIAN_CONTOH, KABUPATEN_CONTOH];

export interface UnitDatar extends Omit<UnitDemo, "anak"> {
  indukKode: string | null;
}

/** Depth-first, parents before children. */
export function ratakanUnit(unit: readonly UnitDemo[], indukKode: string | null = null): UnitDatar[] {
  return unit.flatMap(({ anak, ...x }) => [{ ...x, indukKode }, ...ratakanUnit(anak ?? [], x.kode)]);
}

export function jabatanKepala(unit: Pick<UnitDemo, "kepala" | "nama">): string {
  return (unit.kepala === "Kepala" ? `Kepala ${unit.nama}` : unit.kepala).slice(0, 200);
}
