/**
 * The status view of a cycle: where the agency stands (domain `posisiSiklus`),
 * each step's recorded output, the declaration's signatory count, the SMART
 * targets measured on the cycle's linked, released assessment (domain `capaianTarget`),
 * and planned vs carried-out activities per main activity (Tabel 4).
 */
import {
  type BuktiPeriksa,
  type CapaianTarget,
  capaianSubtahap,
  capaianTarget,
  hitungPenandatangan,
  type JenisBukti,
  jumlahPegawai,
  KODE_KEGIATAN_UTAMA,
  type KodeKegiatanUtama,
  LEVEL_KEMATANGAN,
  type PetaLevel,
  posisiSiklus,
  type TargetSmart,
} from "@nurani/domain";
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import { capaianKriteriaPegawai } from "../rencana/index.ts";
import {
  bacaKampanye,
  kampanyeSiklus,
  kampanyeUkur,
  petaKampanyeSumber,
  type SiklusTersimpan,
  tanggalDi,
} from "./fakta.ts";

export interface CapaianTargetTampil {
  target: TargetSmart;
  capaian: CapaianTarget | null;
}

/** Targets of the recorded action plan measured on the cycle's measuring campaign (`kampanyeUkur`). */
export async function capaianRencanaAksi(db: Db, s: SiklusTersimpan) {
  const rencana = s.fakta.persiapan.rencana_aksi;
  if (!rencana) return { kampanye: null, target: [] as CapaianTargetTampil[] };
  const k = kampanyeUkur(await kampanyeSiklus(db, s));
  const ukur = k ? await petaKampanyeSumber(db, s.instansiId, k.id) : null;
  const peta: PetaLevel | null = ukur?.peta ?? null;
  return {
    kampanye: k
      ? { id: k.id, nama: k.nama, dirilis: k.hasilDirilis ? tanggalDi(k.hasilDirilis, s.zona) : null }
      : null,
    /** Where non-test evidence exists the level counted is the final level: its sources (null: test only, or under k). */
    sumberLevel: ukur?.sumberLevel ?? null,
    target: rencana.target.map((t) => ({
      target: t,
      capaian: peta ? capaianTarget(t, peta, s.hariIni) : null,
    })),
  };
}

async function kampanyeTampil(db: Db, s: SiklusTersimpan) {
  const tertaut = await kampanyeSiklus(db, s);
  const ukur = kampanyeUkur(tertaut);
  return tertaut.map((k) => ({
    id: k.id,
    nama: k.nama,
    sebagai: k.sebagai,
    dirilis: k.hasilDirilis ? tanggalDi(k.hasilDirilis, s.zona) : null,
    ukur: k.id === ukur?.id,
  }));
}

/** Planned activities and executions per main activity. */
export async function rekapKegiatan(db: Db, instansiId: string, siklusId: string) {
  const rencana = await db
    .selectFrom("kegiatan_program")
    .select(["kegiatan_utama", sql<number>`count(*)::int`.as("n")])
    .where("instansi_id", "=", instansiId)
    .where("siklus_id", "=", siklusId)
    .groupBy("kegiatan_utama")
    .execute();
  const terlaksana = await db
    .selectFrom("kegiatan_program as k")
    .innerJoin("pelaksanaan_kegiatan as p", (j) =>
      j.onRef("p.instansi_id", "=", "k.instansi_id").onRef("p.kegiatan_id", "=", "k.id"),
    )
    .select([
      "k.kegiatan_utama",
      sql<number>`count(distinct k.id)::int`.as("kegiatan"),
      sql<number>`count(*)::int`.as("pelaksanaan"),
      sql<number>`coalesce(sum(p.jumlah_peserta), 0)::int`.as("peserta"),
    ])
    .where("k.instansi_id", "=", instansiId)
    .where("k.siklus_id", "=", siklusId)
    .groupBy("k.kegiatan_utama")
    .execute();
  return KODE_KEGIATAN_UTAMA.map((kode: KodeKegiatanUtama) => {
    const r = rencana.find((x) => x.kegiatan_utama === kode);
    const t = terlaksana.find((x) => x.kegiatan_utama === kode);
    return {
      kegiatanUtama: kode,
      direncanakan: Number(r?.n ?? 0),
      kegiatanTerlaksana: Number(t?.kegiatan ?? 0),
      pelaksanaan: Number(t?.pelaksanaan ?? 0),
      peserta: Number(t?.peserta ?? 0),
    };
  });
}

/** Step outputs as shown: the initial map reduced to totals (per-unit counts are not shown here). */
async function keluaranTampil(db: Db, s: SiklusTersimpan) {
  const p = s.fakta.persiapan;
  const aw = p.asesmen_awal;
  const kampanyeAwal = aw ? await bacaKampanye(db, s.instansiId, aw.kampanyeId) : undefined;
  return {
    pembentukan_tim: p.pembentukan_tim ?? null,
    deklarasi_komitmen: p.deklarasi_komitmen
      ? { ...p.deklarasi_komitmen, jumlahPenandatangan: hitungPenandatangan(p.deklarasi_komitmen) }
      : null,
    asesmen_awal: aw
      ? {
          kampanyeId: aw.kampanyeId,
          kampanyeNama: kampanyeAwal?.nama ?? null,
          dirilis: aw.dirilis ?? null,
          jumlahUnit: aw.peta.length,
          jumlahPegawai: aw.peta.reduce((n, u) => n + jumlahPegawai(u), 0),
        }
      : null,
    rencana_aksi: p.rencana_aksi ?? null,
    rencana_pelatihan: p.rencana_pelatihan ?? null,
    agen_perubahan: p.agen_perubahan ?? null,
  };
}

