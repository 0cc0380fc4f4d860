/**
 * Group saving of test answers (target ≥ 1,000 answers/s on PostgreSQL
 * with p99 < 50 ms; docs/asesmen.md "Performance"). Saves that
 * arrive while earlier ones are being written wait and go together in the
 * next statement, as a database's group commit does: one transaction, one
 * round trip and one WAL flush for many answers. Under light load every save
 * is written at once, alone; nothing waits on a timer.
 *
 * Each group belongs to one instansi and runs under its RLS fence (role
 * `nurani_app`, `nurani.instansi_id`), so the statement can touch that
 * agency's rows only. Within the statement every answer keeps its own
 * conditions (identity, window, start, deadline, higher client counter, no
 * jump of the counter, caller's address not blocked from guessing — checked
 * here rather than by a read before, see batas-tebak.ts): an
 * answer whose conditions fail is simply not written, and its caller asks
 * why on its own (`ujian.ts`). Each written answer appends its own audit
 * entry in the same statement.
 *
 * Ordering: one (participant, block) is never in two groups in flight at
 * once, and a group's rows are sorted by key, so groups cannot deadlock and a
 * block's saves are applied in arrival order. If a group's statement fails,
 * its answers are written one by one, so one bad answer fails alone.
 */
import { type Kysely, sql } from "kysely";
import { barisAudit, type EntriAudit } from "../../audit/log.ts";
import { type Db, koneksiMaks } from "../../db/factory.ts";
import { masukPagar } from "../../db/rls.ts";
import type { Database } from "../../db/schema.ts";
import type { PagarTebak } from "./batas-tebak.ts";
import { type Identitas, type JawabanMasuk, LONCATAN_URUTAN_MAKS, type RefPeserta } from "./ujian.ts";

export interface Titipan {
  ref: RefPeserta;
  id: Identitas;
  j: JawabanMasuk;
  /** The audit entry written with the answer (none: the caller audits). */
  audit: EntriAudit | null;
  /** The token caller's guessing counter (none: a logged-in employee). */
  pagar: PagarTebak | null;
}

interface Antrean extends Titipan {
  kunci: string;
  selesai(diterapkan: boolean): void;
  gagal(e: unknown): void;
}

/** Most answers in one statement. */
const MAKS_KELOMPOK = 200;
/**
 * Groups written at once (PGlite: its one connection). Two, one per core of
 * the reference machine: fewer writers make larger groups and fewer commits.
 * Measured with bench/server-asesmen-jawab.ts (2,000 takers, 2 cores): 2 in
 * flight gave p99 35–39 ms, 4 gave 46–61 ms, and PostgreSQL used about half
 * the CPU per answer with 2.
 */
const maksJalan = (db: Db) => Math.min(2, koneksiMaks(db));

/**
 * Writes the answers of one instansi in one statement, in the caller's
 * transaction; returns the indexes of those written.
 */
