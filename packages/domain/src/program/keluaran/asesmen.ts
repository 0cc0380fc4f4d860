import { type Galat, galat, type Pemeriksaan } from "../galat.ts";
import { jumlahPegawai, masalahPeta, type PetaLevelUnit } from "../peta.ts";
import { daftar, hasil, KELUARAN_KOSONG, kosong, objek, periksaTanggal } from "./bantu.ts";
import type { KeluaranAsesmenAwal, KonteksKeluaran } from "./tipe.ts";

/**
 * A released assessment campaign with a non-empty, well-formed assessment
 * map: the initial assessment (Tabel 3 no. 3) and the end-of-programme
 * assessment (Tabel 4 no. 5; BAB III.B.3) share this output.
 */
export function periksaHasilAsesmen(
  k: KeluaranAsesmenAwal,
  ks: KonteksKeluaran,
  jenis: "awal" | "akhir",
): Pemeriksaan {
  if (!objek(k)) return KELUARAN_KOSONG("Tabel 3 no. 3");
  const S = jenis === "awal" ? "Tabel 3 no. 3" : "Tabel 4 no. 5; BAB III.B.3";
  const en = jenis === "awal" ? "initial" : "end-of-programme";
  const g: Galat[] = [];
  if (kosong(k.kampanyeId))
    g.push(
      galat(
        "ASESMEN_TANPA_KAMPANYE",
        S,
        `Asesmen ${jenis} harus merujuk pada kampanye asesmen.`,
        `The ${en} assessment must refer to an assessment campaign.`,
        "kampanyeId",
      ),
    );
  if (k.dirilis === undefined)
    g.push(
      galat(
        "ASESMEN_BELUM_DIRILIS",
        S,
        `Hasil asesmen ${jenis} belum dirilis; langkah ini selesai ketika hasilnya dirilis.`,
        `The ${en} assessment results are not released yet; this step is done when they are.`,
        "dirilis",
      ),
    );
  else g.push(...periksaTanggal(k.dirilis, "dirilis", S, ks.hariIni));
  const peta = daftar<PetaLevelUnit>(k.peta, "peta", S, g);
  const masalah = masalahPeta(peta);
  if (masalah.length > 0)
    g.push(
      galat(
        "PETA_TIDAK_VALID",
        S,
        `Peta asesmen tidak valid: ${masalah.join("; ")}.`,
        `The assessment map is invalid: ${masalah.join("; ")}.`,
        "peta",
      ),
    );
  else if (peta.reduce((s, u) => s + jumlahPegawai(u), 0) === 0)
    g.push(
      galat(
        "PETA_KOSONG",
        S,
        "Peta asesmen tidak berisi pegawai yang dinilai.",
        "The assessment map holds no assessed employee.",
        "peta",
      ),
    );
  return hasil(g);
}

/** Tabel 3 no. 3: the initial assessment campaign, done when its results are released. */
export function periksaAsesmenAwal(k: KeluaranAsesmenAwal, ks: KonteksKeluaran): Pemeriksaan {
  return periksaHasilAsesmen(k, ks, "awal");
}
