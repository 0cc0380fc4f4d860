/**
 * Assessment campaigns of an instansi (docs/asesmen.md "Flow"; regulation BAB III.B.3 and
 * Tabel 3 no. 3, the initial assessment of the preparation stage): draft →
 * active (participants materialised, each with a seed from the CSPRNG) →
 * closed by its window, or cancelled. The form is a snapshot of one of
 * `formulirTerbit` taken when the campaign is created; it never changes
 * after activation. Every query names the instansi (and runs under RLS).
 */
import { randomBytes } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { tidakDitemukan } from "../../http/errors.ts";
import { formulirTerbit } from "../bank-butir/index.ts";
import { galat } from "./pesan.ts";
import type { KampanyeApi, Populasi, SkemaBuat, SkemaProgres, SkemaUbah } from "./skema-kampanye.ts";

export type Trx = Kysely<Database>;

/** The forms a campaign may field, as a list for the UI. */
export async function daftarFormulir(db: Trx) {
  return (await formulirTerbit(db)).map((f) => ({
    id: f.formulir.id,
    nama: f.formulir.nama,
    jenis: f.formulir.jenis,
    versi: f.formulir.versi,
    bankVersi: f.bankVersi,
    jumlahBlok: f.formulir.blok.length,
  }));
}

export async function snapshotFormulir(db: Trx, formulirId: string) {
  const f = (await formulirTerbit(db)).find((x) => x.formulir.id === formulirId);
  if (!f) throw galat(400, "FORMULIR_TIDAK_TERBIT", { formulir: formulirId });
  return {
    formulir_id: f.formulir.id,
    bank_versi: f.bankVersi,
    formulir: JSON.stringify({ formulir: f.formulir, pernyataan: f.pernyataan }),
  };
}

/** A list of uuids as one PostgreSQL array parameter (`= any(${daftarUuid(ids)}::uuid[])`). */
export const daftarUuid = (ids: readonly string[]) => `{${ids.join(",")}}`;

export async function periksaPopulasi(db: Trx, instansiId: string, p: Populasi): Promise<void> {
  if (p.jenis === "unit") {
    const ids = [...new Set(p.unitIds)];
    const r = await sql<{ n: number }>`select count(*)::int as n from unit_kerja
      where instansi_id = ${instansiId} and id = any(${daftarUuid(ids)}::uuid[])`.execute(db);
    if (r.rows[0].n !== ids.length) throw galat(400, "UNIT_TIDAK_DIKENAL");
  } else if (p.jenis === "daftar") {
    const ids = [...new Set(p.pegawaiIds)];
    const r = await sql<{ n: number }>`select count(*)::int as n from pegawai
      where instansi_id = ${instansiId} and id = any(${daftarUuid(ids)}::uuid[])`.execute(db);
    if (r.rows[0].n !== ids.length) throw galat(400, "PEGAWAI_TIDAK_DIKENAL");
  }
}

/** Active employees of the population (at activation time). */
export async function pegawaiPopulasi(db: Trx, instansiId: string, p: Populasi): Promise<string[]> {
  let r: { rows: { id: string }[] };
  if (p.jenis === "semua") {
    r = await sql<{ id: string }>`select id from pegawai where instansi_id = ${instansiId} and aktif`.execute(
      db,
    );
  } else if (p.jenis === "daftar") {
    r = await sql<{ id: string }>`select id from pegawai where instansi_id = ${instansiId} and aktif
      and id = any(${daftarUuid([...new Set(p.pegawaiIds)])}::uuid[])`.execute(db);
  } else if (p.subUnit) {
    r = await sql<{ id: string }>`
      with recursive turunan(id) as (
        select id from unit_kerja where instansi_id = ${instansiId} and id = any(${daftarUuid(p.unitIds)}::uuid[])
        union
        select u.id from unit_kerja u join turunan t on u.induk_id = t.id where u.instansi_id = ${instansiId}
      )
      select id from pegawai where instansi_id = ${instansiId} and aktif
        and unit_id in (select id from turunan)`.execute(db);
  } else {
    r = await sql<{ id: string }>`select id from pegawai where instansi_id = ${instansiId} and aktif
      and unit_id = any(${daftarUuid(p.unitIds)}::uuid[])`.execute(db);
  }
  return r.rows.map((x) => x.id);
}

export interface BarisKampanye {
  id: string;
  nama: string;
  tujuan: "awal" | "berkala" | "akhir";
  formulir_id: string;
  bank_versi: string;
  formulir_nama: { id: string; en: string };
  jumlah_blok: number;
  populasi: Populasi;
  dibuka: Date;
  ditutup: Date;
  batas_menit: number | null;
  teks_persetujuan: string | null;
  uji_coba: boolean;
  status: "draf" | "aktif" | "dibatalkan";
  hasil_dirilis: Date | null;
  dibuat: Date;
  sekarang: Date;
}

