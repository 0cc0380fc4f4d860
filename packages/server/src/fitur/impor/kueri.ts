/** An import's status as the API shows it, with its failure in the caller's language. */
import type { Db } from "../../db/factory.ts";
import { tidakDitemukan } from "../../http/errors.ts";
import type { Bahasa } from "../../http/pesan.ts";
import { type GalatBerkas, pesanGalatBerkas } from "./galat-berkas.ts";

const PESAN_GAGAL: Record<string, { id: string; en: string }> = {
  UNIT_DITUTUP: {
    id: "Penulisan dibatalkan: sebuah unit kerja ditutup setelah validasi. Tidak ada data yang berubah.",
    en: "Writing cancelled: a unit was closed after validation. Nothing was changed.",
  },
  GAGAL_MENULIS: {
    id: "Penulisan gagal dan dibatalkan seluruhnya; tidak ada data yang berubah.",
    en: "Writing failed and was rolled back entirely; nothing was changed.",
  },
};

function pesanStatus(galat: unknown, bahasa: Bahasa): string | null {
  if (!galat || typeof galat !== "object") return null;
  const g = galat as { kode?: string };
  if (g.kode && g.kode in PESAN_GAGAL) return PESAN_GAGAL[g.kode][bahasa];
  return pesanGalatBerkas(galat as GalatBerkas, bahasa);
}

export async function statusImpor(db: Db, instansiId: string, id: string, bahasa: Bahasa) {
  const r = await db
    .selectFrom("impor_pegawai")
    .select([
      "id",
      "nama_berkas",
      "status",
      "progres_selesai",
      "progres_total",
      "baris",
      "valid",
      "galat",
      "baru",
      "diperbarui",
      "galat_berkas",
    ])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return {
    id: r.id,
    namaBerkas: r.nama_berkas,
    status: r.status,
    progres: { selesai: r.progres_selesai, total: Math.max(r.progres_total, r.progres_selesai) },
    ringkasan: { baris: r.baris, valid: r.valid, galat: r.galat, baru: r.baru, diperbarui: r.diperbarui },
    pesan: pesanStatus(r.galat_berkas, bahasa),
  };
}
