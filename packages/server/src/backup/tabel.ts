/**
 * What a backup holds: every table of schema `public` except the migration
 * bookkeeping and short-lived login state, in foreign-key dependency order
 * (parents first), with their writable columns.
 */
import { type Kysely, sql } from "kysely";

/** Not backed up: Kysely's migration records (the target is migrated), ephemeral login state, derived figures. */
export const TABEL_DILEWATI = new Set([
  "kysely_migration",
  "kysely_migration_lock",
  "sesi",
  "oidc_permintaan",
  "batas_login",
  // derived national figures (migration 0060): the restore's own inserts mark every agency stale
  // through the triggers, and the dashboard recomputes them from the restored data
  "ringkasan_instansi",
]);

export interface TabelCadangan {
  nama: string;
  kolom: { nama: string; tipe: string }[];
  /** Identity / serial columns whose sequence must follow the restored values. */
  urutan: string[];
}

// biome-ignore lint/suspicious/noExplicitAny: works on any Kysely database (the schema is read from the catalog)
type AnyDb = Kysely<any>;

export async function daftarTabel(db: AnyDb): Promise<TabelCadangan[]> {
  const tabel = await sql<{ nama: string }>`
    select c.relname as nama from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`.execute(db);
  const nama = tabel.rows.map((t) => t.nama).filter((t) => !TABEL_DILEWATI.has(t));

  const fk = await sql<{ anak: string; induk: string }>`
    select c.conrelid::regclass::text as anak, c.confrelid::regclass::text as induk
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public'`.execute(db);
  const induk = new Map<string, Set<string>>(nama.map((t) => [t, new Set()]));
  for (const { anak, induk: i } of fk.rows) {
    if (anak !== i && induk.has(anak) && induk.has(i)) induk.get(anak)?.add(i);
  }
  const urut: string[] = [];
  const sudah = new Set<string>();
  const kunjungi = (t: string, jalur: Set<string>) => {
    if (sudah.has(t)) return;
    if (jalur.has(t)) throw new Error(`Ketergantungan melingkar antartabel: ${[...jalur, t].join(" → ")}`);
    jalur.add(t);
    for (const i of induk.get(t) ?? []) kunjungi(i, jalur);
    jalur.delete(t);
    sudah.add(t);
    urut.push(t);
  };
  for (const t of nama) kunjungi(t, new Set());

  const kolom = await sql<{ tabel: string; nama: string; tipe: string; identitas: boolean; serial: boolean }>`
    select c.relname as tabel, a.attname as nama, format_type(a.atttypid, a.atttypmod) as tipe,
           a.attidentity <> '' as identitas,
           coalesce(pg_get_serial_sequence(format('public.%I', c.relname), a.attname) is not null, false) as serial
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    order by c.relname, a.attnum`.execute(db);
  return urut.map((t) => {
    const k = kolom.rows.filter((x) => x.tabel === t);
    return {
      nama: t,
      kolom: k.map((x) => ({ nama: x.nama, tipe: x.tipe })),
      urutan: k.filter((x) => x.identitas || x.serial).map((x) => x.nama),
    };
  });
}

/** The latest applied migration: the dump's schema version. */
export async function versiSkema(db: AnyDb): Promise<string> {
  const r = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(
    db,
  );
  const v = r.rows[0]?.name;
  if (!v) throw new Error("Basis data belum dimigrasi");
  return v;
}

/** COPY text format: backslash, tab, newline and carriage return escaped; NULL is \N. */
export function escapeCopy(v: string | null): string {
  if (v === null) return "\\N";
  return v.replace(
    /[\\\t\n\r]/g,
    (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c] as string,
  );
}

/** Inverse of `escapeCopy` (also reads the other escapes COPY may write: \b \f \v, octal, \x). */
export function unescapeCopy(v: string): string | null {
  if (v === "\\N") return null;
  return v.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === "x") return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
    return ({ b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" } as Record<string, string>)[e] ?? e;
  });
}

export const identitas = (s: string) => `"${s.replaceAll('"', '""')}"`;