export const KOLOM = sql`k.id, k.nama, k.tujuan, k.formulir_id, k.bank_versi,
  k.formulir->'formulir'->'nama' as formulir_nama,
  jsonb_array_length(k.formulir->'formulir'->'blok') as jumlah_blok,
  k.populasi, k.dibuka, k.ditutup, k.batas_menit, k.teks_persetujuan, k.uji_coba, k.status, k.hasil_dirilis, k.dibuat,
  now() as sekarang`;

export type Progres = z.infer<typeof SkemaProgres>;
export const progresKosong = (): Progres => ({
  peserta: 0,
  diundang: 0,
  mulai: 0,
  selesai: 0,
  undangan: { belum: 0, terkirim: 0, gagal: 0, tanpa_email: 0, token: 0 },
});

export async function progresKampanye(
  db: Trx,
  instansiId: string,
  ids: string[],
): Promise<Map<string, Progres>> {
  const out = new Map<string, Progres>(ids.map((id) => [id, progresKosong()]));
  if (ids.length === 0) return out;
  const r = await sql<{
    kampanye_id: string;
    undangan: keyof Progres["undangan"];
    n: number;
    m: number;
    s: number;
  }>`
    select kampanye_id, undangan, count(*)::int as n, count(mulai)::int as m, count(selesai)::int as s
    from peserta_asesmen
    where instansi_id = ${instansiId} and kampanye_id = any(${daftarUuid(ids)}::uuid[])
    group by kampanye_id, undangan`.execute(db);
  for (const x of r.rows) {
    const p = out.get(x.kampanye_id) as Progres;
    p.peserta += x.n;
    p.mulai += x.m;
    p.selesai += x.s;
    p.undangan[x.undangan] += x.n;
    if (x.undangan !== "belum") p.diundang += x.n;
  }
  return out;
}

export function keadaan(b: BarisKampanye): KampanyeApi["keadaan"] {
  if (b.status !== "aktif") return b.status;
  const t = new Date(b.sekarang).getTime();
  if (t < new Date(b.dibuka).getTime()) return "dijadwalkan";
  if (t >= new Date(b.ditutup).getTime()) return "ditutup";
  return "berjalan";
}

export function keApi(b: BarisKampanye, progres: Progres): KampanyeApi {
  return {
    id: b.id,
    nama: b.nama,
    tujuan: b.tujuan,
    formulirId: b.formulir_id,
    formulirNama: b.formulir_nama,
    bankVersi: b.bank_versi,
    jumlahBlok: b.jumlah_blok,
    populasi: b.populasi,
    dibuka: new Date(b.dibuka).toISOString(),
    ditutup: new Date(b.ditutup).toISOString(),
    batasMenit: b.batas_menit,
    teksPersetujuan: b.teks_persetujuan,
    ujiCoba: b.uji_coba,
    status: b.status,
    keadaan: keadaan(b),
    hasilDirilis: b.hasil_dirilis ? new Date(b.hasil_dirilis).toISOString() : null,
    dibuat: new Date(b.dibuat).toISOString(),
    progres,
  };
}

export async function bacaKampanye(db: Trx, instansiId: string, id: string): Promise<KampanyeApi> {
  const r = await sql<BarisKampanye>`select ${KOLOM} from kampanye_asesmen k
    where k.instansi_id = ${instansiId} and k.id = ${id}`.execute(db);
  const b = r.rows[0];
  if (!b) throw tidakDitemukan();
  return keApi(b, (await progresKampanye(db, instansiId, [id])).get(id) as Progres);
}

export async function daftarKampanye(
  db: Trx,
  instansiId: string,
  o: { status?: "draf" | "aktif" | "dibatalkan"; page: number; pageSize: number },
) {
  const saring = o.status ? sql`and k.status = ${o.status}` : sql``;
  const r = await sql<BarisKampanye>`select ${KOLOM} from kampanye_asesmen k
    where k.instansi_id = ${instansiId} ${saring}
    order by k.dibuka desc, k.id limit ${o.pageSize} offset ${(o.page - 1) * o.pageSize}`.execute(db);
  const n = await sql<{ n: number }>`select count(*)::int as n from kampanye_asesmen k
    where k.instansi_id = ${instansiId} ${saring}`.execute(db);
  const progres = await progresKampanye(
    db,
    instansiId,
    r.rows.map((b) => b.id),
  );
  return {
    items: r.rows.map((b) => keApi(b, progres.get(b.id) as Progres)),
    total: n.rows[0].n,
    page: o.page,
    pageSize: o.pageSize,
  };
}

