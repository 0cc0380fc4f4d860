import type {
  FaktaSiklus,
  KeluaranAgenPerubahan,
  KeluaranAsesmenAwal,
  KeluaranDeklarasi,
  KeluaranRencanaAksi,
  KeluaranRencanaPelatihan,
  KeluaranTimSupervisi,
  PetaLevel,
} from "../src/program/index.ts";

/** A small agency: unit A mostly at level 1, unit B mostly at level 2. */
export const PETA: PetaLevel = [
  { unitKerjaId: "A", jumlahPerLevel: { 1: 6, 2: 3, 3: 1, 4: 0 } },
  { unitKerjaId: "B", jumlahPerLevel: { 1: 2, 2: 5, 3: 2, 4: 1 } },
];

export const HARI_INI = "2026-12-31";

export const TIM: KeluaranTimSupervisi = {
  nama: "Tim Supervisi Pembangunan Integritas",
  sk: { nomor: "800/12/2026", tanggal: "2026-01-10", dokumenId: "sk-tim.pdf" },
  anggota: [
    { pegawaiId: "p1", peranTim: "ketua", anggotaTimRB: true },
    { pegawaiId: "p2", peranTim: "anggota" },
  ],
  timReformasiBirokrasi: { nomorSk: "800/1/2025" },
};

export const DEKLARASI: KeluaranDeklarasi = {
  judul: "Deklarasi Komitmen Bersama",
  dokumenId: "deklarasi.pdf",
  tanggal: "2026-01-20",
  penandatangan: [
    { pegawaiId: "p0", sebagai: "pimpinan" },
    { pegawaiId: "p3", sebagai: "pegawai" },
    { pegawaiId: "p4", sebagai: "pegawai" },
  ],
  selarasZonaIntegritas: true,
};

export const ASESMEN: KeluaranAsesmenAwal = { kampanyeId: "kampanye-1", dirilis: "2026-02-15", peta: PETA };

/** Baseline of "unit A at level ≥ 2" is 4/10. */
export const RENAKSI: KeluaranRencanaAksi = {
  dokumenId: "renaksi.pdf",
  tanggal: "2026-03-01",
  target: [
    {
      kode: "T1",
      indikator: { jenis: "proporsi_minimal_level", levelMinimal: 2 },
      sasaran: ["A"],
      garisDasar: 0.4,
      nilaiTarget: 0.6,
      tenggat: "2027-06",
      penanggungJawab: { peran: "tim_supervisi" },
    },
  ],
};

export const PELATIHAN: KeluaranRencanaPelatihan = {
  dokumenId: "kurikulum.pdf",
  tanggal: "2026-03-15",
  modul: [
    {
      kode: "M1",
      judul: "Pelatihan dasar integritas",
      subtahap: 1,
      templat: "T5-2.1",
      tujuan: ["Memperkuat level pengetahuan"],
      cara: ["Pelatihan"],
      media: ["Dalam kelas"],
      sasaranUnit: ["A"],
      jadwal: { mulai: "2026-04-01", selesai: "2026-04-03" },
    },
    {
      kode: "M2",
      judul: "Bedah kasus",
      subtahap: 2,
      tujuan: ["Menghayati"],
      cara: ["Coaching"],
      media: ["Bedah kasus"],
      sasaranUnit: ["B"],
      jadwal: { mulai: "2026-04-10", selesai: "2026-04-10" },
    },
  ],
};

export const AGEN: KeluaranAgenPerubahan = {
  kriteriaSeleksi: ["Level kematangan ≥ 3 pada asesmen awal", "Tidak sedang menjalani hukuman disiplin"],
  nominasi: [
    { pegawaiId: "p5", unitKerjaId: "A", keputusan: "terpilih" },
    { pegawaiId: "p6", unitKerjaId: "B", keputusan: "terpilih" },
    { pegawaiId: "p7", unitKerjaId: "B", keputusan: "tidak_terpilih" },
  ],
  sk: { nomor: "800/40/2026", tanggal: "2026-04-01", dokumenId: "sk-ap.pdf" },
  ditetapkan: ["p5", "p6"],
};

export function siklusKosong(): FaktaSiklus {
  return { id: "2026", instansiId: "inst-1", konfigurasi: { targetAgenPerubahan: 2 }, persiapan: {} };
}
