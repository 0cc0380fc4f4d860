/**
 * Reading worksheet (LKE) versions for the authoring routes (docs/nasional.md
 * § 2 "Versions"): one version as the domain's `VersiLke`, the API shapes with
 * the people who wrote, submitted and published it, and which published
 * version is the active one (the newest published: what a new period uses;
 * older published versions are superseded but never change).
 */
import type { IsiLke, VersiLke } from "@nurani/domain";
import { z } from "zod";
import { tidakDitemukan } from "../../http/errors.ts";
import type { Db } from "./kueri.ts";

export const SkemaOrang = z.object({ id: z.string(), nama: z.string() });
type Orang = z.infer<typeof SkemaOrang>;

/** What the list and the page show of a version's state: published ones are active or superseded. */
export const KEADAAN_VERSI = ["draf", "tinjauan", "aktif", "digantikan"] as const;

const ringkasan = {
  versi: z.string(),
  status: z.enum(["draf", "tinjauan", "terbit"]),
  keadaan: z.enum(KEADAAN_VERSI),
  catatan: z.string().nullable(),
  dibuatOleh: SkemaOrang.nullable(),
  diajukanOleh: SkemaOrang.nullable(),
  diterbitkanOleh: SkemaOrang.nullable(),
  diterbitkan: z.string().nullable(),
  diubah: z.string(),
};

export const SkemaVersiLke = z.object({
  ...ringkasan,
  jumlahKomponen: z.number(),
  jumlahIndikator: z.number(),
  jumlahPertanyaan: z.number(),
});

export const SkemaVersiPenuh = z.object({
  ...ringkasan,
  /** Everyone who changed the content, the author first (four eyes: none of them publishes). */
  penyunting: z.array(SkemaOrang),
  isi: z.unknown(),
});

export interface BarisVersi {
  versi: string;
  status: "draf" | "tinjauan" | "terbit";
  isi: unknown;
  catatan: string | null;
  diajukan_oleh: string | null;
  diterbitkan_oleh: string | null;
  diterbitkan: string | null;
  dibuat_oleh: string | null;
  penyunting: string[];
  diubah: Date;
}

const KOLOM = [
  "versi",
  "status",
  "isi",
  "catatan",
  "diajukan_oleh",
  "diterbitkan_oleh",
  "diterbitkan",
  "dibuat_oleh",
  "penyunting",
  "diubah",
] as const;

export async function barisVersi(db: Db, versi: string): Promise<BarisVersi> {
  const r = await db.selectFrom("lke_versi").select(KOLOM).where("versi", "=", versi).executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return r;
}

/** Newest first, optionally only one status; for the paged list. */
export function kueriDaftarVersi(db: Db, status?: BarisVersi["status"]) {
  return db
    .selectFrom("lke_versi")
    .select(KOLOM)
    .$if(status !== undefined, (q) => q.where("status", "=", status as BarisVersi["status"]))
    .orderBy("dibuat", "desc")
    .orderBy("versi", "desc");
}

/** The active version: the newest published (by publication date, then last change); null when none. */
export async function versiAktif(db: Db): Promise<string | null> {
  const r = await db
    .selectFrom("lke_versi")
    .select("versi")
    .where("status", "=", "terbit")
    .orderBy((eb) => eb.fn.coalesce("diterbitkan", eb.val("0001-01-01")), "desc")
    .orderBy("diubah", "desc")
    .limit(1)
    .executeTakeFirst();
  return r?.versi ?? null;
}

export function keDomain(r: BarisVersi): VersiLke {
  return {
    versi: r.versi,
    status: r.status,
    isi: r.isi as IsiLke,
    diajukanOleh: r.diajukan_oleh,
    diterbitkanOleh: r.diterbitkan_oleh,
    diterbitkan: r.diterbitkan,
    dibuatOleh: r.dibuat_oleh,
    penyunting: r.penyunting ?? [],
    ...(r.catatan ? { catatan: r.catatan } : {}),
  };
}

/** Names of the people the rows mention (national evaluators). */
export async function namaOrang(db: Db, baris: readonly BarisVersi[]): Promise<Map<string, string>> {
  const id = new Set<string>();
  for (const r of baris)
    for (const x of [r.dibuat_oleh, r.diajukan_oleh, r.diterbitkan_oleh, ...(r.penyunting ?? [])])
      if (x) id.add(x);
  if (id.size === 0) return new Map();
  const rows = await db
    .selectFrom("pengguna")
    .select(["id", "nama"])
    .where("id", "in", [...id])
    .execute();
  return new Map(rows.map((p) => [p.id, p.nama]));
}

const orang = (nama: Map<string, string>, id: string | null): Orang | null =>
  id === null ? null : { id, nama: nama.get(id) ?? "—" };

function umum(r: BarisVersi, nama: Map<string, string>, aktif: string | null) {
  return {
    versi: r.versi,
    status: r.status,
    keadaan: r.status !== "terbit" ? r.status : r.versi === aktif ? "aktif" : "digantikan",
    catatan: r.catatan,
    dibuatOleh: orang(nama, r.dibuat_oleh),
    diajukanOleh: orang(nama, r.diajukan_oleh),
    diterbitkanOleh: orang(nama, r.diterbitkan_oleh),
    diterbitkan: r.diterbitkan,
    diubah: new Date(r.diubah).toISOString(),
  } as const;
}

export function ringkasVersi(r: BarisVersi, nama: Map<string, string>, aktif: string | null) {
  const komponen = (r.isi as IsiLke).komponen ?? [];
  const indikator = komponen.flatMap((k) => k.indikator);
  return {
    ...umum(r, nama, aktif),
    jumlahKomponen: komponen.length,
    jumlahIndikator: indikator.length,
    jumlahPertanyaan: indikator.reduce((a, i) => a + i.pertanyaan.length, 0),
  };
}

export function versiPenuh(r: BarisVersi, nama: Map<string, string>, aktif: string | null) {
  return {
    ...umum(r, nama, aktif),
    penyunting: (r.penyunting ?? []).map((id) => orang(nama, id) as Orang),
    isi: r.isi,
  };
}
