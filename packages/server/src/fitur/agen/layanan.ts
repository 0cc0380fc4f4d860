/**
 * The change-agent lifecycle's operations and rules (docs/agen-perubahan.md;
 * Tabel 2 I.1–2, Tabel 3 no. 6). Appointment goes through the decree
 * mechanism of `fitur/peran-sk` (`terapkanSk`), which grants the role.
 */
import { cakupanAgen, nilaiPenilaianAgen, periksaInstrumen } from "@nurani/domain";
import type { z } from "zod";
import type { Db } from "../../db/factory.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { terapkanSk } from "../peran-sk/index.ts";
import { agenBerlaku, bacaAturan, bacaInstrumen, bacaSiklus, hitungPerUnit } from "./kueri.ts";
import type { BodyInstrumen, BodyPenilaian } from "./skema.ts";

type Teks = { id: string; en: string };
const galat = (status: number, kode: string, pesan: Teks, details?: unknown) =>
  new GalatApi(status, kode, { pesan, details });

/** The cycle (404 when absent); `terbuka` refuses a closed one. */
export async function siklusAda(db: Db, instansiId: string, siklusId: string, o: { terbuka?: boolean } = {}) {
  const s = await bacaSiklus(db, instansiId, siklusId);
  if (!s) throw tidakDitemukan();
  if (o.terbuka && s.ditutup)
    throw galat(409, "SIKLUS_DITUTUP", {
      id: "Siklus program sudah ditutup; tidak ada perubahan yang diterima.",
      en: "The programme cycle is closed; no change is accepted.",
    });
  return s;
}

export function wajibPegawaiSaya(pegawaiId: string | null): string {
  if (!pegawaiId)
    throw galat(403, "PENGGUNA_TANPA_PEGAWAI", {
      id: "Akun Anda belum tertaut ke data pegawai instansi ini; minta admin instansi menautkannya.",
      en: "Your account is not linked to an employee record of this agency; ask the agency admin to link it.",
    });
  return pegawaiId;
}

