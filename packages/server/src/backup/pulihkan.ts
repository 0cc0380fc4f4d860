/**
 * `nurani restore FILE`: loads a `nurani backup` dump into this database in
 * one transaction. Refuses a dump from a newer schema than this code knows,
 * and a database that already holds agencies or users.
 */
import fs from "node:fs";
import { createInterface } from "node:readline";
import { type Kysely, sql } from "kysely";
import { migrasiTertunda } from "../db/migrator.ts";
import { PENANDA_VERSI } from "./dump.ts";
import { daftarTabel, type TabelCadangan, unescapeCopy, versiSkema } from "./tabel.ts";

// biome-ignore lint/suspicious/noExplicitAny: writes any schema read from the catalog
type AnyDb = Kysely<any>;

export class GalatPulihkan extends Error {}

/** Reads the schema version from the dump's header. */
export async function bacaVersiCadangan(berkas: string): Promise<string> {
  const baris = createInterface({
    input: fs.createReadStream(berkas, { encoding: "utf8" }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  try {
    let n = 0;
    for await (const b of baris) {
      if (b.startsWith(PENANDA_VERSI)) return b.slice(PENANDA_VERSI.length).trim();
      if (++n > 20) break;
    }
  } finally {
    baris.close();
  }
  throw new GalatPulihkan("Berkas ini bukan cadangan Nurani (penanda versi skema tidak ditemukan).");
}

const MAKS_PARAM = 30_000;

async function sisipkan(trx: AnyDb, t: TabelCadangan, kolom: string[], baris: (string | null)[][]) {
  if (baris.length === 0) return;
  const tipe = new Map(t.kolom.map((k) => [k.nama, k.tipe]));
  const nilai = baris.map(
    (b) =>
      sql`(${sql.join(b.map((v, i) => sql`cast(cast(${v} as text) as ${sql.raw(tipe.get(kolom[i]) ?? "text")})`))})`,
  );
  const override = t.urutan.length > 0 ? sql`overriding system value` : sql``;
  await sql`insert into ${sql.table(t.nama)} (${sql.join(kolom.map((k) => sql.ref(k)))}) ${override} values ${sql.join(nilai)}`.execute(
    trx,
  );
}

export interface HasilPulihkan {
  versi: string;
  tabel: { nama: string; baris: number }[];
}

export async function pulihkanCadangan(
  db: AnyDb,
  berkas: string,
  onTabel?: (nama: string, baris: number) => void,
): Promise<HasilPulihkan> {
  const versi = await bacaVersiCadangan(berkas);
  if ((await migrasiTertunda(db)).length > 0)
    throw new GalatPulihkan("Basis data belum dimigrasi; jalankan nurani migrate dahulu.");
  const versiDb = await versiSkema(db);
  if (versi > versiDb) {
    throw new GalatPulihkan(
      `Cadangan berasal dari skema yang lebih baru (${versi}) daripada aplikasi ini (${versiDb}); perbarui Nurani dahulu.`,
    );
  }
  return db.transaction().execute(async (trx) => {
    await sql`set local datestyle = 'ISO, YMD'`.execute(trx);
    await sql`set local intervalstyle = 'postgres'`.execute(trx);
    // published item-bank versions are immutable except to a restore (migration 0041)
    await sql`set local nurani.pulihkan = 'ya'`.execute(trx);
    const isi = await sql<{ ada: boolean }>`
      select exists (select 1 from instansi) or exists (select 1 from pengguna) or exists (select 1 from audit_log) as ada`.execute(
      trx,
    );
    if (isi.rows[0]?.ada) {
      throw new GalatPulihkan(
        "Basis data tujuan tidak kosong; pulihkan ke basis data baru yang sudah dimigrasi.",
      );
    }
    const tabel = await daftarTabel(trx);
    const perNama = new Map(tabel.map((t) => [t.nama, t]));
    for (const t of [...tabel].reverse()) {
      if (t.nama !== "audit_log") await sql`delete from ${sql.table(t.nama)}`.execute(trx);
    }

    const ringkas: HasilPulihkan["tabel"] = [];
    const baca = createInterface({
      input: fs.createReadStream(berkas, { encoding: "utf8" }),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    let aktif: { t: TabelCadangan; kolom: string[]; antre: (string | null)[][]; baris: number } | null = null;
    for await (const b of baca) {
      if (aktif === null) {
        const m = /^COPY public\.("(?:[^"]|"")+") \((.*)\) FROM stdin;$/.exec(b);
        if (!m) continue;
        const nama = m[1].slice(1, -1).replaceAll('""', '"');
        const t = perNama.get(nama);
        if (!t) throw new GalatPulihkan(`Tabel ${nama} dalam cadangan tidak ada di basis data ini.`);
        const kolom = [...m[2].matchAll(/"((?:[^"]|"")+)"/g)].map((x) => x[1].replaceAll('""', '"'));
        for (const k of kolom) {
          if (!t.kolom.some((x) => x.nama === k))
            throw new GalatPulihkan(`Kolom ${nama}.${k} tidak ada di basis data ini.`);
        }
        aktif = { t, kolom, antre: [], baris: 0 };
        continue;
      }
      if (b === "\\.") {
        await sisipkan(trx, aktif.t, aktif.kolom, aktif.antre);
        for (const k of aktif.t.urutan) {
          await sql`select setval(pg_get_serial_sequence(${`public.${aktif.t.nama}`}, ${k}),
            coalesce((select max(${sql.ref(k)}) from ${sql.table(aktif.t.nama)}), 0) + 1, false)`.execute(
            trx,
          );
        }
        ringkas.push({ nama: aktif.t.nama, baris: aktif.baris });
        onTabel?.(aktif.t.nama, aktif.baris);
        aktif = null;
        continue;
      }
      const nilai = b.split("\t").map(unescapeCopy);
      if (nilai.length !== aktif.kolom.length) {
        throw new GalatPulihkan(
          `Baris data ${aktif.t.nama} rusak: ${nilai.length} kolom, seharusnya ${aktif.kolom.length}.`,
        );
      }
      aktif.antre.push(nilai);
      aktif.baris++;
      if (aktif.antre.length * aktif.kolom.length >= MAKS_PARAM) {
        await sisipkan(trx, aktif.t, aktif.kolom, aktif.antre);
        aktif.antre = [];
      }
    }
    if (aktif) throw new GalatPulihkan(`Cadangan terpotong: blok data ${aktif.t.nama} tidak diakhiri.`);
    return { versi, tabel: ringkas };
  });
}
