/** Request bodies of the preparation steps (shape only; the rules are the domain's). */
import { PERAN, PERAN_TIM } from "@nurani/domain";
import { z } from "zod";
import { skemaTanggal } from "./bersama.ts";

export const teks = (n: number) => z.string().max(n);
export const id = z.string().max(36);

export const SkemaSk = z.strictObject({ nomor: teks(100), tanggal: skemaTanggal, dokumenId: id });

export const SkemaTim = z.strictObject({
  nama: teks(200),
  sk: SkemaSk,
  anggota: z
    .array(
      z.strictObject({
        pegawaiId: z.uuid(),
        peranTim: z.enum(PERAN_TIM),
        anggotaTimRB: z.boolean().optional(),
      }),
    )
    .max(100),
  timReformasiBirokrasi: z.strictObject({ nomorSk: teks(100) }),
});

export const SkemaDeklarasi = z.strictObject({
  judul: teks(300),
  dokumenId: id,
  tanggal: skemaTanggal,
  selarasZonaIntegritas: z.boolean(),
});

export const SkemaTarget = z.strictObject({
  kode: teks(40),
  uraian: teks(1000).optional(),
  indikator: z.strictObject({
    jenis: z.enum(["proporsi_minimal_level", "rerata_level"]),
    levelMinimal: z.number().int().min(1).max(4).optional(),
  }),
  sasaran: z.union([z.literal("instansi"), z.array(z.uuid()).max(500)]),
  /** Omitted or null: taken from the initial assessment map. */
  garisDasar: z.number().nullable().optional(),
  nilaiTarget: z.number(),
  tenggat: teks(10),
  penanggungJawab: z.strictObject({ peran: z.enum(PERAN), pegawaiId: z.uuid().optional() }),
});

export const SkemaRencanaAksi = z.strictObject({
  dokumenId: id,
  tanggal: skemaTanggal,
  target: z.array(SkemaTarget).max(100),
});

export const daftarTeks = z.array(teks(1000)).max(30);
export const SkemaModul = z.strictObject({
  kode: teks(40),
  judul: teks(300),
  subtahap: z.number().int(),
  templat: teks(20).optional(),
  tujuan: daftarTeks,
  cara: daftarTeks,
  media: daftarTeks,
  sasaranUnit: z.array(z.uuid()).max(500),
  jadwal: z.strictObject({ mulai: skemaTanggal, selesai: skemaTanggal }),
});
export const SkemaRencanaPelatihan = z.strictObject({
  dokumenId: id,
  tanggal: skemaTanggal,
  modul: z.array(SkemaModul).max(200),
});

export const SkemaAgen = z.strictObject({
  kriteriaSeleksi: z.array(teks(500)).max(50),
  nominasi: z
    .array(
      z.strictObject({
        pegawaiId: z.uuid(),
        /** Omitted: the employee's current unit. */
        unitKerjaId: z.uuid().optional(),
        keputusan: z.enum(["terpilih", "tidak_terpilih"]),
      }),
    )
    .max(2000),
  sk: SkemaSk,
  ditetapkan: z.array(z.uuid()).max(2000),
});