async function pegawaiAktif(db: Db, instansiId: string, pegawaiId: string) {
  const p = await db
    .selectFrom("pegawai")
    .select(["id", "unit_id", "aktif"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", pegawaiId)
    .executeTakeFirst();
  if (!p?.aktif)
    throw galat(400, "PEGAWAI_TIDAK_DIKENAL", {
      id: "Pegawai tidak ditemukan atau tidak aktif di instansi ini.",
      en: "The employee is not found or not active in this agency.",
    });
  return p;
}

export async function terbitkanAturan(
  db: Db,
  o: {
    instansiId: string;
    siklusId: string;
    kriteria: string[];
    minPegawai: number;
    minAgen: number;
    oleh: string | null;
  },
) {
  const nilai = {
    kriteria: JSON.stringify(o.kriteria),
    min_pegawai: o.minPegawai,
    min_agen: o.minAgen,
    diterbitkan: new Date(),
    diterbitkan_oleh: o.oleh,
  };
  await db
    .insertInto("aturan_agen")
    .values({ instansi_id: o.instansiId, siklus_id: o.siklusId, ...nilai })
    .onConflict((oc) => oc.columns(["instansi_id", "siklus_id"]).doUpdateSet(nilai))
    .execute();
}

/** A nomination against the published criteria: of myself, or of another employee. */
export async function ajukanNominasi(
  db: Db,
  o: { instansiId: string; siklusId: string; pengusul: string; pegawaiId: string; alasan: string },
) {
  if (!(await bacaAturan(db, o.instansiId, o.siklusId)))
    throw galat(409, "KRITERIA_BELUM_TERBIT", {
      id: "Kriteria seleksi agen perubahan siklus ini belum diterbitkan Tim Supervisi.",
      en: "The supervision team has not published this cycle's change-agent selection criteria yet.",
    });
  const p = await pegawaiAktif(db, o.instansiId, o.pegawaiId);
  const r = await db
    .insertInto("nominasi_agen")
    .values({
      instansi_id: o.instansiId,
      siklus_id: o.siklusId,
      pegawai_id: o.pegawaiId,
      unit_id: p.unit_id,
      mandiri: o.pengusul === o.pegawaiId,
      pengusul_pegawai_id: o.pengusul,
      alasan: o.alasan,
    })
    .onConflict((oc) => oc.columns(["instansi_id", "siklus_id", "pegawai_id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!r)
    throw galat(409, "SUDAH_DINOMINASIKAN", {
      id: "Pegawai ini sudah dinominasikan pada siklus ini.",
      en: "This employee is already nominated in this cycle.",
    });
  return r.id;
}

/** The supervision team's selection decision (not on one's own nomination; not after appointment). */
export async function putuskanNominasi(
  db: Db,
  o: {
    instansiId: string;
    id: string;
    keputusan: "terpilih" | "tidak_terpilih";
    catatan?: string;
    oleh: string;
    pegawaiSaya: string | null;
  },
) {
  const n = await db
    .selectFrom("nominasi_agen")
    .select(["siklus_id", "pegawai_id", "status"])
    .where("instansi_id", "=", o.instansiId)
    .where("id", "=", o.id)
    .executeTakeFirst();
  if (!n) throw tidakDitemukan();
  await siklusAda(db, o.instansiId, n.siklus_id, { terbuka: true });
  if (n.pegawai_id === o.pegawaiSaya)
    throw galat(403, "KONFLIK_KEPENTINGAN", {
      id: "Anda tidak dapat memutuskan nominasi Anda sendiri.",
      en: "You cannot decide on your own nomination.",
    });
  if ((await agenBerlaku(db, o.instansiId, n.siklus_id, n.pegawai_id)).length > 0)
    throw galat(409, "SUDAH_DITETAPKAN", {
      id: "Agen ini sudah ditetapkan dengan SK; cabut SK lebih dulu untuk mengubah keputusan.",
      en: "This agent is already appointed by decree; revoke the decree first to change the decision.",
    });
  await db
    .updateTable("nominasi_agen")
    .set({
      status: o.keputusan,
      catatan_seleksi: o.catatan ?? null,
      diseleksi_oleh: o.oleh,
      diseleksi: new Date(),
    })
    .where("instansi_id", "=", o.instansiId)
    .where("id", "=", o.id)
    .execute();
  return n.siklus_id;
}

/**
 * Appointment by the leader's decree (Tabel 3 no. 6 "ditetapkan oleh pimpinan"):
 * every selected nominee (and those already appointed) is named in the decree,
 * which `terapkanSk` puts in force and which grants `agen_perubahan`.
 */
export async function tetapkanAgen(
  db: Db,
  o: { instansiId: string; siklusId: string; nomorSk: string; tanggalSk: string; oleh: string | null },
) {
  const rows = await db
    .selectFrom("nominasi_agen")
    .select("pegawai_id")
    .where("instansi_id", "=", o.instansiId)
    .where("siklus_id", "=", o.siklusId)
    .where("status", "in", ["terpilih", "ditetapkan"])
    .execute();
  // agents a decree of this cycle already appoints (also one recorded in preparation step 6) stay named
  const berlaku = await agenBerlaku(db, o.instansiId, o.siklusId);
  if (rows.length === 0)
    throw galat(409, "BELUM_ADA_TERPILIH", {
      id: "Belum ada nominasi yang terpilih oleh Tim Supervisi.",
      en: "No nomination has been selected by the supervision team yet.",
    });
  const pegawaiIds = [...new Set([...berlaku, ...rows.map((r) => r.pegawai_id)])];
  const { tanpaAkun } = await terapkanSk(db, {
    instansiId: o.instansiId,
    siklusId: o.siklusId,
    langkah: "agen_perubahan",
    nomor: o.nomorSk,
    tanggal: o.tanggalSk,
    pegawaiIds,
    oleh: o.oleh,
  });
  await db
    .updateTable("nominasi_agen")
    .set({ status: "ditetapkan", nomor_sk: o.nomorSk })
    .where("instansi_id", "=", o.instansiId)
    .where("siklus_id", "=", o.siklusId)
    .where("pegawai_id", "in", pegawaiIds)
    .execute();
  return { ditetapkan: pegawaiIds.length, tanpaAkun };
}

export async function simpanInstrumen(
  db: Db,
  o: {
    instansiId: string;
    siklusId: string;
    kriteria: z.output<typeof BodyInstrumen>["kriteria"];
    oleh: string | null;
  },
) {
  const g = periksaInstrumen(o.kriteria);
  if (g.length > 0) throw galat(400, g[0].kode, g[0].pesan, g);
  const lama = await bacaInstrumen(db, o.instansiId, o.siklusId);
  if (lama?.terkunci)
    throw galat(409, "INSTRUMEN_TERKUNCI", {
      id: "Instrumen sudah dipakai untuk menilai agen; instrumen tidak dapat diubah lagi pada siklus ini.",
      en: "The instrument has been used to assess agents; it can no longer change in this cycle.",
    });
  const nilai = { kriteria: JSON.stringify(o.kriteria), disusun_oleh: o.oleh, diubah: new Date() };
  await db
    .insertInto("instrumen_agen")
    .values({ instansi_id: o.instansiId, siklus_id: o.siklusId, ...nilai })
    .onConflict((oc) => oc.columns(["instansi_id", "siklus_id"]).doUpdateSet(nilai))
    .execute();
}

/** A periodic assessment of an appointed agent on the team's instrument, with evidence per criterion. */
export async function nilaiAgen(
  db: Db,
  o: {
    instansiId: string;
    siklusId: string;
    body: z.output<typeof BodyPenilaian>;
    oleh: string;
    pegawaiSaya: string | null;
  },
) {
  const ins = await bacaInstrumen(db, o.instansiId, o.siklusId);
  if (!ins)
    throw galat(409, "INSTRUMEN_BELUM_ADA", {
      id: "Susun instrumen penilaian agen perubahan lebih dulu (Tabel 2 I.2 (i)).",
      en: "Build the change-agent assessment instrument first (Tabel 2 I.2 (i)).",
    });
  const b = o.body;
  if (b.pegawaiId === o.pegawaiSaya)
    throw galat(403, "KONFLIK_KEPENTINGAN", {
      id: "Anda tidak dapat menilai diri sendiri.",
      en: "You cannot assess yourself.",
    });
  if ((await agenBerlaku(db, o.instansiId, o.siklusId, b.pegawaiId)).length === 0)
    throw galat(409, "BUKAN_AGEN_SIKLUS", {
      id: "Pegawai ini bukan agen perubahan yang ditetapkan pada siklus ini.",
      en: "This employee is not an appointed change agent of this cycle.",
    });
  const h = nilaiPenilaianAgen(ins.kriteria, b.skor);
  if (!h.ok) throw galat(400, h.galat[0].kode, h.galat[0].pesan, h.galat);
  const isi = { skor: JSON.stringify(b.skor), nilai: h.nilai, catatan: b.catatan ?? null, penilai: o.oleh };
  const r = await db
    .insertInto("penilaian_agen")
    .values({
      instansi_id: o.instansiId,
      siklus_id: o.siklusId,
      pegawai_id: b.pegawaiId,
      periode: b.periode,
      ...isi,
    })
    .onConflict((oc) =>
      oc
        .columns(["instansi_id", "siklus_id", "pegawai_id", "periode"])
        .doUpdateSet({ ...isi, dinilai: new Date() }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function cakupan(db: Db, instansiId: string, siklusId: string) {
  const a = await bacaAturan(db, instansiId, siklusId);
  const aturan = { minPegawai: a?.minPegawai ?? 20, minAgen: a?.minAgen ?? 1 };
  const unit = await hitungPerUnit(db, instansiId, siklusId);
  const nama = new Map(unit.map((u) => [u.unitId, u.nama]));
  const h = cakupanAgen(unit, aturan);
  return { aturan, ...h, unit: h.unit.map((u) => ({ ...u, nama: nama.get(u.unitId) ?? "" })) };
}

/** Links an agent's own Renaksi to the cycle and the cycle's SMART targets (Tabel 3 no. 4 codes). */
export async function tautkanRenaksi(
  db: Db,
  o: { instansiId: string; siklusId: string; renaksiId: string; targetKode: string[]; saya: string },
) {
  const r = await db
    .selectFrom("renaksi")
    .select("agen_id")
    .where("instansi_id", "=", o.instansiId)
    .where("id", "=", o.renaksiId)
    .executeTakeFirst();
  if (!r) throw tidakDitemukan();
  if (r.agen_id !== o.saya)
    throw galat(403, "AKSES_DITOLAK", {
      id: "Hanya agen perubahan pemilik rencana aksi ini yang dapat menautkannya.",
      en: "Only the change agent who owns this action plan can link it.",
    });
  if ((await agenBerlaku(db, o.instansiId, o.siklusId, o.saya)).length === 0)
    throw galat(409, "BUKAN_AGEN_SIKLUS", {
      id: "Anda bukan agen perubahan yang ditetapkan pada siklus ini.",
      en: "You are not an appointed change agent of this cycle.",
    });
  const langkah = await db
    .selectFrom("langkah_persiapan")
    .select("isi")
    .where("instansi_id", "=", o.instansiId)
    .where("siklus_id", "=", o.siklusId)
    .where("langkah", "=", "rencana_aksi")
    .executeTakeFirst();
  const dikenal = new Set(
    ((langkah?.isi as { target?: { kode: string }[] } | null)?.target ?? []).map((t) => t.kode),
  );
  const asing = o.targetKode.filter((k) => !dikenal.has(k));
  if (asing.length > 0)
    throw galat(400, "TARGET_TIDAK_DIKENAL", {
      id: `Target berikut tidak ada di Rencana Aksi siklus ini: ${asing.join(", ")}.`,
      en: `These targets are not in this cycle's action plan: ${asing.join(", ")}.`,
    });
  const nilai = { siklus_id: o.siklusId, target_kode: JSON.stringify([...new Set(o.targetKode)]) };
  await db
    .insertInto("renaksi_siklus")
    .values({ instansi_id: o.instansiId, renaksi_id: o.renaksiId, ...nilai })
    .onConflict((oc) => oc.columns(["instansi_id", "renaksi_id"]).doUpdateSet(nilai))
    .execute();
}

/** An innovation recorded by a leader or an appointed agent (Tabel 2 I success indicator). */
export async function catatInovasi(
  db: Db,
  o: {
    instansiId: string;
    pegawaiId: string;
    siklusId: string | null;
    sebagai: "pimpinan" | "agen_perubahan";
    judul: string;
    uraian: string;
    dampak: string | null;
    tanggal: string;
    oleh: string | null;
  },
) {
  await pegawaiAktif(db, o.instansiId, o.pegawaiId);
  if (o.siklusId) await siklusAda(db, o.instansiId, o.siklusId);
  if (o.sebagai === "agen_perubahan") {
    const n = await db
      .selectFrom("peran_sk")
      .select("pegawai_id")
      .where("instansi_id", "=", o.instansiId)
      .where("pegawai_id", "=", o.pegawaiId)
      .where("langkah", "=", "agen_perubahan")
      .$if(o.siklusId !== null, (q) => q.where("siklus_id", "=", o.siklusId as string))
      .executeTakeFirst();
    if (!n)
      throw galat(409, "BUKAN_AGEN_SIKLUS", {
        id: "Inovasi 'sebagai agen perubahan' hanya untuk agen yang ditetapkan dengan SK yang berlaku.",
        en: "An innovation 'as change agent' is only for an appointed agent.",
      });
  }
  const r = await db
    .insertInto("inovasi")
    .values({
      instansi_id: o.instansiId,
      siklus_id: o.siklusId,
      pegawai_id: o.pegawaiId,
      sebagai: o.sebagai,
      judul: o.judul,
      uraian: o.uraian,
      dampak: o.dampak,
      tanggal: o.tanggal,
      dicatat_oleh: o.oleh,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}