async function tulisKelompok(db: Kysely<Database>, daftar: readonly Titipan[]): Promise<Set<number>> {
  const kolom = <T>(f: (t: Titipan) => T) => daftar.map((t) => f(t));
  const nomor = daftar.map((_, i) => i);
  const audit = daftar.map((t) => (t.audit ? barisAudit(t.audit) : null));
  const a = <K extends keyof ReturnType<typeof barisAudit>>(k: K) => audit.map((x) => (x ? x[k] : null));
  const token = (t: Titipan) => (t.id.jenis === "token" ? t.id.hash : null);
  const pengguna = (t: Titipan) => (t.id.jenis === "pengguna" ? t.id.penggunaId : null);
  const r = await sql<{ n: number }>`
    with masuk as (
      select * from unnest(
        ${nomor}::int[], ${kolom((t) => t.ref.instansiId)}::uuid[],
        ${kolom((t) => t.ref.pesertaId)}::uuid[], ${kolom(token)}::text[], ${kolom(pengguna)}::uuid[],
        ${kolom((t) => t.j.blok)}::text[], ${kolom((t) => t.j.palingSesuai)}::text[],
        ${kolom((t) => t.j.palingTidakSesuai)}::text[], ${kolom((t) => t.j.urutanKlien)}::int[],
        ${kolom((t) => t.j.detik ?? null)}::real[], ${kolom((t) => t.j.perubahan ?? 0)}::int[],
        ${kolom((t) => t.pagar?.kunci ?? null)}::text[], ${kolom((t) => t.pagar?.maks ?? null)}::int[]
      ) as m (n, instansi_id, peserta_id, token_hash, pengguna_id, blok, paling_sesuai,
        paling_tidak_sesuai, urutan_klien, detik, perubahan, kunci_tebak, maks_tebak)
    ),
    simpan as (
      insert into jawaban_asesmen as j
        (instansi_id, peserta_id, blok, paling_sesuai, paling_tidak_sesuai, urutan_klien, detik, perubahan)
      select p.instansi_id, p.id, m.blok, m.paling_sesuai, m.paling_tidak_sesuai, m.urutan_klien,
        m.detik, m.perubahan
      from masuk m
      join peserta_asesmen p on p.instansi_id = m.instansi_id and p.id = m.peserta_id
      join kampanye_asesmen k on k.instansi_id = p.instansi_id and k.id = p.kampanye_id
      where (case when m.token_hash is not null then p.token_hash = m.token_hash
          else exists (select 1 from pengguna g where g.id = m.pengguna_id
            and g.pegawai_id = p.pegawai_id and g.pegawai_instansi_id = p.instansi_id and g.aktif) end)
        and p.mulai is not null and p.selesai is null and now() < p.batas
        and k.status = 'aktif' and now() >= k.dibuka and now() < k.ditutup
        and not exists (select 1 from batas_tebak b where b.kunci = m.kunci_tebak
          and b.gagal >= m.maks_tebak and b.berakhir > now())
        and m.urutan_klien <= ${LONCATAN_URUTAN_MAKS} + coalesce((select max(x.urutan_klien)
          from jawaban_asesmen x where x.instansi_id = p.instansi_id and x.peserta_id = p.id), 0)
      order by m.instansi_id, m.peserta_id, m.blok
      for share of p
      on conflict (instansi_id, peserta_id, blok) do update set
        paling_sesuai = excluded.paling_sesuai,
        paling_tidak_sesuai = excluded.paling_tidak_sesuai,
        urutan_klien = excluded.urutan_klien,
        detik = excluded.detik,
        perubahan = excluded.perubahan,
        disimpan = now()
      where j.urutan_klien < excluded.urutan_klien
      returning j.instansi_id, j.peserta_id, j.blok
    ),
    tertulis as (
      select m.n from simpan s
      join masuk m on m.instansi_id = s.instansi_id and m.peserta_id = s.peserta_id and m.blok = s.blok
    ),
    catat as (
      insert into audit_log
        (aksi, instansi_id, pengguna_id, objek_jenis, objek_id, ip, user_agent, request_id, rincian)
      select e.aksi, e.instansi_id, e.pengguna_id, e.objek_jenis, e.objek_id, e.ip, e.user_agent,
        e.request_id, e.rincian::jsonb
      from unnest(
        ${nomor}::int[], ${a("aksi")}::text[], ${a("instansi_id")}::uuid[],
        ${a("pengguna_id")}::uuid[], ${a("objek_jenis")}::text[], ${a("objek_id")}::text[],
        ${a("ip")}::text[], ${a("user_agent")}::text[], ${a("request_id")}::text[], ${a("rincian")}::text[]
      ) as e (n, aksi, instansi_id, pengguna_id, objek_jenis, objek_id, ip, user_agent, request_id, rincian)
      where e.aksi is not null and e.n in (select n from tertulis)
    )
    select n from tertulis`.execute(db);
  return new Set(r.rows.map((x) => x.n));
}

/** Writes a group in a transaction fenced to its instansi by RLS. */
function tulisBerpagar(db: Db, instansiId: string, daftar: readonly Titipan[]): Promise<Set<number>> {
  return db.transaction().execute(async (trx) => {
    await masukPagar(trx, instansiId);
    return tulisKelompok(trx, daftar);
  });
}

