/** The forum's rules and reads: who moderates, attachments, @mentions, a thread as its reader may see it. */
import { sql, type Transaction } from "kysely";
import type { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { tidakDitemukan } from "../../http/errors.ts";
import { jenisDariIsi, MIME_BERKAS } from "../../umum/berkas.ts";
import { iso } from "./bersama.ts";
import { renderMarkdown } from "./markdown.ts";
import type { SkemaUtas, SkemaUtasRingkas } from "./skema-forum.ts";

export type Trx = Transaction<Database>;
export const MODERATOR = ["admin_instansi", "tim_supervisi"] as const;
export const moderator = (peran: readonly string[]) =>
  peran.some((p) => (MODERATOR as readonly string[]).includes(p));

/** Attachments: at most 5 MiB, of a type recognised by its first bytes and matching its extension. */
export const BATAS_LAMPIRAN = 5 * 1024 * 1024;
// PDF, PNG and JPEG are recognised by the same signatures as programme evidence (program/berkas.ts).
export const JENIS_LAMPIRAN: { ext: string[]; mime: string; cocok: (b: Buffer) => boolean }[] = [
  ...(["pdf", "png", "jpeg"] as const).map((jenis) => ({
    ext: jenis === "jpeg" ? ["jpg", "jpeg"] : [jenis],
    mime: MIME_BERKAS[jenis],
    cocok: (b: Buffer) => jenisDariIsi(b) === jenis,
  })),
  {
    ext: ["txt"],
    mime: "text/plain; charset=utf-8",
    cocok: (b) => !b.includes(0) && Buffer.from(b.toString("utf8"), "utf8").equals(b),
  },
];

/** The accepted type of a file, or null when its extension is not accepted or its content does not match. */
export function jenisLampiran(nama: string, isi: Buffer): string | null {
  const ext = /\.([a-z0-9]+)$/i.exec(nama)?.[1]?.toLowerCase() ?? "";
  const j = JENIS_LAMPIRAN.find((x) => x.ext.includes(ext));
  return j?.cocok(isi) ? j.mime : null;
}

/** `@username` mentions in a text (usernames as the platform allows them). */
export function sebutan(isi: string): string[] {
  const out = new Set<string>();
  for (const m of isi.matchAll(/(^|[^\w@.])@([a-z0-9][a-z0-9._-]{1,59})/gi))
    out.add(m[2].replace(/[._-]+$/, "").toLowerCase());
  return [...out];
}

/** Notifies members of this agency mentioned in `isi` (not the writer). */
export async function beriTahuSebutan(
  db: Trx,
  instansiId: string,
  penulisId: string,
  isi: string,
  judul: string,
  tautan: string,
) {
  const nama = sebutan(isi);
  if (nama.length === 0) return 0;
  const orang = await db
    .selectFrom("pengguna as p")
    .innerJoin("peran_pengguna as r", "r.pengguna_id", "p.id")
    .where("r.instansi_id", "=", instansiId)
    .where(sql<string>`lower(p.username)`, "in", nama.slice(0, 20))
    .where("p.id", "<>", penulisId)
    .where("p.aktif", "=", true)
    .select("p.id")
    .distinct()
    .execute();
  if (orang.length > 0) {
    await db
      .insertInto("notifikasi")
      .values(
        orang.map((o) => ({
          instansi_id: instansiId,
          pengguna_id: o.id,
          jenis: "sebutan" as const,
          judul,
          tautan,
        })),
      )
      .execute();
  }
  return orang.length;
}

export function utasDasar(db: Trx, instansiId: string) {
  return db
    .selectFrom("utas_forum as t")
    .innerJoin("pengguna as u", "u.id", "t.penulis_id")
    .where("t.instansi_id", "=", instansiId)
    .select([
      "t.id",
      "t.kategori_id",
      "t.judul",
      "t.isi",
      "t.penulis_id",
      "t.terkunci",
      "t.disembunyikan",
      "t.jumlah_balasan",
      "t.aktivitas_terakhir",
      "t.dibuat",
      "t.diubah",
      "u.nama as penulis_nama",
      "u.username as penulis_username",
    ]);
}
export type BarisUtas = Awaited<ReturnType<ReturnType<typeof utasDasar>["executeTakeFirstOrThrow"]>>;
export const ringkas = (r: BarisUtas): z.input<typeof SkemaUtasRingkas> => ({
  id: r.id,
  kategoriId: r.kategori_id,
  judul: r.judul,
  penulis: { id: r.penulis_id, nama: r.penulis_nama, username: r.penulis_username },
  terkunci: r.terkunci,
  disembunyikan: r.disembunyikan,
  jumlahBalasan: r.jumlah_balasan,
  aktivitasTerakhir: iso(r.aktivitas_terakhir) ?? "",
  dibuat: iso(r.dibuat) ?? "",
});

/** The thread if visible to the caller (hidden threads only to moderators). */
export async function utasTerlihat(db: Trx, instansiId: string, id: string, peran: readonly string[]) {
  const r = await utasDasar(db, instansiId).where("t.id", "=", id).executeTakeFirst();
  if (!r || (r.disembunyikan && !moderator(peran))) throw tidakDitemukan();
  return r;
}

export async function utasLengkap(
  db: Trx,
  instansiId: string,
  r: BarisUtas,
  peran: readonly string[],
  page: number,
  pageSize: number,
): Promise<z.input<typeof SkemaUtas>> {
  let b = db
    .selectFrom("balasan_forum as b")
    .innerJoin("pengguna as u", "u.id", "b.penulis_id")
    .where("b.instansi_id", "=", instansiId)
    .where("b.utas_id", "=", r.id);
  if (!moderator(peran)) b = b.where("b.disembunyikan", "=", false);
  const total = await b.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
  const balasan = await b
    .select([
      "b.id",
      "b.isi",
      "b.penulis_id",
      "b.disembunyikan",
      "b.dibuat",
      "b.diubah",
      "u.nama",
      "u.username",
    ])
    .orderBy("b.dibuat")
    .orderBy("b.id")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const lampiran = await db
    .selectFrom("lampiran_forum")
    .select(["id", "nama", "jenis_mime as jenisMime", "ukuran"])
    .where("instansi_id", "=", instansiId)
    .where("utas_id", "=", r.id)
    .orderBy("dibuat")
    .execute();
  return {
    ...ringkas(r),
    isi: r.isi,
    html: renderMarkdown(r.isi),
    diubah: iso(r.diubah) ?? "",
    lampiran,
    balasan: {
      items: balasan.map((x) => ({
        id: x.id,
        isi: x.isi,
        html: renderMarkdown(x.isi),
        penulis: { id: x.penulis_id, nama: x.nama, username: x.username },
        disembunyikan: x.disembunyikan,
        dibuat: iso(x.dibuat) ?? "",
        diubah: iso(x.diubah) ?? "",
      })),
      total: total.n,
      page,
      pageSize,
    },
  };
}
