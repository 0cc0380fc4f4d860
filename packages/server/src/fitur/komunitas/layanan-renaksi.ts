/** Roles, schemas and reads of action plans and rewards (rute-renaksi.ts, rute-penghargaan.ts). */
import type { Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { iso } from "./bersama.ts";

export type Trx = Transaction<Database>;
export const AGEN = ["agen_perubahan"] as const;
export const PENILAI = ["tim_supervisi", "pimpinan"] as const;
export const BACA_RENAKSI = ["agen_perubahan", "tim_supervisi", "pimpinan", "admin_instansi", "ppk"] as const;
export const PENGUSUL = ["pimpinan", "tim_supervisi", "admin_instansi"] as const;
export const PEMUTUS = ["ppk", "pimpinan"] as const;
export const ParamId = z.strictObject({ id: z.uuid() });

export const SkemaButir = z.object({
  id: z.uuid(),
  uraian: z.string(),
  tenggat: z.string(),
  bukti: z.string().nullable(),
  status: z.enum(["rencana", "berjalan", "selesai"]),
  nilai: z.number().nullable(),
  komentarPenilai: z.string().nullable(),
  dinilaiPada: z.string().nullable(),
  terlambat: z.boolean(),
});
export const SkemaRenaksi = z.object({
  id: z.uuid(),
  agen: z.object({ id: z.uuid(), nama: z.string() }),
  judul: z.string(),
  mulai: z.string(),
  selesai: z.string(),
  butir: z.array(SkemaButir),
  ringkasan: z.object({ butir: z.number(), selesai: z.number(), rerataNilai: z.number().nullable() }),
});

export const hariIni = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10); // Asia/Jakarta

export async function muatRenaksi(db: Trx, instansiId: string, saring: { id?: string; agenId?: string }) {
  let k = db
    .selectFrom("renaksi as r")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "r.instansi_id").onRef("p.id", "=", "r.agen_id"),
    )
    .where("r.instansi_id", "=", instansiId)
    .select(["r.id", "r.agen_id", "p.nama", "r.judul", "r.mulai", "r.selesai"]);
  if (saring.id) k = k.where("r.id", "=", saring.id);
  if (saring.agenId) k = k.where("r.agen_id", "=", saring.agenId);
  const rows = await k.orderBy("r.mulai", "desc").orderBy("r.id").execute();
  if (rows.length === 0) return [];
  const butir = await db
    .selectFrom("butir_renaksi")
    .where("instansi_id", "=", instansiId)
    .where(
      "renaksi_id",
      "in",
      rows.map((r) => r.id),
    )
    .selectAll()
    .orderBy("tenggat")
    .orderBy("id")
    .execute();
  const hari = hariIni();
  return rows.map((r): z.input<typeof SkemaRenaksi> => {
    const b = butir.filter((x) => x.renaksi_id === r.id);
    const dinilai = b.filter((x) => x.nilai !== null);
    return {
      id: r.id,
      agen: { id: r.agen_id, nama: r.nama },
      judul: r.judul,
      mulai: r.mulai,
      selesai: r.selesai,
      butir: b.map((x) => ({
        id: x.id,
        uraian: x.uraian,
        tenggat: x.tenggat,
        bukti: x.bukti,
        status: x.status,
        nilai: x.nilai,
        komentarPenilai: x.komentar_penilai,
        dinilaiPada: iso(x.dinilai_pada),
        terlambat: x.status !== "selesai" && x.tenggat < hari,
      })),
      ringkasan: {
        butir: b.length,
        selesai: b.filter((x) => x.status === "selesai").length,
        rerataNilai: dinilai.length ? dinilai.reduce((s, x) => s + (x.nilai ?? 0), 0) / dinilai.length : null,
      },
    };
  });
}

/** The item with its plan's agent; 404 when absent. */
export async function butirDenganAgen(db: Trx, instansiId: string, id: string) {
  const r = await db
    .selectFrom("butir_renaksi as b")
    .innerJoin("renaksi as r", (j) =>
      j.onRef("r.instansi_id", "=", "b.instansi_id").onRef("r.id", "=", "b.renaksi_id"),
    )
    .where("b.instansi_id", "=", instansiId)
    .where("b.id", "=", id)
    .select(["b.id", "b.renaksi_id", "b.nilai", "r.agen_id"])
    .executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return r;
}

export const bukanMiliknya = () =>
  new GalatApi(403, "AKSES_DITOLAK", {
    pesan: {
      id: "Hanya agen perubahan pemilik rencana aksi ini yang dapat mengubahnya.",
      en: "Only the change agent who owns this action plan can change it.",
    },
  });

export const SkemaPenghargaan = z.object({
  id: z.uuid(),
  pegawai: z.object({ id: z.uuid(), nama: z.string() }),
  kategori: z.string(),
  alasan: z.string(),
  diusulkan: z.string(),
  status: z.enum(["diusulkan", "diberikan", "ditolak"]),
  tanggalKeputusan: z.string().nullable(),
  catatanKeputusan: z.string().nullable(),
});

export function penghargaanDasar(db: Trx, instansiId: string) {
  return db
    .selectFrom("penghargaan as h")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "h.instansi_id").onRef("p.id", "=", "h.pegawai_id"),
    )
    .where("h.instansi_id", "=", instansiId)
    .select([
      "h.id",
      "h.pegawai_id",
      "p.nama",
      "h.kategori",
      "h.alasan",
      "h.diusulkan",
      "h.status",
      "h.tanggal_keputusan",
      "h.catatan_keputusan",
      "h.diusulkan_oleh",
    ]);
}
export type BarisPenghargaan = Awaited<
  ReturnType<ReturnType<typeof penghargaanDasar>["executeTakeFirstOrThrow"]>
>;
export const penghargaanKeApi = (r: BarisPenghargaan): z.input<typeof SkemaPenghargaan> => ({
  id: r.id,
  pegawai: { id: r.pegawai_id, nama: r.nama },
  kategori: r.kategori,
  alasan: r.alasan,
  diusulkan: iso(r.diusulkan) ?? "",
  status: r.status,
  tanggalKeputusan: r.tanggal_keputusan,
  catatanKeputusan: r.catatan_keputusan,
});
