/**
 * A synthetic nation (docs/nasional.md § 8): the domain's plan
 * (`rencanaNasional`) loaded into the register, with — optionally — each
 * agency's unit tree and employees (valid, distinct NIPs), and the national
 * dashboard's figures per agency *drawn from the model*: programme stage,
 * preparation steps and activities from the plan; for agencies past their
 * baseline assessment (Tabel 3 no. 3) an index around the plan's mean
 * derajat with the interval its participation gives, and a level
 * distribution. No answers or per-person results are written; those
 * agencies have no campaign rows, so their figures are the model's, not a
 * computation (a write to such an agency recomputes its row from its own
 * data, which is then empty).
 *
 * Resumable: each agency is written in one transaction, in plan order, and
 * an agency whose code exists is skipped (its NIPs are drawn and discarded,
 * so the rest get the same numbers as an uninterrupted run). Employees go in
 * batches of `BATCH` rows through `unnest` arrays — one statement per batch
 * on PostgreSQL and PGlite alike.
 */
import { buatPembangkitNip, type RencanaInstansi, rencanaNasional, rencanaUnit } from "@nurani/domain";
import { sql } from "kysely";
import type { Db } from "../db/factory.ts";
import { Acak } from "./acak.ts";
import { namaAcak } from "./nama.ts";
import { simpanUnit } from "./simpan-unit.ts";

const BATCH = 5_000;

export interface OpsiNasional {
  instansi: number;
  pegawai: number;
  benih: number;
  /** Load unit trees and employees (default true); false loads the register and figures only (the demo). */
  denganPegawai?: boolean;
  /** Called after each agency. */
  progres?: (p: { selesai: number; total: number; pegawai: number; dilewati: number }) => void;
}

/** Standard normal draw (Box–Muller) from the demo's seeded generator. */
const normal = (a: Acak) => Math.sqrt(-2 * Math.log(1 - a.next())) * Math.cos(2 * Math.PI * a.next());

/** The dashboard figures the model gives an agency (ringkasan_instansi), without persons. */
export function figurModel(r: RencanaInstansi) {
  const a = new Acak(r.benih ^ 0x5eed);
  const tahap = r.tahap;
  const kegiatan =
    tahap === "persiapan"
      ? 0
      : tahap === "pelaksanaan"
        ? 1 + Math.floor(a.next() * 4)
        : 3 + Math.floor(a.next() * 3);
  // the baseline assessment is preparation step 3 (Tabel 3 no. 3): released from then on
  if (r.langkahSelesai < 3)
    return { tahap, langkah_persiapan: r.langkahSelesai, kegiatan_terlaksana: kegiatan, indeks: null };
  const N = r.jumlahPegawai;
  const n = Math.max(2, Math.min(N, Math.round(N * r.partisipasi)));
  const sd = 10; // derajat: SD 10 around the national reference mean 50
  const nilai = r.rerataDerajat + (normal(a) * sd) / Math.sqrt(n);
  // sampling part with the finite population correction, plus a measurement part (about a fifth of the person SD)
  const se = Math.sqrt(((sd * sd) / n) * (1 - n / N) + (2 * 2) / n);
  const level = [0, 0, 0, 0];
  const batas = [40, 50, 60];
  const contoh = Math.min(n, 400);
  for (let i = 0; i < contoh; i++) {
    const x = nilai + normal(a) * sd;
    level[x < batas[0] ? 0 : x < batas[1] ? 1 : x < batas[2] ? 2 : 3]++;
  }
  const skala = n / contoh;
  const lv = level.map((x) => Math.round(x * skala));
  lv[3] += n - lv.reduce((s, x) => s + x, 0);
  return {
    tahap,
    langkah_persiapan: r.langkahSelesai,
    kegiatan_terlaksana: kegiatan,
    indeks: { nilai, bawah: nilai - 1.96 * se, atas: nilai + 1.96 * se, n, N, level: lv },
  };
}

