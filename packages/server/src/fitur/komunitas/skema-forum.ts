/** Schemas of the forum routes (rute-forum.ts, rute-forum-moderasi.ts). */
import { z } from "zod";
import { skemaDaftar } from "../../umum/halaman.ts";
import { teksBebas, teksWajib } from "./bersama.ts";

export const SkemaKategori = z.object({
  id: z.uuid(),
  nama: z.string(),
  deskripsi: z.string().nullable(),
  urutan: z.number(),
  aktif: z.boolean(),
  jumlahUtas: z.number(),
});
export const SkemaPenulis = z.object({ id: z.uuid(), nama: z.string(), username: z.string() });
export const SkemaUtasRingkas = z.object({
  id: z.uuid(),
  kategoriId: z.uuid(),
  judul: z.string(),
  penulis: SkemaPenulis,
  terkunci: z.boolean(),
  disembunyikan: z.boolean(),
  jumlahBalasan: z.number(),
  aktivitasTerakhir: z.string(),
  dibuat: z.string(),
});
export const SkemaBalasan = z.object({
  id: z.uuid(),
  isi: z.string(),
  html: z.string(),
  penulis: SkemaPenulis,
  disembunyikan: z.boolean(),
  dibuat: z.string(),
  diubah: z.string(),
});
export const SkemaLampiran = z.object({
  id: z.uuid(),
  nama: z.string(),
  jenisMime: z.string(),
  ukuran: z.number(),
});
export const SkemaUtas = SkemaUtasRingkas.extend({
  isi: z.string(),
  html: z.string(),
  diubah: z.string(),
  balasan: skemaDaftar(SkemaBalasan),
  lampiran: z.array(SkemaLampiran),
});

export const ParamId = z.strictObject({ id: z.uuid() });
export const BodyKategori = z.strictObject({
  nama: teksWajib(100),
  deskripsi: teksBebas(500).optional(),
  urutan: z.number().int().min(0).max(1000).optional(),
  aktif: z.boolean().optional(),
});
