import { describe, expect, it } from "vitest";
import {
  catatAsesmenAkhir,
  catatKeluaranPersiapan,
  catatRealisasi,
  type FaktaSiklus,
  type HasilSiklus,
  type KeluaranPersiapan,
  KODE_KEGIATAN_UTAMA,
  type KodeLangkahPersiapan,
  type ModulPelatihan,
  mulaiPelaksanaan,
  mulaiPenilaian,
  posisiSiklus,
  type TargetSmart,
  tutupSiklus,
} from "../src/program/index.ts";
import {
  AGEN,
  ASESMEN,
  DEKLARASI,
  HARI_INI,
  PELATIHAN,
  RENAKSI,
  siklusKosong,
  TIM,
} from "./program-fixture.ts";

const KELUARAN: KeluaranPersiapan = {
  pembentukan_tim: TIM,
  deklarasi_komitmen: DEKLARASI,
  asesmen_awal: ASESMEN,
  rencana_aksi: RENAKSI,
  rencana_pelatihan: PELATIHAN,
  agen_perubahan: AGEN,
};
const URUT: KodeLangkahPersiapan[] = [
  "pembentukan_tim",
  "deklarasi_komitmen",
  "asesmen_awal",
  "rencana_aksi",
  "rencana_pelatihan",
  "agen_perubahan",
];

function ok(h: HasilSiklus): FaktaSiklus {
  if (!h.ok) throw new Error(`ditolak: ${h.galat.map((g) => g.kode).join(", ")}`);
  return h.fakta;
}
function kodeGalat(h: HasilSiklus): string[] {
  if (h.ok) throw new Error("diterima, padahal harus ditolak");
  return h.galat.map((g) => g.kode);
}
/** A cycle with steps 1..n done. */
function sampaiLangkah(n: number): FaktaSiklus {
  let f = siklusKosong();
  for (const k of URUT.slice(0, n)) f = ok(catatKeluaranPersiapan(f, k, KELUARAN[k], HARI_INI));
  return f;
}
function pelaksanaanLengkap(): FaktaSiklus {
  let f = ok(mulaiPelaksanaan(sampaiLangkah(6), "2026-05-01", HARI_INI));
  KODE_KEGIATAN_UTAMA.forEach((k, i) => {
    f = ok(
      catatRealisasi(
        f,
        { id: `r${i}`, kegiatanUtama: k, subtahap: 1, tanggal: `2026-06-0${i + 1}`, jumlahPeserta: 20 },
        HARI_INI,
      ),
    );
  });
  return f;
}

