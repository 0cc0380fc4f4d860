/**
 * The register's bulk import over HTTP (docs/nasional.md): upload the agency
 * file and/or the unit-tree file (multipart fields `instansi`, `unit`) → the
 * checked report, paged, each error in the caller's language → confirm →
 * everything written in one transaction. National evaluator only.
 */
import type { MultipartFile } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { Db } from "../../db/factory.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import type { Bahasa } from "../../http/pesan.ts";
import { defineRoute } from "../../http/route.ts";
import { terlaluBesar } from "../../http/unggahan.ts";
import { skemaHalaman } from "../../umum/halaman.ts";
import { formatUkuran, type GalatBerkas, pesanGalatBerkas } from "../impor/index.ts";
import {
  type BerkasMasuk,
  type DataImpor,
  type GalatImpor,
  type JenisBerkasImpor,
  periksaImpor,
  type RingkasanImpor,
  tulisImporInstansi,
} from "./impor.ts";
import { BATAS_IMPOR_INSTANSI } from "./impor-berkas.ts";
import { pesanGalatImpor } from "./impor-pesan.ts";
import { PERAN_NASIONAL, pastikanNasional } from "./rute-instansi.ts";

const SkemaJumlah = z.object({ baris: z.number(), baru: z.number(), diperbarui: z.number() });
export const SkemaImpor = z.object({
  id: z.uuid(),
  namaBerkas: z.string(),
  namaBerkasUnit: z.string().nullable(),
  /** `siap`: no error, waiting for confirmation; `ditolak`: errors, nothing can be written; `selesai`: written. */
  status: z.enum(["siap", "ditolak", "selesai"]),
  ringkasan: z.object({ instansi: SkemaJumlah, unit: SkemaJumlah, galat: z.number() }),
  /** What is wrong with a file as a whole, in the caller's language. */
  pesan: z.string().nullable(),
  galat: z.object({
    items: z.array(
      z.object({
        berkas: z.enum(["instansi", "unit"]),
        baris: z.number(),
        kolom: z.string(),
        kode: z.string(),
        pesan: z.string(),
      }),
    ),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  }),
});

const Params = z.strictObject({ id: z.uuid() });
const Kueri = z.strictObject({ ...skemaHalaman });

type BarisImpor = {
  id: string;
  nama_berkas: string;
  nama_berkas_unit: string | null;
  status: "siap" | "ditolak" | "selesai";
  ringkasan: unknown;
  galat: unknown;
  galat_berkas: unknown;
};

function tampilImpor(r: BarisImpor, bahasa: Bahasa, page = 1, pageSize = 50) {
  const galat = (r.galat as GalatImpor[]) ?? [];
  const gb = r.galat_berkas as (GalatBerkas & { berkas: JenisBerkasImpor }) | null;
  const awal = (page - 1) * pageSize;
  return {
    id: r.id,
    namaBerkas: r.nama_berkas,
    namaBerkasUnit: r.nama_berkas_unit,
    status: r.status,
    ringkasan: r.ringkasan as RingkasanImpor,
    pesan: gb
      ? `${gb.berkas === "unit" ? (bahasa === "id" ? "Berkas unit: " : "Unit file: ") : ""}${pesanGalatBerkas(gb, bahasa)}`
      : null,
    galat: {
      items: galat.slice(awal, awal + pageSize).map((g) => ({
        berkas: g.berkas,
        baris: g.baris,
        kolom: g.kolom,
        kode: g.kode,
        pesan: pesanGalatImpor(g, bahasa),
      })),
      total: galat.length,
      page,
      pageSize,
    },
  };
}

const KOLOM = [
  "id",
  "nama_berkas",
  "nama_berkas_unit",
  "status",
  "ringkasan",
  "galat",
  "galat_berkas",
] as const;

