/**
 * The details of three preparation outputs the worksheet asks about (Tabel
 * 3 no. 1, 2 and 6), read from the steps' recorded outputs (domain
 * `KeluaranPersiapan`) of the latest cycle: the team aligned with the
 * bureaucratic-reform team, the declaration aligned with the integrity zone,
 * and change agents appointed against the sufficient number the agency set.
 * A step not recorded yet answers no (0 %). Keys: domain `SUMBER_DATA_LKE`.
 */
import type { KeluaranAgenPerubahan, KeluaranDeklarasi, KeluaranTimSupervisi } from "@nurani/domain";
import type { NilaiDihitung } from "./kueri.ts";

interface Langkah {
  langkah: string;
  isi: unknown;
  dicatat: Date | null;
}

export function rincianPersiapan(
  langkah: readonly Langkah[],
  siklus: { id: string; nama: string; konfigurasi: unknown },
): Record<string, NilaiDihitung> {
  const bukti = [{ jenis: "siklus_program", id: siklus.id, nama: siklus.nama }];
  const isi = <T>(nama: string): Partial<T> | null => {
    const l = langkah.find((x) => x.langkah === nama);
    return l?.dicatat && l.isi && typeof l.isi === "object" ? (l.isi as Partial<T>) : null;
  };
  const tim = isi<KeluaranTimSupervisi>("pembentukan_tim");
  const nomorRb = tim?.timReformasiBirokrasi?.nomorSk?.trim() ?? "";
  const anggotaRb = Array.isArray(tim?.anggota) ? tim.anggota.filter((a) => a?.anggotaTimRB).length : 0;
  const deklarasi = isi<KeluaranDeklarasi>("deklarasi_komitmen");
  const agen = isi<KeluaranAgenPerubahan>("agen_perubahan");
  const jumlahAp = Array.isArray(agen?.ditetapkan) ? new Set(agen.ditetapkan).size : 0;
  const target = (siklus.konfigurasi as { targetAgenPerubahan?: unknown } | null)?.targetAgenPerubahan;
  const memadai =
    typeof target === "number" && target > 0
      ? Math.round((1000 * Math.min(jumlahAp, target)) / target) / 10
      : jumlahAp > 0
        ? 100
        : 0;
  return {
    "persiapan.langkah1.selaras_rb": {
      nilai: nomorRb !== "" && anggotaRb > 0,
      keterangan: tim
        ? `Tim selaras dengan tim RB: ${nomorRb ? `SK tim RB ${nomorRb}` : "nomor SK tim RB belum dicatat"}; ${anggotaRb} anggota juga anggota tim RB`
        : `Langkah 1 belum tercatat pada siklus "${siklus.nama}"`,
      bukti,
    },
    "persiapan.langkah2.selaras_zi": {
      nilai: deklarasi?.selarasZonaIntegritas === true,
      keterangan: deklarasi
        ? `Deklarasi ${deklarasi.selarasZonaIntegritas === true ? "selaras" : "belum dinyatakan selaras"} dengan pembangunan zona integritas`
        : `Langkah 2 belum tercatat pada siklus "${siklus.nama}"`,
      bukti,
    },
    "persiapan.langkah6.jumlah_memadai": {
      nilai: memadai,
      keterangan: agen
        ? `${jumlahAp} agen perubahan ditetapkan; jumlah yang memadai: ${typeof target === "number" ? target : "belum ditetapkan instansi"}`
        : `Langkah 6 belum tercatat pada siklus "${siklus.nama}"`,
      bukti,
    },
  };
}