describe("urutan langkah persiapan (Tabel 3, BAB III.B.1)", () => {
  it("accepts the six steps in order and says what is next and who acts", () => {
    const awal = posisiSiklus(siklusKosong(), HARI_INI);
    expect(awal.tahap).toBe("persiapan");
    expect(awal.berikut?.pelaku).toEqual(["ppk"]);
    expect(awal.berikut?.uraian.id).toMatch(/^Langkah 1: Pembentukan Tim/);
    for (let n = 1; n <= 6; n++) {
      const p = posisiSiklus(sampaiLangkah(n), HARI_INI);
      expect(p.langkahPersiapan.filter((l) => l.selesai).map((l) => l.no)).toEqual(
        [1, 2, 3, 4, 5, 6].slice(0, n),
      );
      if (n < 6) expect(p.berikut?.uraian.id).toMatch(new RegExp(`^Langkah ${n + 1}:`));
    }
    const siap = posisiSiklus(sampaiLangkah(6), HARI_INI);
    expect(siap.berikut?.uraian.id).toBe("Mulai tahap pelaksanaan.");
    expect(siap.langkahPersiapan[0]?.tanggal).toBe("2026-01-10");
  });

  it("refuses every step recorded before its predecessor is done, naming the missing step", () => {
    for (let i = 1; i < 6; i++) {
      const f = sampaiLangkah(i - 1);
      const k = URUT[i] as KodeLangkahPersiapan;
      const h = catatKeluaranPersiapan(f, k, KELUARAN[k], HARI_INI);
      expect(kodeGalat(h)).toEqual(["LANGKAH_TIDAK_BERURUTAN"]);
      if (!h.ok) expect(h.galat[0]?.pesan.id).toContain(`langkah ${i} (`);
    }
    // step 4 before step 3, as in the browser walk
    const h = catatKeluaranPersiapan(sampaiLangkah(2), "rencana_aksi", RENAKSI, HARI_INI);
    expect(kodeGalat(h)).toEqual(["LANGKAH_TIDAK_BERURUTAN"]);
    if (!h.ok) expect(h.galat[0]?.pesan.en).toContain("step 3 (Initial assessment) is not done");
  });

  it("refuses an output dated before the previous step was done", () => {
    const h = catatKeluaranPersiapan(
      sampaiLangkah(1),
      "deklarasi_komitmen",
      { ...DEKLARASI, tanggal: "2026-01-05" },
      HARI_INI,
    );
    expect(kodeGalat(h)).toEqual(["TANGGAL_SEBELUM_LANGKAH_SEBELUMNYA"]);
  });

  it("lets a step's output be replaced only while no later step rests on it", () => {
    const f = sampaiLangkah(1);
    const ganti = ok(
      catatKeluaranPersiapan(f, "pembentukan_tim", { ...TIM, nama: "Komite Integritas" }, HARI_INI),
    );
    expect(ganti.persiapan.pembentukan_tim?.nama).toBe("Komite Integritas");
    const h = catatKeluaranPersiapan(sampaiLangkah(2), "pembentukan_tim", TIM, HARI_INI);
    expect(kodeGalat(h)).toEqual(["LANGKAH_SESUDAHNYA_SUDAH_ADA"]);
  });

  it("does not count a stored output that fails its check as done", () => {
    const f = sampaiLangkah(2);
    const rusak: FaktaSiklus = {
      ...f,
      persiapan: { ...f.persiapan, deklarasi_komitmen: { ...DEKLARASI, dokumenId: "" } },
    };
    const p = posisiSiklus(rusak, HARI_INI);
    expect(p.langkahPersiapan[1]?.selesai).toBe(false);
    expect(p.berikut?.uraian.id).toMatch(/^Langkah 2:/);
    expect(kodeGalat(catatKeluaranPersiapan(rusak, "asesmen_awal", ASESMEN, HARI_INI))).toEqual([
      "LANGKAH_TIDAK_BERURUTAN",
    ]);
  });
});