/** How the saves were grouped so far (benchmarks and tests read it). */
export interface StatistikKelompok {
  kelompok: number;
  jawaban: number;
  /** Groups whose statement failed and were written one by one. */
  dipecah: number;
}

class Pengumpul {
  readonly statistik: StatistikKelompok = { kelompok: 0, jawaban: 0, dipecah: 0 };
  private antre: Antrean[] = [];
  private readonly diproses = new Set<string>();
  private jalan = 0;
  private dijadwalkan = false;

  constructor(
    private readonly db: Db,
    private readonly maksJalan: number,
  ) {}

  simpan(t: Titipan): Promise<boolean> {
    return new Promise((selesai, gagal) => {
      const kunci = `${t.ref.instansiId}/${t.ref.pesertaId}/${t.j.blok}`;
      this.antre.push({ ...t, kunci, selesai, gagal });
      // Saves handed over in the same turn of the event loop (every request read in one pass over
      // the sockets) form one group; PGlite, which works synchronously, groups only this way.
      if (!this.dijadwalkan) {
        this.dijadwalkan = true;
        setImmediate(() => {
          this.dijadwalkan = false;
          this.pompa();
        });
      }
    });
  }

  /** Starts groups while connections allow: the oldest waiting answer's instansi first. */
  private pompa(): void {
    while (this.jalan < this.maksJalan) {
      const kelompok = this.ambilKelompok();
      if (kelompok.length === 0) return;
      this.jalan++;
      void this.tulis(kelompok).finally(() => {
        this.jalan--;
        for (const x of kelompok) this.diproses.delete(x.kunci);
        this.pompa();
      });
    }
  }

  /** The oldest waiting answer's instansi: its waiting answers, at most one per key not in flight. */
  private ambilKelompok(): Antrean[] {
    const pertama = this.antre.find((x) => !this.diproses.has(x.kunci));
    if (!pertama) return [];
    const kelompok: Antrean[] = [];
    const sisa: Antrean[] = [];
    for (const x of this.antre) {
      if (
        kelompok.length < MAKS_KELOMPOK &&
        x.ref.instansiId === pertama.ref.instansiId &&
        !this.diproses.has(x.kunci)
      ) {
        this.diproses.add(x.kunci);
        kelompok.push(x);
      } else sisa.push(x);
    }
    this.antre = sisa;
    return kelompok.sort((p, q) => (p.kunci < q.kunci ? -1 : p.kunci > q.kunci ? 1 : 0));
  }

  private async tulis(kelompok: Antrean[]): Promise<void> {
    const instansi = kelompok[0].ref.instansiId;
    this.statistik.kelompok++;
    this.statistik.jawaban += kelompok.length;
    try {
      const ditulis = await tulisBerpagar(this.db, instansi, kelompok);
      for (const [i, x] of kelompok.entries()) x.selesai(ditulis.has(i));
    } catch (e) {
      if (kelompok.length === 1) {
        kelompok[0].gagal(e);
        return;
      }
      // One bad answer must not fail the others: write them one by one.
      this.statistik.dipecah++;
      for (const x of kelompok) {
        try {
          const ditulis = await tulisBerpagar(this.db, instansi, [x]);
          x.selesai(ditulis.has(0));
        } catch (e1) {
          x.gagal(e1);
        }
      }
    }
  }
}

const pengumpul = new WeakMap<Db, Pengumpul>();

/**
 * Saves one answer with the others arriving at the same time; resolves to
 * whether it was written (false: its conditions did not hold, nothing changed).
 * Inside a caller's transaction the answer is written there, alone.
 */
export function simpanBerkelompok(db: Db, t: Titipan): Promise<boolean> {
  if (db.isTransaction) return tulisKelompok(db, [t]).then((s) => s.has(0));
  let p = pengumpul.get(db);
  if (!p) {
    p = new Pengumpul(db, maksJalan(db));
    pengumpul.set(db, p);
  }
  return p.simpan(t);
}

/** Grouping figures of this database's saves since the process started. */
export function statistikKelompok(db: Db): StatistikKelompok {
  return { ...(pengumpul.get(db)?.statistik ?? { kelompok: 0, jawaban: 0, dipecah: 0 }) };
}