export async function buatKampanye(
  db: Trx,
  instansiId: string,
  b: Omit<z.infer<typeof SkemaBuat>, "ujiCoba"> & { ujiCoba?: boolean },
  penggunaId: string | null,
): Promise<string> {
  if (b.ditutup <= b.dibuka) throw galat(400, "JENDELA_TIDAK_VALID");
  await periksaPopulasi(db, instansiId, b.populasi);
  const f = await snapshotFormulir(db, b.formulirId);
  const r = await db
    .insertInto("kampanye_asesmen")
    .values({
      instansi_id: instansiId,
      nama: b.nama,
      tujuan: b.tujuan,
      ...f,
      populasi: JSON.stringify(b.populasi),
      dibuka: b.dibuka,
      ditutup: b.ditutup,
      batas_menit: b.batasMenit,
      teks_persetujuan: b.teksPersetujuan,
      uji_coba: b.ujiCoba ?? false,
      dibuat_oleh: penggunaId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function kunciKampanye(db: Trx, instansiId: string, id: string) {
  const r = await sql<{
    status: "draf" | "aktif" | "dibatalkan";
    dibuka: Date;
    ditutup: Date;
    sekarang: Date;
  }>`select status, dibuka, ditutup, now() as sekarang from kampanye_asesmen
    where instansi_id = ${instansiId} and id = ${id} for update`.execute(db);
  if (!r.rows[0]) throw tidakDitemukan();
  return r.rows[0];
}

/** Edits a campaign: everything while a draft; once active only the name and a later closing time. */
export async function ubahKampanye(
  db: Trx,
  instansiId: string,
  id: string,
  b: z.infer<typeof SkemaUbah>,
): Promise<string[]> {
  const k = await kunciKampanye(db, instansiId, id);
  if (k.status === "dibatalkan") throw galat(409, "KAMPANYE_BUKAN_DRAF", { status: k.status });
  const kolom = Object.entries(b)
    .filter(([, v]) => v !== undefined)
    .map(([n]) => n);
  if (k.status === "aktif") {
    if (kolom.some((n) => n !== "nama" && n !== "ditutup")) throw galat(409, "UBAH_SETELAH_AKTIF");
    if (b.ditutup && b.ditutup < new Date(k.ditutup)) throw galat(409, "TUTUP_MAJU");
  }
  const dibuka = b.dibuka ?? new Date(k.dibuka);
  const ditutup = b.ditutup ?? new Date(k.ditutup);
  if (ditutup <= dibuka) throw galat(400, "JENDELA_TIDAK_VALID");
  if (b.populasi) await periksaPopulasi(db, instansiId, b.populasi);
  const f = b.formulirId ? await snapshotFormulir(db, b.formulirId) : {};
  await db
    .updateTable("kampanye_asesmen")
    .set({
      ...(b.nama !== undefined && { nama: b.nama }),
      ...(b.tujuan !== undefined && { tujuan: b.tujuan }),
      ...f,
      ...(b.populasi !== undefined && { populasi: JSON.stringify(b.populasi) }),
      ...(b.dibuka !== undefined && { dibuka: b.dibuka }),
      ...(b.ditutup !== undefined && { ditutup: b.ditutup }),
      ...(b.batasMenit !== undefined && { batas_menit: b.batasMenit }),
      ...(b.teksPersetujuan !== undefined && { teks_persetujuan: b.teksPersetujuan }),
      ...(b.ujiCoba !== undefined && { uji_coba: b.ujiCoba }),
      diubah: sql<Date>`now()`,
    })
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .execute();
  if (k.status === "aktif" && b.ditutup) {
    // Extending the window moves the deadline of everyone still working.
    await sql`update peserta_asesmen p set batas =
        case when k.batas_menit is null then k.ditutup
             else least(k.ditutup, p.mulai + make_interval(mins => k.batas_menit)) end
      from kampanye_asesmen k
      where k.instansi_id = p.instansi_id and k.id = p.kampanye_id
        and p.instansi_id = ${instansiId} and p.kampanye_id = ${id}
        and p.mulai is not null and p.selesai is null`.execute(db);
  }
  return kolom;
}

/** 32-bit seeds from the CSPRNG, one per person. */
export function benihAcak(n: number): number[] {
  const b = randomBytes(4 * n);
  return Array.from({ length: n }, (_, i) => b.readInt32BE(4 * i));
}

/** The active employees now in a campaign's population. */
export async function pegawaiKampanye(db: Trx, instansiId: string, id: string): Promise<string[]> {
  const { populasi } = await db
    .selectFrom("kampanye_asesmen")
    .select("populasi")
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return pegawaiPopulasi(db, instansiId, populasi as Populasi);
}

/**
 * Makes the employees participants, each with a seed from the CSPRNG; one
 * already a participant is skipped. Returns the new participants' ids.
 */
export async function sisipkanPeserta(
  db: Trx,
  instansiId: string,
  id: string,
  pegawai: string[],
): Promise<string[]> {
  const benih = benihAcak(pegawai.length);
  const ids: string[] = [];
  for (let i = 0; i < pegawai.length; i += 1000) {
    const r = await db
      .insertInto("peserta_asesmen")
      .values(
        pegawai.slice(i, i + 1000).map((pegawaiId, j) => ({
          instansi_id: instansiId,
          kampanye_id: id,
          pegawai_id: pegawaiId,
          benih: benih[i + j],
        })),
      )
      .onConflict((oc) => oc.columns(["instansi_id", "kampanye_id", "pegawai_id"]).doNothing())
      .returning("id")
      .execute();
    ids.push(...r.map((x) => x.id));
  }
  return ids;
}

/** Draft → active: the population's active employees become participants. Returns how many. */
export async function aktifkanKampanye(db: Trx, instansiId: string, id: string): Promise<number> {
  const k = await kunciKampanye(db, instansiId, id);
  if (k.status !== "draf") throw galat(409, "KAMPANYE_BUKAN_DRAF", { status: k.status });
  if (new Date(k.ditutup) <= new Date(k.sekarang)) throw galat(409, "JENDELA_SUDAH_LEWAT");
  const pegawai = await pegawaiKampanye(db, instansiId, id);
  if (pegawai.length === 0) throw galat(409, "POPULASI_KOSONG");
  await sisipkanPeserta(db, instansiId, id, pegawai);
  await db
    .updateTable("kampanye_asesmen")
    .set({ status: "aktif", diubah: sql<Date>`now()` })
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .execute();
  return pegawai.length;
}

export interface PesertaBaru {
  /** Participants added by this call (0 when nobody new falls in the population). */
  ditambahkan: number;
  pesertaIds: string[];
  /** Of those, the ones whose employee record has no email address (their way in is a printed token). */
  tanpaEmailIds: string[];
}

/**
 * Adds the employees who now fall in an active campaign's population but are
 * not participants yet (active employees only: hired or moved into the unit
 * after activation, or re-activated), each with a fresh CSPRNG seed, as
 * activation does. Idempotent: the campaign row is locked and existing
 * participants are skipped, so a second call adds nobody. Nobody is removed
 * (someone who left keeps their participation). Refused for a draft or a
 * cancelled campaign and once the window has closed.
 */
export async function tambahPesertaBaru(db: Trx, instansiId: string, id: string): Promise<PesertaBaru> {
  const k = await kunciKampanye(db, instansiId, id);
  if (k.status !== "aktif") throw galat(409, "KAMPANYE_BUKAN_AKTIF", { status: k.status });
  if (new Date(k.ditutup) <= new Date(k.sekarang)) throw galat(409, "JENDELA_SUDAH_LEWAT");
  const semua = await pegawaiKampanye(db, instansiId, id);
  const sudah = new Set(
    (
      await db
        .selectFrom("peserta_asesmen")
        .select("pegawai_id")
        .where("instansi_id", "=", instansiId)
        .where("kampanye_id", "=", id)
        .execute()
    ).map((r) => r.pegawai_id),
  );
  const baru = semua.filter((p) => !sudah.has(p));
  const out: PesertaBaru = { ditambahkan: 0, pesertaIds: [], tanpaEmailIds: [] };
  if (baru.length === 0) return out;
  out.pesertaIds = await sisipkanPeserta(db, instansiId, id, baru);
  out.ditambahkan = out.pesertaIds.length;
  if (out.ditambahkan > 0) {
    const r = await sql<{ id: string }>`select p.id from peserta_asesmen p
      join pegawai g on g.instansi_id = p.instansi_id and g.id = p.pegawai_id
      where p.instansi_id = ${instansiId} and p.id = any(${daftarUuid(out.pesertaIds)}::uuid[])
        and g.email is null`.execute(db);
    out.tanpaEmailIds = r.rows.map((x) => x.id);
  }
  return out;
}

export async function batalkanKampanye(db: Trx, instansiId: string, id: string): Promise<void> {
  const k = await kunciKampanye(db, instansiId, id);
  if (k.status === "dibatalkan") throw galat(409, "KAMPANYE_BUKAN_AKTIF", { status: k.status });
  await db
    .updateTable("kampanye_asesmen")
    .set({ status: "dibatalkan", diubah: sql<Date>`now()` })
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .execute();
}
