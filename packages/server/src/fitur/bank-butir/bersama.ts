/** Roles, schemas and answer shapes shared by the item bank's route files. */
import type {} from "@fastify/multipart";
import { z } from "zod";
import type { Db } from "../../db/factory.ts";
import { GalatApi } from "../../http/errors.ts";
import type { Bahasa } from "../../http/pesan.ts";
import { type LaporanDesain, muatBank, sidikIsi, type VersiBank } from "./kueri.ts";
import { PESAN_BANK } from "./pesan.ts";
import { type BankImpor, galatIsian, SkemaPernyataan } from "./skema.ts";

export const JOB_DESAIN = "bank-butir.desain";

export const BACA = ["evaluator_nasional", "admin_instansi"] as const;
export const TULIS = ["evaluator_nasional"] as const;
export const TAG = "bank-butir";

export const idVersi = z.strictObject({ id: z.uuid() });
export const idPernyataan = z.string().regex(/^[A-Z]{2}[1-4]-\d{2,3}$/);
export const namaVersi = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/);

export const SkemaVersi = z.object({
  id: z.uuid(),
  versi: z.string(),
  status: z.enum(["draf", "tinjauan", "terbit"]),
  bawaan: z.boolean(),
  asalId: z.string().nullable(),
  catatan: z.string().nullable(),
  komentarTinjauan: z.string().nullable(),
  dibuat: z.string(),
  diubah: z.string(),
  diajukan: z.string().nullable(),
  diterbitkan: z.string().nullable(),
});

export const SkemaTemuan = z.object({
  aturan: z.string(),
  keparahan: z.enum(["galat", "peringatan"]),
  lokasi: z.string(),
  pesan: z.string(),
  rincian: z.string(),
});

export const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
// who submitted it stays on the server (the detail says only whether it was the caller)
export const versiApi = ({ diajukanOleh: _, ...v }: VersiBank) => ({
  ...v,
  dibuat: new Date(v.dibuat).toISOString(),
  diubah: new Date(v.diubah).toISOString(),
  diajukan: iso(v.diajukan),
  diterbitkan: iso(v.diterbitkan),
});

export async function statusDesain(db: Db, v: VersiBank) {
  const r = await db
    .selectFrom("bank_butir_versi as v")
    .leftJoin("job as j", "j.id", "v.job_desain_id")
    .select([
      "v.laporan_desain",
      "v.sidik_desain",
      "j.status as job_status",
      "j.progres_selesai",
      "j.progres_total",
      "j.galat",
    ])
    .where("v.id", "=", v.id)
    .executeTakeFirstOrThrow();
  const bank = await muatBank(db, v);
  const laporan = (r.laporan_desain as LaporanDesain | null) ?? null;
  const mutakhir = !!laporan && r.sidik_desain === sidikIsi(bank);
  return {
    job:
      r.job_status == null
        ? null
        : {
            status: r.job_status as string,
            selesai: r.progres_selesai ?? 0,
            total: r.progres_total ?? 0,
            galat: r.galat ?? null,
          },
    mutakhir,
    layakTerbit: mutakhir && laporan ? laporan.formulir.every((f) => f.layakTerbit) : null,
    laporan,
  };
}

export function ringkasTemuan(temuan: { keparahan: string }[]) {
  const galat = temuan.filter((t) => t.keparahan === "galat").length;
  return { galat, peringatan: temuan.length - galat };
}

export const SkemaSunting = SkemaPernyataan.omit({ id: true, riwayat: true }).extend({
  /** What changed, for the statement's change log (default: "Diubah di penyunting bank butir."). */
  catatanPerubahan: z.string().trim().min(1).max(1000).optional(),
});

export function galatValidasiBank(error: z.ZodError, bahasa: Bahasa): GalatApi {
  const details = galatIsian(error, bahasa);
  return new GalatApi(400, "VALIDASI_BANK", {
    pesan: PESAN_BANK.IMPOR_TIDAK_VALID,
    param: { n: error.issues.length },
    details,
  });
}

/** Duplicate ids the database would refuse, reported per field like the schema's errors. */
export function periksaGanda(bank: BankImpor, bahasa: Bahasa): GalatApi | null {
  const details: { lokasi: string; pesan: string }[] = [];
  const ganda = (daftar: { id: string }[], nama: string) => {
    const dilihat = new Set<string>();
    daftar.forEach((x, i) => {
      if (dilihat.has(x.id))
        details.push({
          lokasi: `${nama}[${i}].id`,
          pesan: bahasa === "id" ? `id "${x.id}" sudah dipakai` : `id "${x.id}" is already used`,
        });
      dilihat.add(x.id);
    });
  };
  ganda(bank.pernyataan, "pernyataan");
  ganda(bank.formulir, "formulir");
  if (details.length === 0) return null;
  return new GalatApi(400, "VALIDASI_BANK", {
    pesan: PESAN_BANK.IMPOR_TIDAK_VALID,
    param: { n: details.length },
    details,
  });
}
