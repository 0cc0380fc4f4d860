/**
 * Test taking (docs/asesmen.md "Flow", "Guarantees"; regulation BAB
 * III.B.3 "Format Penilaian dengan Tes"): one participation's state, start,
 * saving one answer, final submission. The same functions serve both ways in:
 * a logged-in employee (`pengguna` linked to the `pegawai`) and the holder of
 * a one-time token (public routes). Every statement is fenced by the
 * participant's instansi and id AND by the caller's identity (token hash or
 * user↔employee link), so a token or a session can only ever touch its own row.
 *
 * Guarantees (docs/asesmen.md "Guarantees"):
 * - one row per answered block (primary key), the latest by the client's
 *   counter `urutanKlien`: a save applies only when its number is above the
 *   stored one, so resending is harmless and two tabs resolve to the higher
 *   number (equal numbers: the first stored wins); a number more than
 *   `LONCATAN_URUTAN_MAKS` above the participation's highest stored one is
 *   refused, so no save can claim a block for good;
 * - the server's clock decides: nothing is accepted before the start, after
 *   the personal deadline `batas` = min(campaign close, start + time limit),
 *   after the window closes, after submission, or in a cancelled campaign;
 * - the save locks the participant row FOR SHARE, and submission updates it,
 *   so an answer and the submission are serialised: no answer lands after it.
 */
import { sql } from "kysely";
import type { EntriAudit } from "../../audit/log.ts";
import type { Db } from "../../db/factory.ts";
import { GalatApi } from "../../http/errors.ts";
import { teksPersetujuanBerlaku } from "../data-saya/index.ts";
import { type PagarTebak, TebakanTerblokir } from "./batas-tebak.ts";
import { galat } from "./pesan.ts";
import { simpanBerkelompok } from "./simpan-kelompok.ts";
import { type BlokUrut, urutanPeserta } from "./urutan.ts";

/** An answer save that writes its own audit entry (RouteDef `transaksiSendiri`). */
export interface AuditSimpan {
  /** The entry for this participation (called once it is known). */
  entri(ref: RefPeserta): EntriAudit;
  /** Called when the statement wrote the answer, and with it the entry. */
  tertulis(): void;
}

/** Who is asking: a token holder, or a logged-in user naming a participation. */
export type Identitas =
  | { jenis: "token"; hash: string }
  | { jenis: "pengguna"; penggunaId: string; instansiId: string; pesertaId: string };

/** A resolved participation. */
export interface RefPeserta {
  instansiId: string;
  pesertaId: string;
  kampanyeId: string;
}

export interface JawabanMasuk {
  blok: string;
  palingSesuai: string;
  palingTidakSesuai: string;
  urutanKlien: number;
  detik?: number | null;
  perubahan?: number | null;
}

/**
 * How far a save's client counter may run ahead of the highest one stored for
 * the participation. The test page numbers every answer it gives (one counter
 * per participation, raised to the server's highest on load), so the gap is
 * the number of answers given while none reached the server: a whole test
 * answered offline, with changes, stays far below it.
 */
export const LONCATAN_URUTAN_MAKS = 1000;

/** Bounded in-process maps (oldest entry dropped first). Only immutable facts are cached. */
class CacheTerbatas<V> {
  private readonly m = new Map<string, V>();
  constructor(private readonly maks: number) {}
  get(k: string): V | undefined {
    return this.m.get(k);
  }
  set(k: string, v: V): void {
    if (this.m.size >= this.maks) {
      const tertua = this.m.keys().next().value;
      if (tertua !== undefined) this.m.delete(tertua);
    }
    this.m.set(k, v);
  }
  delete(k: string): void {
    this.m.delete(k);
  }
}

// token hash → participation. A participation never moves, but a token can be replaced: the save
// statement re-checks the hash, and a refusal evicts the entry.
const cacheToken = new CacheTerbatas<RefPeserta>(50_000);
// instansi/peserta → campaign (immutable).
const cacheKampanyePeserta = new CacheTerbatas<string>(50_000);
// instansi/kampanye → block id → its statements. Answers are accepted only in active campaigns,
// whose form cannot change (kampanye.ts refuses it), so the snapshot is safe to keep.
const cacheBlok = new CacheTerbatas<Map<string, readonly string[]>>(500);

/** The SQL condition "this participant row `p` belongs to the caller". */
function syaratIdentitas(id: Identitas) {
  return id.jenis === "token"
    ? sql<boolean>`p.token_hash = ${id.hash}`
    : sql<boolean>`exists (select 1 from pengguna g where g.id = ${id.penggunaId}
        and g.pegawai_id = p.pegawai_id and g.pegawai_instansi_id = p.instansi_id and g.aktif)`;
}