describe("syarat keluaran tiap langkah (Tabel 3 kolom Keluaran)", () => {
  const coba = <K extends KodeLangkahPersiapan>(k: K, keluaran: KeluaranPersiapan[K]) =>
    kodeGalat(catatKeluaranPersiapan(sampaiLangkah(URUT.indexOf(k)), k, keluaran, HARI_INI));

  it("1: team needs a decree, a chair, two members, no duplicates and the RB team link", () => {
    expect(coba("pembentukan_tim", { ...TIM, sk: { ...TIM.sk, nomor: " " } })).toEqual(["SK_TANPA_NOMOR"]);
    expect(coba("pembentukan_tim", { ...TIM, sk: { ...TIM.sk, tanggal: "2026-02-30" } })).toEqual([
      "TANGGAL_TIDAK_VALID",
    ]);
    expect(coba("pembentukan_tim", { ...TIM, sk: { ...TIM.sk, tanggal: "2027-01-01" } })).toEqual([
      "TANGGAL_MASA_DEPAN",
    ]);
    expect(coba("pembentukan_tim", { ...TIM, anggota: TIM.anggota.slice(0, 1) })).toEqual([
      "TIM_ANGGOTA_KURANG",
    ]);
    expect(
      coba("pembentukan_tim", { ...TIM, anggota: TIM.anggota.map((a) => ({ ...a, peranTim: "anggota" })) }),
    ).toEqual(["TIM_KETUA"]);
    expect(
      coba("pembentukan_tim", {
        ...TIM,
        anggota: [...TIM.anggota, { pegawaiId: "p2", peranTim: "sekretaris" }],
      }),
    ).toEqual(["TIM_ANGGOTA_GANDA"]);
    expect(coba("pembentukan_tim", { ...TIM, timReformasiBirokrasi: { nomorSk: "" } })).toEqual([
      "TIM_TANPA_TAUTAN_RB",
    ]);
  });

  it("1: warns when no member sits on the RB team", () => {
    const h = catatKeluaranPersiapan(
      siklusKosong(),
      "pembentukan_tim",
      { ...TIM, anggota: TIM.anggota.map((a) => ({ ...a, anggotaTimRB: false })) },
      HARI_INI,
    );
    expect(h.ok && h.peringatan.map((g) => g.kode)).toEqual(["TIM_TANPA_ANGGOTA_RB"]);
  });

  it("2: declaration needs its document and a leader's signature", () => {
    expect(coba("deklarasi_komitmen", { ...DEKLARASI, dokumenId: "" })).toEqual(["DEKLARASI_TANPA_DOKUMEN"]);
    expect(
      coba("deklarasi_komitmen", {
        ...DEKLARASI,
        penandatangan: DEKLARASI.penandatangan.filter((p) => p.sebagai === "pegawai"),
      }),
    ).toEqual(["DEKLARASI_TANPA_PIMPINAN"]);
  });

  it("3: initial assessment is done only when its results are released, with a non-empty map", () => {
    const { dirilis: _, ...belum } = ASESMEN;
    expect(coba("asesmen_awal", belum)).toEqual(["ASESMEN_BELUM_DIRILIS"]);
    expect(coba("asesmen_awal", { ...ASESMEN, peta: [] })).toEqual(["PETA_KOSONG"]);
    expect(
      coba("asesmen_awal", {
        ...ASESMEN,
        peta: [{ unitKerjaId: "A", jumlahPerLevel: { 1: -1, 2: 0, 3: 0, 4: 0 } }],
      }),
    ).toEqual(["PETA_TIDAK_VALID"]);
  });

  it("4: action plan needs at least one target, each SMART against the initial map", () => {
    expect(coba("rencana_aksi", { ...RENAKSI, target: [] })).toEqual(["RENAKSI_TANPA_TARGET"]);
    const [t] = RENAKSI.target as [TargetSmart];
    expect(coba("rencana_aksi", { ...RENAKSI, target: [{ ...t, garisDasar: 0.3 }] })).toEqual([
      "TARGET_GARIS_DASAR_TIDAK_SESUAI",
    ]);
    expect(coba("rencana_aksi", { ...RENAKSI, target: [{ ...t, sasaran: ["Z"] }] })).toContain(
      "TARGET_UNIT_TIDAK_DIKENAL",
    );
    expect(coba("rencana_aksi", { ...RENAKSI, target: [t, t] })).toEqual(["RENAKSI_KODE_GANDA"]);
  });

  it("5: training plan needs complete, scheduled modules; templates must match the sub-stage", () => {
    const [m] = PELATIHAN.modul as [ModulPelatihan];
    expect(coba("rencana_pelatihan", { ...PELATIHAN, modul: [] })).toEqual(["PELATIHAN_TANPA_MODUL"]);
    expect(coba("rencana_pelatihan", { ...PELATIHAN, modul: [{ ...m, media: [] }] })).toEqual([
      "MODUL_TIDAK_LENGKAP",
    ]);
    expect(coba("rencana_pelatihan", { ...PELATIHAN, modul: [{ ...m, templat: "T6-1.1" }] })).toEqual([
      "MODUL_TEMPLAT",
    ]);
    expect(
      coba("rencana_pelatihan", {
        ...PELATIHAN,
        modul: [{ ...m, jadwal: { mulai: "2026-04-03", selesai: "2026-04-01" } }],
      }),
    ).toEqual(["MODUL_JADWAL"]);
    expect(coba("rencana_pelatihan", { ...PELATIHAN, modul: [{ ...m, sasaranUnit: ["Z"] }] })).toEqual([
      "MODUL_UNIT_TIDAK_DIKENAL",
    ]);
  });

  it("5: the sub-stage warning follows the agency's guide rule", () => {
    // With a 0.9 threshold both units are in sub-stage 1 (B is in 2 by default: next test), so one level-1 module suffices.
    const f = sampaiLangkah(4);
    const ketat = {
      ...f,
      konfigurasi: { ...f.konfigurasi, panduan: { aturan: { aturan: "ambang" as const, proporsi: 0.9 } } },
    };
    const h = catatKeluaranPersiapan(
      ketat,
      "rencana_pelatihan",
      { ...PELATIHAN, modul: PELATIHAN.modul.slice(0, 1) },
      HARI_INI,
    );
    expect(h.ok && h.peringatan).toEqual([]);
  });

  it("5: warns when a sub-stage the initial map needs has no module", () => {
    const h = catatKeluaranPersiapan(
      sampaiLangkah(4),
      "rencana_pelatihan",
      { ...PELATIHAN, modul: PELATIHAN.modul.slice(0, 1) },
      HARI_INI,
    );
    expect(h.ok && h.peringatan.map((g) => g.kode)).toEqual(["PELATIHAN_SUBTAHAP_TANPA_MODUL"]);
  });

  it("6: change agents must be selected nominees appointed by decree; warns below the sufficient number", () => {
    expect(coba("agen_perubahan", { ...AGEN, ditetapkan: [] })).toEqual(["AP_TIDAK_ADA"]);
    expect(coba("agen_perubahan", { ...AGEN, ditetapkan: ["p5", "p7"] })).toEqual(["AP_BUKAN_HASIL_SELEKSI"]);
    expect(coba("agen_perubahan", { ...AGEN, kriteriaSeleksi: [] })).toEqual(["AP_TANPA_KRITERIA"]);
    expect(coba("agen_perubahan", { ...AGEN, sk: { ...AGEN.sk, dokumenId: "" } })).toEqual([
      "SK_TANPA_DOKUMEN",
    ]);
    const kurang = catatKeluaranPersiapan(
      sampaiLangkah(5),
      "agen_perubahan",
      { ...AGEN, ditetapkan: ["p5"] },
      HARI_INI,
    );
    expect(kurang.ok).toBe(true);
    expect(kurang.ok && kurang.peringatan.map((g) => g.kode)).toEqual(["AP_KURANG_MEMADAI"]);
    if (kurang.ok) {
      expect(kurang.peringatan[0]?.pesan.id).toContain("Baru 1 agen perubahan");
      expect(posisiSiklus(kurang.fakta, HARI_INI).peringatan.map((g) => g.kode)).toEqual([
        "AP_KURANG_MEMADAI",
      ]);
    }
  });
});