async function imporAtau404(db: Db, id: string) {
  const r = await db
    .selectFrom("impor_instansi")
    .select([...KOLOM, "data"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return r;
}

/** The files of fields `instansi` and `unit` (at most one each). */
async function bacaDuaBerkas(req: FastifyRequest): Promise<{ instansi?: BerkasMasuk; unit?: BerkasMasuk }> {
  const hasil: { instansi?: BerkasMasuk; unit?: BerkasMasuk } = {};
  try {
    for await (const b of req.files({
      limits: { fileSize: BATAS_IMPOR_INSTANSI.ukuranMaks, files: 2 },
    }) as AsyncIterable<MultipartFile>) {
      const isi = await b.toBuffer();
      const medan =
        b.fieldname === "unit"
          ? "unit"
          : b.fieldname === "instansi" || b.fieldname === "file"
            ? "instansi"
            : null;
      if (medan) hasil[medan] = { nama: b.filename || `${medan}.csv`, isi };
    }
  } catch (e) {
    if (terlaluBesar(e)) {
      const g: GalatBerkas = {
        kode: "BERKAS_TERLALU_BESAR",
        isian: { batas: formatUkuran(BATAS_IMPOR_INSTANSI.ukuranMaks) },
      };
      throw new GalatApi(413, g.kode, {
        pesan: { id: pesanGalatBerkas(g, "id"), en: pesanGalatBerkas(g, "en") },
      });
    }
    const status = (e as { statusCode?: unknown })?.statusCode;
    if (typeof status === "number" && status >= 400 && status < 500) throw e;
    throw new GalatApi(400, "UNGGAHAN_TERPOTONG", {
      pesan: {
        id: "Unggahan tidak lengkap atau rusak; kirim ulang berkasnya.",
        en: "The upload is incomplete or malformed; send it again.",
      },
    });
  }
  return hasil;
}

/** Checks the files and stores the report (shared by the route and the CLI). */
export async function buatImporInstansi(
  db: Db,
  berkas: { instansi?: BerkasMasuk; unit?: BerkasMasuk },
  penggunaId: string | null,
) {
  const h = await periksaImpor(db, berkas);
  const status = h.galatBerkas || h.galat.length > 0 ? "ditolak" : "siap";
  return db
    .insertInto("impor_instansi")
    .values({
      pengguna_id: penggunaId,
      nama_berkas: (berkas.instansi?.nama ?? berkas.unit?.nama ?? "berkas").slice(0, 300),
      nama_berkas_unit: berkas.instansi && berkas.unit ? berkas.unit.nama.slice(0, 300) : null,
      status,
      ringkasan: JSON.stringify(h.ringkasan),
      galat: JSON.stringify(h.galat),
      galat_berkas: h.galatBerkas ? JSON.stringify(h.galatBerkas) : null,
      data: JSON.stringify(h.data),
    })
    .returning(KOLOM)
    .executeTakeFirstOrThrow();
}

/**
 * Writes a ready import in the caller's transaction (the request's, or the
 * CLI's); a register change since the check re-rejects it (status `ditolak`
 * with the new errors, nothing written).
 */
export async function konfirmasiImporInstansi(trx: Db, id: string) {
  {
    const r = await trx
      .selectFrom("impor_instansi")
      .select([...KOLOM, "data"])
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
    if (!r) throw tidakDitemukan();
    if (r.status !== "siap")
      throw new GalatApi(409, "IMPOR_TIDAK_SIAP", {
        pesan: {
          id:
            r.status === "selesai"
              ? "Impor ini sudah ditulis."
              : "Impor ini memuat galat; perbaiki berkasnya lalu unggah ulang.",
          en:
            r.status === "selesai"
              ? "This import has already been written."
              : "This import has errors; fix the file and upload it again.",
        },
      });
    const h = await tulisImporInstansi(trx, r.data as DataImpor);
    if ("galat" in h) {
      const ringkasan = { ...(r.ringkasan as RingkasanImpor), galat: h.galat.length };
      return trx
        .updateTable("impor_instansi")
        .set({ status: "ditolak", galat: JSON.stringify(h.galat), ringkasan: JSON.stringify(ringkasan) })
        .where("id", "=", id)
        .returning(KOLOM)
        .executeTakeFirstOrThrow();
    }
    const lama = r.ringkasan as RingkasanImpor;
    const ringkasan: RingkasanImpor = {
      instansi: { baris: lama.instansi.baris, ...h.jumlah.instansi },
      unit: { baris: lama.unit.baris, ...h.jumlah.unit },
      galat: 0,
    };
    return trx
      .updateTable("impor_instansi")
      .set({ status: "selesai", ditulis: new Date(), ringkasan: JSON.stringify(ringkasan) })
      .where("id", "=", id)
      .returning(KOLOM)
      .executeTakeFirstOrThrow();
  }
}

export const ruteImpor = grupRute("/api/nasional/impor", [
  defineRoute({
    method: "POST",
    url: "/api/nasional/impor",
    akses: PERAN_NASIONAL,
    tag: "nasional",
    ringkasan:
      "Mengunggah berkas instansi dan/atau pohon unit (CSV/XLSX, multipart `instansi`, `unit`); divalidasi per baris, belum ditulis",
    aksi: "instansi.impor.unggah",
    bodyLimit: 2 * BATAS_IMPOR_INSTANSI.ukuranMaks + 64 * 1024,
    response: SkemaImpor,
    status: 201,
    handler: async (ctx) => {
      pastikanNasional(ctx);
      if (!ctx.req.isMultipart?.())
        throw new GalatApi(415, "TIPE_KONTEN", {
          pesan: {
            id: "Kirim berkas sebagai multipart/form-data (bidang `instansi` dan/atau `unit`).",
            en: "Send the files as multipart/form-data (fields `instansi` and/or `unit`).",
          },
        });
      const berkas = await bacaDuaBerkas(ctx.req);
      if (!berkas.instansi && !berkas.unit)
        throw new GalatApi(400, "BERKAS_KOSONG", { pesan: { id: "Tidak ada berkas.", en: "No file." } });
      const r = await buatImporInstansi(ctx.db, berkas, ctx.sesi?.pengguna.id ?? null);
      ctx.audit({ objekJenis: "impor_instansi", objekId: r.id, rincian: { status: r.status } });
      return tampilImpor(r, ctx.bahasa);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/nasional/impor/:id",
    akses: PERAN_NASIONAL,
    tag: "nasional",
    ringkasan: "Laporan pemeriksaan impor instansi: ringkasan dan galat per baris (berhalaman)",
    params: Params,
    query: Kueri,
    response: SkemaImpor,
    handler: async (ctx) => {
      pastikanNasional(ctx);
      const r = await imporAtau404(ctx.db, ctx.params.id);
      return tampilImpor(r, ctx.bahasa, ctx.query.page, ctx.query.pageSize);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/api/nasional/impor/:id/tulis",
    akses: PERAN_NASIONAL,
    tag: "nasional",
    ringkasan:
      "Mengonfirmasi impor: semua instansi dan unit ditulis dalam satu transaksi (tidak ada yang dihapus)",
    aksi: "instansi.impor.tulis",
    params: Params,
    response: SkemaImpor,
    handler: async (ctx) => {
      pastikanNasional(ctx);
      const r = await konfirmasiImporInstansi(ctx.db, ctx.params.id);
      // A register change since the check answers `ditolak` with the new errors (nothing written).
      ctx.audit({
        objekJenis: "impor_instansi",
        objekId: r.id,
        rincian: { status: r.status, ringkasan: r.ringkasan },
      });
      return tampilImpor(r, ctx.bahasa);
    },
  }),
]);