const galatIdentitas = (id: Identitas) =>
  id.jenis === "token" ? galat(404, "TOKEN_TIDAK_DIKENAL") : galat(404, "PESERTA_TIDAK_DITEMUKAN");

/** Resolves the caller's participation, or refuses (404) when the token / link does not match. */
export async function temukanPeserta(db: Db, id: Identitas): Promise<RefPeserta> {
  if (id.jenis === "token") {
    const ada = cacheToken.get(id.hash);
    if (ada) return ada;
    const r = await db
      .selectFrom("peserta_asesmen")
      .select(["instansi_id", "id", "kampanye_id"])
      .where("token_hash", "=", id.hash)
      .executeTakeFirst();
    if (!r) throw galatIdentitas(id);
    const ref = { instansiId: r.instansi_id, pesertaId: r.id, kampanyeId: r.kampanye_id };
    cacheToken.set(id.hash, ref);
    return ref;
  }
  const kunci = `${id.instansiId}/${id.pesertaId}`;
  const kampanyeId = cacheKampanyePeserta.get(kunci);
  if (kampanyeId) return { instansiId: id.instansiId, pesertaId: id.pesertaId, kampanyeId };
  const r = await db
    .selectFrom("peserta_asesmen as p")
    .select(["p.kampanye_id"])
    .where("p.instansi_id", "=", id.instansiId)
    .where("p.id", "=", id.pesertaId)
    .where(syaratIdentitas(id))
    .executeTakeFirst();
  if (!r) throw galatIdentitas(id);
  cacheKampanyePeserta.set(kunci, r.kampanye_id);
  return { instansiId: id.instansiId, pesertaId: id.pesertaId, kampanyeId: r.kampanye_id };
}

async function blokKampanye(db: Db, ref: RefPeserta): Promise<Map<string, readonly string[]>> {
  const kunci = `${ref.instansiId}/${ref.kampanyeId}`;
  const ada = cacheBlok.get(kunci);
  if (ada) return ada;
  const r = await db
    .selectFrom("kampanye_asesmen")
    .select([sql<{ id: string; pernyataan: string[] }[]>`formulir->'formulir'->'blok'`.as("blok"), "status"])
    .where("instansi_id", "=", ref.instansiId)
    .where("id", "=", ref.kampanyeId)
    .executeTakeFirstOrThrow();
  const peta = new Map(r.blok.map((b) => [b.id, b.pernyataan] as const));
  if (r.status !== "draf") cacheBlok.set(kunci, peta);
  return peta;
}

/** Checks an answer against the person's form: the block, its statements, two different choices. */
function periksaIsi(blok: Map<string, readonly string[]>, j: JawabanMasuk): void {
  const isi = blok.get(j.blok);
  if (!isi) throw galat(400, "BLOK_TIDAK_ADA", { blok: j.blok.slice(0, 40) });
  if (!isi.includes(j.palingSesuai) || !isi.includes(j.palingTidakSesuai))
    throw galat(400, "PERNYATAAN_BUKAN_BLOK", { blok: j.blok });
  if (j.palingSesuai === j.palingTidakSesuai) throw galat(400, "PILIHAN_SAMA");
}

interface BarisKeadaan {
  status: "draf" | "aktif" | "dibatalkan";
  dibuka: Date;
  ditutup: Date;
  mulai: Date | null;
  batas: Date | null;
  selesai: Date | null;
  sekarang: Date;
}

/** Why a participation does not take answers now (null: it does). Order: the most final reason first. */
function alasanTolak(k: BarisKeadaan): GalatApi | null {
  if (k.status === "dibatalkan") return galat(409, "KAMPANYE_DIBATALKAN");
  if (k.selesai) return galat(409, "SUDAH_DIKIRIM");
  if (k.status !== "aktif" || k.sekarang < k.dibuka)
    return galat(409, "BELUM_DIBUKA", { dibuka: k.dibuka.toISOString() });
  if (k.sekarang >= k.ditutup) return galat(409, "JENDELA_DITUTUP");
  if (!k.mulai) return galat(409, "BELUM_MULAI");
  if (k.batas && k.sekarang >= k.batas) return galat(409, "WAKTU_HABIS");
  return null;
}

export interface HasilSimpan {
  blok: string;
  /** The client counter now stored for this block (the given one when `diterapkan`). */
  urutanKlien: number;
  /** False when a save with the same or a higher number was already stored (nothing changed). */
  diterapkan: boolean;
}