async function tulisPegawai(
  db: Db,
  instansiId: string,
  r: RencanaInstansi,
  nip: ReturnType<typeof buatPembangkitNip>,
) {
  const unit = rencanaUnit(r.jumlahPegawai, r.benih);
  const id = await simpanUnit(
    db,
    instansiId,
    unit.map((u) => ({ kode: u.kode, nama: u.nama, eselon: u.eselon, indukKode: u.kodeInduk })),
  );
  const a = new Acak(r.benih);
  const kol = {
    nip: [] as string[],
    nama: [] as string[],
    unit: [] as string[],
    jk: [] as string[],
    lahir: [] as string[],
    tmt: [] as string[],
  };
  const kirim = async () => {
    if (kol.nip.length === 0) return;
    await sql`
      insert into pegawai (instansi_id, nip, nama, unit_id, jenis_kelamin, tanggal_lahir, tmt_cpns)
      select ${instansiId}::uuid, x.nip, x.nama, x.unit::uuid, x.jk, x.lahir::date, x.tmt::date
      from unnest(${kol.nip}::text[], ${kol.nama}::text[], ${kol.unit}::text[], ${kol.jk}::text[],
        ${kol.lahir}::text[], ${kol.tmt}::text[]) as x(nip, nama, unit, jk, lahir, tmt)`.execute(db);
    for (const k of Object.values(kol)) k.length = 0;
  };
  for (const u of unit) {
    const unitId = id.get(u.kode) as string;
    for (let i = 0; i < u.jumlahPegawai; i++) {
      const p = nip.berikut();
      const jk = p.jenisKelamin;
      kol.nip.push(p.nip);
      kol.nama.push(namaAcak(a, jk));
      kol.unit.push(unitId);
      kol.jk.push(jk);
      kol.lahir.push(p.tanggalLahir);
      kol.tmt.push(p.tmtCpns);
      if (kol.nip.length >= BATCH) await kirim();
    }
  }
  await kirim();
  return unit.length;
}

/** Loads the plan; returns what it wrote (agencies already there are skipped). */
export async function muatNasionalSintetis(db: Db, o: OpsiNasional) {
  const rencana = rencanaNasional({ instansi: o.instansi, pegawai: o.pegawai, benih: o.benih });
  const nip = buatPembangkitNip(o.benih);
  const ada = new Set(
    (await db.selectFrom("instansi").select("kode").where("kode", "like", "S-%").execute()).map(
      (r) => r.kode,
    ),
  );
  let selesai = 0;
  let pegawai = 0;
  let dilewati = 0;
  for (const r of rencana) {
    if (ada.has(r.kode)) {
      if (o.denganPegawai !== false) for (let i = 0; i < r.jumlahPegawai; i++) nip.berikut();
      dilewati++;
    } else {
      await db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto("instansi")
          .values({
            kode: r.kode,
            nama: r.nama,
            jenis: r.jenis,
            provinsi: r.provinsi,
            kode_wilayah: r.kodeWilayah,
            zona_waktu: r.zonaWaktu,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        if (o.denganPegawai !== false) {
          await tulisPegawai(trx, id, r, nip);
          pegawai += r.jumlahPegawai;
        }
        const f = figurModel(r);
        const nilai = {
          basi: false,
          tahap: f.tahap,
          langkah_persiapan: f.langkah_persiapan,
          kegiatan_terlaksana: f.kegiatan_terlaksana,
          indeks_nilai: f.indeks?.nilai ?? null,
          indeks_bawah: f.indeks?.bawah ?? null,
          indeks_atas: f.indeks?.atas ?? null,
          n: f.indeks?.n ?? null,
          jumlah_pegawai: f.indeks ? f.indeks.N : r.jumlahPegawai,
          level: f.indeks?.level ?? null,
          dirilis: f.indeks ? new Date() : null,
        };
        await trx
          .insertInto("ringkasan_instansi")
          .values({ instansi_id: id, ...nilai })
          .onConflict((oc) => oc.column("instansi_id").doUpdateSet(nilai))
          .execute();
      });
    }
    selesai++;
    o.progres?.({ selesai, total: rencana.length, pegawai, dilewati });
  }
  return { instansi: rencana.length - dilewati, dilewati, pegawai };
}