/** Display names ("name — unit") of the employees the outputs name (team, nominees), for the forms. */
async function namaPegawai(db: Db, s: SiklusTersimpan): Promise<Record<string, string>> {
  const p = s.fakta.persiapan;
  const ids = [
    ...(p.pembentukan_tim?.anggota.map((a) => a.pegawaiId) ?? []),
    ...(p.agen_perubahan?.nominasi.map((n) => n.pegawaiId) ?? []),
  ];
  if (ids.length === 0) return {};
  const rows = await db
    .selectFrom("pegawai as p")
    .leftJoin("unit_kerja as u", (j) =>
      j.onRef("u.instansi_id", "=", "p.instansi_id").onRef("u.id", "=", "p.unit_id"),
    )
    .select(["p.id", "p.nama", "u.nama as unit"])
    .where("p.instansi_id", "=", s.instansiId)
    .where("p.id", "in", [...new Set(ids)])
    .execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.unit ? `${r.nama} — ${r.unit}` : r.nama]));
}

export async function statusSiklus(db: Db, s: SiklusTersimpan) {
  const posisi = posisiSiklus(s.fakta, s.hariIni);
  const kampanyeAkhir = s.kampanyeAkhirId
    ? await bacaKampanye(db, s.instansiId, s.kampanyeAkhirId)
    : undefined;
  return {
    id: s.id,
    nama: s.nama,
    konfigurasi: s.konfigurasi,
    hariIni: s.hariIni,
    posisi,
    keluaran: await keluaranTampil(db, s),
    draf: s.draf,
    dicatat: Object.fromEntries(Object.entries(s.dicatat).map(([k, v]) => [k, v?.toISOString()])),
    kampanyeAkhir: kampanyeAkhir
      ? {
          id: kampanyeAkhir.id,
          nama: kampanyeAkhir.nama,
          dirilis: kampanyeAkhir.hasilDirilis ? tanggalDi(kampanyeAkhir.hasilDirilis, s.zona) : null,
        }
      : null,
    /** Campaigns linked to the cycle on purpose; `ukur` is the one progress is measured on. */
    kampanyeTertaut: await kampanyeTampil(db, s),
    kegiatan: await rekapKegiatan(db, s.instansiId, s.id),
    target: await capaianRencanaAksi(db, s),
    namaPegawai: await namaPegawai(db, s),
  };
}

/**
 * A cycle's checklist evidence with its files' names, and the items verified: what domain
 * `capaianSubtahap` reads (`bp`, `sudah`). The checklist page and the worksheet's source share it.
 */
export async function buktiDaftarPeriksa(db: Db, instansiId: string, siklusId: string) {
  const bukti = await db
    .selectFrom("bukti_daftar_periksa as b")
    .innerJoin("berkas_program as f", (j) =>
      j.onRef("f.instansi_id", "=", "b.instansi_id").onRef("f.id", "=", "b.berkas_id"),
    )
    .select(["b.kode_item", "b.jenis", "b.berkas_id", "f.nama"])
    .where("b.instansi_id", "=", instansiId)
    .where("b.siklus_id", "=", siklusId)
    .execute();
  const verif = await db
    .selectFrom("verifikasi_daftar_periksa")
    .select("kode_item")
    .where("instansi_id", "=", instansiId)
    .where("siklus_id", "=", siklusId)
    .execute();
  const bp: BuktiPeriksa[] = bukti.map((b) => ({
    kodeItem: b.kode_item,
    jenis: b.jenis as JenisBukti,
    berkasId: b.berkas_id,
  }));
  return { bukti, bp, sudah: new Set(verif.map((v) => v.kode_item)) };
}

/** The four sub-stage checklists (BAB III.B.2 a–d) with their evidence (domain `capaianSubtahap`). */
export async function daftarPeriksa(db: Db, instansiId: string, siklusId: string) {
  const { bukti, bp, sudah } = await buktiDaftarPeriksa(db, instansiId, siklusId);
  const perOrang = await capaianKriteriaPegawai(db, instansiId);
  return LEVEL_KEMATANGAN.map((l) => {
    const c = capaianSubtahap(l, bp, sudah);
    return {
      ...c,
      item: c.item.map((it) => ({
        ...it,
        // the per-person criteria (fitur/rencana): share of active employees confirmed as meeting it
        pegawai: perOrang(it.kode),
        bukti: bukti
          .filter((b) => b.kode_item === it.kode)
          .map((b) => ({ berkasId: b.berkas_id, nama: b.nama, jenis: b.jenis })),
      })),
    };
  });
}