describe("urutan tahap (Pasal 4 ayat 2)", () => {
  it("refuses implementation before preparation is complete, and activities before implementation", () => {
    expect(kodeGalat(mulaiPelaksanaan(sampaiLangkah(5), "2026-05-01", HARI_INI))).toEqual([
      "PERSIAPAN_BELUM_SELESAI",
    ]);
    const r = {
      id: "r",
      kegiatanUtama: "kampanye" as const,
      subtahap: 1 as const,
      tanggal: "2026-05-02",
      jumlahPeserta: 3,
    };
    expect(kodeGalat(catatRealisasi(sampaiLangkah(6), r, HARI_INI))).toEqual(["TAHAP_TIDAK_SESUAI"]);
  });

  it("freezes preparation outputs once implementation has started", () => {
    const f = ok(mulaiPelaksanaan(sampaiLangkah(6), "2026-05-01", HARI_INI));
    expect(kodeGalat(catatKeluaranPersiapan(f, "agen_perubahan", AGEN, HARI_INI))).toEqual([
      "TAHAP_TIDAK_SESUAI",
    ]);
    expect(posisiSiklus(f, HARI_INI).berikut?.pelaku).toContain("apip");
  });

  it("checks activity records: sub-stage, date within implementation, unique id", () => {
    const f = ok(mulaiPelaksanaan(sampaiLangkah(6), "2026-05-01", HARI_INI));
    const r = {
      id: "r1",
      kegiatanUtama: "kampanye" as const,
      subtahap: 1 as const,
      tanggal: "2026-05-02",
      jumlahPeserta: 3,
    };
    expect(kodeGalat(catatRealisasi(f, { ...r, subtahap: undefined }, HARI_INI))).toEqual([
      "KEGIATAN_TANPA_SUBTAHAP",
    ]);
    expect(kodeGalat(catatRealisasi(f, { ...r, tanggal: "2026-04-30" }, HARI_INI))).toEqual([
      "TANGGAL_SEBELUM_TAHAP_SEBELUMNYA",
    ]);
    expect(kodeGalat(catatRealisasi(f, { ...r, sasaranUnit: ["Z"] }, HARI_INI))).toEqual([
      "KEGIATAN_SASARAN_TIDAK_DIKENAL",
    ]);
    expect(catatRealisasi(f, { ...r, sasaranUnit: ["A", "B"] }, HARI_INI).ok).toBe(true);
    const f2 = ok(catatRealisasi(f, r, HARI_INI));
    expect(kodeGalat(catatRealisasi(f2, r, HARI_INI))).toEqual(["REALISASI_GANDA"]);
    expect(
      ok(
        catatRealisasi(
          f2,
          { ...r, id: "r2", kegiatanUtama: "pemantauan_evaluasi", subtahap: undefined },
          HARI_INI,
        ),
      ).pelaksanaan?.realisasi.length,
    ).toBe(2);
  });

  it("refuses assessment until every required main activity was carried out; the agency can narrow the list", () => {
    let f = ok(mulaiPelaksanaan(sampaiLangkah(6), "2026-05-01", HARI_INI));
    f = ok(
      catatRealisasi(
        f,
        { id: "r", kegiatanUtama: "kampanye", subtahap: 1, tanggal: "2026-05-02", jumlahPeserta: 3 },
        HARI_INI,
      ),
    );
    const h = mulaiPenilaian(f, "2026-11-01", HARI_INI);
    expect(kodeGalat(h)).toEqual(["PELAKSANAAN_BELUM_LENGKAP"]);
    if (!h.ok) expect(h.galat[0]?.pesan.id).toContain("Pembentukan wadah berbagi");
    const sempit = {
      ...f,
      konfigurasi: { ...f.konfigurasi, kegiatanWajibSebelumPenilaian: ["kampanye" as const] },
    };
    expect(mulaiPenilaian(sempit, "2026-11-01", HARI_INI).ok).toBe(true);
  });

  it("walks a whole cycle to closing, after which nothing changes", () => {
    let f = pelaksanaanLengkap();
    expect(posisiSiklus(f, HARI_INI).realisasiPerKegiatan.wadah_berbagi).toBe(1);
    expect(kodeGalat(mulaiPenilaian(f, "2026-06-02", HARI_INI))).toEqual([
      "TANGGAL_SEBELUM_TAHAP_SEBELUMNYA",
    ]);
    f = ok(mulaiPenilaian(f, "2026-11-01", HARI_INI));
    expect(posisiSiklus(f, HARI_INI).tahap).toBe("penilaian");
    expect(kodeGalat(tutupSiklus(f, "2026-12-20", HARI_INI))).toEqual(["ASESMEN_AKHIR_BELUM_DIRILIS"]);
    const { dirilis: _, ...belumRilis } = ASESMEN;
    f = ok(catatAsesmenAkhir(f, { ...belumRilis, kampanyeId: "akhir" }, HARI_INI));
    expect(posisiSiklus(f, HARI_INI).berikut?.uraian.id).toMatch(/asesmen akhir/);
    expect(kodeGalat(catatAsesmenAkhir(f, { ...ASESMEN, dirilis: "2026-10-01" }, HARI_INI))).toEqual([
      "TANGGAL_SEBELUM_TAHAP_SEBELUMNYA",
    ]);
    f = ok(catatAsesmenAkhir(f, { ...ASESMEN, kampanyeId: "akhir", dirilis: "2026-12-10" }, HARI_INI));
    f = ok(tutupSiklus(f, "2026-12-20", HARI_INI));
    const p = posisiSiklus(f, HARI_INI);
    expect(p.tahap).toBe("selesai");
    expect(p.tanggal).toEqual({
      pelaksanaanMulai: "2026-05-01",
      penilaianMulai: "2026-11-01",
      asesmenAkhirDirilis: "2026-12-10",
      ditutup: "2026-12-20",
    });
    expect(p.berikut).toBeUndefined();
    for (const h of [
      tutupSiklus(f, "2026-12-21", HARI_INI),
      mulaiPenilaian(f, "2026-12-21", HARI_INI),
      catatKeluaranPersiapan(f, "pembentukan_tim", TIM, HARI_INI),
      catatRealisasi(
        f,
        { id: "x", kegiatanUtama: "kampanye", subtahap: 1, tanggal: "2026-12-21", jumlahPeserta: 1 },
        HARI_INI,
      ),
    ])
      expect(kodeGalat(h)).toEqual(["SIKLUS_DITUTUP"]);
  });

  it("never mutates the facts it is given", () => {
    const f = sampaiLangkah(2);
    const salinan = structuredClone(f);
    catatKeluaranPersiapan(f, "asesmen_awal", ASESMEN, HARI_INI);
    catatKeluaranPersiapan(f, "rencana_aksi", RENAKSI, HARI_INI);
    expect(f).toEqual(salinan);
  });
});