/**
 * Saves one answer. The success path is one statement, shared with the saves
 * arriving at the same time (`simpan-kelompok.ts`): an upsert whose rows come
 * from the participant (locked FOR SHARE) only while it takes answers, whose
 * update applies only to a higher client counter, and which appends the
 * audit entry (`audit`) of each answer it wrote.
 */
export async function simpanJawaban(
  db: Db,
  id: Identitas,
  j: JawabanMasuk,
  audit?: AuditSimpan,
  pagar?: PagarTebak,
): Promise<HasilSimpan & { pesertaId: string }> {
  const ref = await temukanPeserta(db, id);
  periksaIsi(await blokKampanye(db, ref), j);
  const ditulis = await simpanBerkelompok(db, {
    ref,
    id,
    j,
    audit: audit ? audit.entri(ref) : null,
    pagar: pagar ?? null,
  });
  const pesertaId = ref.pesertaId;
  if (ditulis) {
    audit?.tertulis();
    return { blok: j.blok, urutanKlien: j.urutanKlien, diterapkan: true, pesertaId };
  }

  // Not applied: say why (only on this path, so the common case stays one statement).
  const d = await sql<
    BarisKeadaan & { cocok: boolean; tersimpan: number | null; tertinggi: number; terblokir: Date | null }
  >`
    select k.status, k.dibuka, k.ditutup, p.mulai, p.batas, p.selesai, now() as sekarang,
      (select b.berakhir from batas_tebak b where b.kunci = ${pagar?.kunci ?? null}
        and b.gagal >= ${pagar?.maks ?? 0} and b.berakhir > now()) as terblokir,
      ${syaratIdentitas(id)} as cocok,
      (select urutan_klien from jawaban_asesmen x
        where x.instansi_id = p.instansi_id and x.peserta_id = p.id and x.blok = ${j.blok}) as tersimpan,
      (select coalesce(max(urutan_klien), 0) from jawaban_asesmen x
        where x.instansi_id = p.instansi_id and x.peserta_id = p.id) as tertinggi
    from peserta_asesmen p
    join kampanye_asesmen k on k.instansi_id = p.instansi_id and k.id = p.kampanye_id
    where p.instansi_id = ${ref.instansiId} and p.id = ${ref.pesertaId}`.execute(db);
  const k = d.rows[0];
  // the caller's address is blocked (another process counted its guesses): 429, right token or not
  if (k?.terblokir) throw new TebakanTerblokir(new Date(k.terblokir).getTime());
  if (!k?.cocok) {
    if (id.jenis === "token") cacheToken.delete(id.hash);
    throw galatIdentitas(id);
  }
  const tolak = alasanTolak(k);
  if (tolak) throw tolak;
  if (k.tersimpan !== null && k.tersimpan >= j.urutanKlien)
    return { blok: j.blok, urutanKlien: k.tersimpan, diterapkan: false, pesertaId };
  if (j.urutanKlien > k.tertinggi + LONCATAN_URUTAN_MAKS) throw galat(400, "URUTAN_MELONCAT");
  // The state changed between the two statements (e.g. the window was extended): ask for a retry.
  throw new GalatApi(409, "KONFLIK", {
    pesan: {
      id: "Jawaban belum tersimpan; coba kirim lagi.",
      en: "The answer was not saved; send it again.",
    },
  });
}

export type StatusPeserta =
  | "belum_dibuka"
  | "siap"
  | "berjalan"
  | "waktu_habis"
  | "ditutup"
  | "selesai"
  | "dibatalkan";

export interface KeadaanUjian {
  pesertaId: string;
  kampanye: {
    id: string;
    nama: string;
    tujuan: "awal" | "berkala" | "akhir";
    dibuka: string;
    ditutup: string;
    batasMenit: number | null;
    teksPersetujuan: string | null;
    teksPersetujuanEn: string | null;
    ujiCoba: boolean;
  };
  status: StatusPeserta;
  /** The server's clock, so a client can show the time left without trusting its own. */
  sekarang: string;
  mulai: string | null;
  batas: string | null;
  selesai: string | null;
  persetujuan: string | null;
  jumlahBlok: number;
  /** The person's blocks in their order with statement texts in their order (after the start only). */
  blok: { id: string; pernyataan: { id: string; teks: string }[] }[];
  jawaban: {
    blok: string;
    palingSesuai: string;
    palingTidakSesuai: string;
    urutanKlien: number;
    detik: number | null;
    perubahan: number;
  }[];
}

function statusDari(k: BarisKeadaan): StatusPeserta {
  if (k.status === "dibatalkan") return "dibatalkan";
  if (k.selesai) return "selesai";
  if (k.status !== "aktif" || k.sekarang < k.dibuka) return "belum_dibuka";
  if (k.sekarang >= k.ditutup) return "ditutup";
  if (!k.mulai) return "siap";
  if (k.batas && k.sekarang >= k.batas) return "waktu_habis";
  return "berjalan";
}

interface BarisLengkap extends BarisKeadaan {
  id: string;
  benih: number;
  urutan: BlokUrut[] | null;
  persetujuan: Date | null;
  kampanye_id: string;
  nama: string;
  tujuan: "awal" | "berkala" | "akhir";
  batas_menit: number | null;
  teks_persetujuan: string | null;
  uji_coba: boolean;
  formulir: {
    formulir: { blok: { id: string; pernyataan: string[] }[] };
    pernyataan: { id: string; teks: string }[];
  };
}

async function bacaBaris(db: Db, ref: RefPeserta, id: Identitas): Promise<BarisLengkap> {
  const r = await sql<BarisLengkap>`
    select p.id, p.benih, p.urutan, p.persetujuan, p.mulai, p.batas, p.selesai, p.kampanye_id,
      k.nama, k.tujuan, k.dibuka, k.ditutup, k.batas_menit, k.teks_persetujuan, k.uji_coba, k.status, k.formulir,
      now() as sekarang
    from peserta_asesmen p
    join kampanye_asesmen k on k.instansi_id = p.instansi_id and k.id = p.kampanye_id
    where p.instansi_id = ${ref.instansiId} and p.id = ${ref.pesertaId} and ${syaratIdentitas(id)}`.execute(
    db,
  );
  const b = r.rows[0];
  if (!b) {
    if (id.jenis === "token") cacheToken.delete(id.hash);
    throw galatIdentitas(id);
  }
  return b;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** Told to every participant of a pilot, first in the consent (docs/norma-batas.md "Pilot campaigns"). */
export const TEKS_UJI_COBA =
  "Asesmen ini adalah UJI COBA instrumen. Jawaban Anda hanya dipakai untuk kalibrasi alat ukur secara nasional: tidak ada hasil atau level perorangan yang dirilis, kepada Anda maupun kepada siapa pun, dan jawaban ini tidak masuk Peta Asesmen, indeks integritas, norma, maupun angka nasional.";
export const TEKS_UJI_COBA_EN =
  "This assessment is a PILOT of the instrument. Your answers are used only to calibrate the national measure: no individual result or level is released, to you or to anyone, and these answers enter no assessment map, integrity index, norm or national figure.";

/**
 * The consent as shown and agreed, in the page's language: the pilot notice, then the campaign's
 * text with who sees the result (the campaign's own words stay as the agency wrote them).
 */
async function teksSetuju(
  db: Db,
  instansiId: string,
  b: BarisLengkap,
  bahasa: "id" | "en" = "id",
): Promise<string | null> {
  const dasar = b.teks_persetujuan
    ? await teksPersetujuanBerlaku(db, instansiId, b.teks_persetujuan, bahasa)
    : null;
  if (!b.uji_coba) return dasar;
  const uji = bahasa === "en" ? TEKS_UJI_COBA_EN : TEKS_UJI_COBA;
  return dasar ? `${uji}\n\n${dasar}` : uji;
}

/** The participation as the test-taking page needs it. */
export async function keadaanUjian(db: Db, id: Identitas): Promise<KeadaanUjian> {
  const ref = await temukanPeserta(db, id);
  const b = await bacaBaris(db, ref, id);
  const teks = new Map(b.formulir.pernyataan.map((p) => [p.id, p.teks]));
  const urutan = b.mulai ? (b.urutan ?? urutanPeserta(b.formulir.formulir, b.benih)) : [];
  const jawaban = b.mulai
    ? await db
        .selectFrom("jawaban_asesmen")
        .select(["blok", "paling_sesuai", "paling_tidak_sesuai", "urutan_klien", "detik", "perubahan"])
        .where("instansi_id", "=", ref.instansiId)
        .where("peserta_id", "=", ref.pesertaId)
        .execute()
    : [];
  return {
    pesertaId: b.id,
    kampanye: {
      id: b.kampanye_id,
      nama: b.nama,
      tujuan: b.tujuan,
      dibuka: new Date(b.dibuka).toISOString(),
      ditutup: new Date(b.ditutup).toISOString(),
      batasMenit: b.batas_menit,
      // the campaign's text with who sees the result, written from the access rules in force
      teksPersetujuan: await teksSetuju(db, ref.instansiId, b),
      teksPersetujuanEn: await teksSetuju(db, ref.instansiId, b, "en"),
      ujiCoba: b.uji_coba,
    },
    status: statusDari(b),
    sekarang: new Date(b.sekarang).toISOString(),
    mulai: iso(b.mulai),
    batas: iso(b.batas),
    selesai: iso(b.selesai),
    persetujuan: iso(b.persetujuan),
    jumlahBlok: b.formulir.formulir.blok.length,
    blok: urutan.map((u) => ({
      id: u.blok,
      pernyataan: u.pernyataan.map((s) => ({ id: s, teks: teks.get(s) ?? "" })),
    })),
    jawaban: jawaban.map((x) => ({
      blok: x.blok,
      palingSesuai: x.paling_sesuai,
      palingTidakSesuai: x.paling_tidak_sesuai,
      urutanKlien: x.urutan_klien,
      detik: x.detik,
      perubahan: x.perubahan,
    })),
  };
}

/**
 * Starts the test (idempotent: starting again returns the state). Records
 * consent when the campaign has a consent text, fixes the personal order
 * from the seed and the server deadline min(close, now + limit).
 */
export async function mulaiUjian(
  db: Db,
  id: Identitas,
  setuju: boolean,
  bahasa: "id" | "en" = "id",
): Promise<KeadaanUjian> {
  const ref = await temukanPeserta(db, id);
  const b = await bacaBaris(db, ref, id);
  if (!b.mulai) {
    const tolak = alasanTolak({ ...b, mulai: new Date(0), batas: null });
    if (tolak) throw tolak;
    // the text as agreed, in the language it was shown in, kept with the consent (Data saya shows it)
    const teks = await teksSetuju(db, ref.instansiId, b, bahasa);
    if (teks && !setuju) throw galat(400, "PERSETUJUAN_DIPERLUKAN");
    const urutan = urutanPeserta(b.formulir.formulir, b.benih);
    await sql`
      update peserta_asesmen p set
        mulai = now(),
        persetujuan = case when ${teks}::text is null then null else now() end,
        teks_persetujuan = ${teks},
        batas = case when k.batas_menit is null then k.ditutup
                     else least(k.ditutup, now() + make_interval(mins => k.batas_menit)) end,
        urutan = ${JSON.stringify(urutan)}::jsonb
      from kampanye_asesmen k
      where k.instansi_id = p.instansi_id and k.id = p.kampanye_id
        and p.instansi_id = ${ref.instansiId} and p.id = ${ref.pesertaId} and ${syaratIdentitas(id)}
        and p.mulai is null and p.selesai is null
        and k.status = 'aktif' and now() >= k.dibuka and now() < k.ditutup`.execute(db);
  }
  return keadaanUjian(db, id);
}

/** Final submission: every block must be answered; afterwards nothing changes. Idempotent. */
export async function kirimUjian(db: Db, id: Identitas): Promise<KeadaanUjian> {
  const ref = await temukanPeserta(db, id);
  const b = await bacaBaris(db, ref, id);
  if (b.selesai) return keadaanUjian(db, id);
  if (b.status === "dibatalkan") throw galat(409, "KAMPANYE_DIBATALKAN");
  if (!b.mulai) throw galat(409, "BELUM_MULAI");
  const n = b.formulir.formulir.blok.length;
  // Locks the row (answers in flight hold FOR SHARE until they commit), then counts.
  const r = await sql<{ selesai: Date }>`
    update peserta_asesmen p set selesai = now()
    where p.instansi_id = ${ref.instansiId} and p.id = ${ref.pesertaId} and ${syaratIdentitas(id)}
      and p.mulai is not null and p.selesai is null
      and (select count(*) from jawaban_asesmen j
           where j.instansi_id = p.instansi_id and j.peserta_id = p.id) = ${n}
    returning p.selesai`.execute(db);
  if (r.rows.length === 0) {
    const { c } = await db
      .selectFrom("jawaban_asesmen")
      .select((eb) => eb.fn.countAll<string>().as("c"))
      .where("instansi_id", "=", ref.instansiId)
      .where("peserta_id", "=", ref.pesertaId)
      .executeTakeFirstOrThrow();
    const sisa = n - Number(c);
    if (sisa > 0) throw galat(409, "BELUM_LENGKAP", { sisa });
    return keadaanUjian(db, id); // submitted concurrently by another tab
  }
  return keadaanUjian(db, id);
}
