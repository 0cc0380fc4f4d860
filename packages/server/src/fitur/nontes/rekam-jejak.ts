/**
 * Track record (BAB III.B.3.b angka 1; docs/nontes.md): the employee's
 * structured reflection, the entries from the work environment and
 * monitoring/supervisory bodies, and the rubric's level per factor
 * (`levelRekamJejak`). `catatEntriRekamJejak` is the one way entries are
 * written — by hand from the team's page now, by the discipline,
 * gratification and LHKASN registers later (their own `asal`, an idempotent
 * `rujukan`).
 */
import {
  type EntriRekamJejak,
  JENDELA_TAHUN,
  KODE_FAKTOR,
  type KodeFaktor,
  type LevelFaktorRekamJejak,
  type LevelKematangan,
  levelRekamJejak,
  levelRekamJejakTotal,
  PROMPT_REFLEKSI,
  type RincianRekamJejak,
  type SumberRekamJejak,
} from "@nurani/domain";
import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { tidakDitemukan } from "../../http/errors.ts";
import { isoWaktu, isoWaktuAtauNull } from "../../umum/tanggal.ts";
import type { SkemaBerkasRekamJejak } from "./skema-lanjut.ts";

type Db = Kysely<Database> | Transaction<Database>;
const json = <T>(x: unknown): T => (typeof x === "string" ? JSON.parse(x) : x) as T;

export interface MasukanEntri {
  pegawaiId: string;
  rincian: RincianRekamJejak;
  sumber: SumberRekamJejak;
  tanggal: string;
  keterangan?: string | null;
  buktiTautan?: string | null;
  /** `manual` for the team's page; a register's name when it feeds entries. */
  asal?: string;
  /** The register's own id of the record: writing it twice keeps one entry. */
  rujukan?: string | null;
}

/** Writes one entry (idempotent on `asal` + `rujukan`); returns its id. */
export async function catatEntriRekamJejak(
  db: Db,
  instansiId: string,
  m: MasukanEntri,
  olehPenggunaId: string | null,
): Promise<string> {
  const p = await db
    .selectFrom("pegawai")
    .select("id")
    .where("instansi_id", "=", instansiId)
    .where("id", "=", m.pegawaiId)
    .executeTakeFirst();
  if (!p) throw tidakDitemukan();
  const nilai = {
    instansi_id: instansiId,
    pegawai_id: m.pegawaiId,
    jenis: m.rincian.jenis,
    sumber: m.sumber,
    rincian: JSON.stringify(m.rincian),
    tanggal: m.tanggal,
    keterangan: m.keterangan ?? null,
    bukti_tautan: m.buktiTautan ?? null,
    asal: m.asal ?? "manual",
    rujukan: m.rujukan ?? null,
    dicatat_oleh: olehPenggunaId,
  };
  const r = await db
    .insertInto("entri_rekam_jejak")
    .values(nilai)
    .onConflict((oc) =>
      oc.columns(["instansi_id", "asal", "rujukan"]).doUpdateSet({
        rincian: nilai.rincian,
        jenis: nilai.jenis,
        sumber: nilai.sumber,
        tanggal: nilai.tanggal,
        keterangan: nilai.keterangan,
        bukti_tautan: nilai.bukti_tautan,
      }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

/** The rubric's levels of many employees at once (the correction job). */
export async function levelRekamJejakBanyak(
  db: Db,
  instansiId: string,
  pegawaiIds: readonly string[],
  acuan: string,
): Promise<Map<string, LevelFaktorRekamJejak[]>> {
  const out = new Map<string, LevelFaktorRekamJejak[]>();
  if (pegawaiIds.length === 0) return out;
  const refleksi = new Map<string, Partial<Record<KodeFaktor, LevelKematangan>>>();
  const entri = new Map<string, EntriRekamJejak[]>();
  for (let i = 0; i < pegawaiIds.length; i += 1000) {
    const ids = pegawaiIds.slice(i, i + 1000);
    for (const r of await db
      .selectFrom("refleksi_rekam_jejak")
      .select(["pegawai_id", "faktor", "level_dinilai"])
      .where("instansi_id", "=", instansiId)
      .where("pegawai_id", "in", ids)
      .where("level_dinilai", "is not", null)
      .execute()) {
      const m = refleksi.get(r.pegawai_id) ?? {};
      m[r.faktor] = r.level_dinilai as LevelKematangan;
      refleksi.set(r.pegawai_id, m);
    }
    for (const r of await db
      .selectFrom("entri_rekam_jejak")
      .select(["id", "pegawai_id", "rincian", "sumber", "tanggal"])
      .where("instansi_id", "=", instansiId)
      .where("pegawai_id", "in", ids)
      .execute()) {
      const a = entri.get(r.pegawai_id) ?? [];
      a.push({
        id: r.id,
        rincian: json<RincianRekamJejak>(r.rincian),
        sumber: r.sumber as SumberRekamJejak,
        tanggal: String(r.tanggal).slice(0, 10),
      });
      entri.set(r.pegawai_id, a);
    }
  }
  for (const id of new Set([...refleksi.keys(), ...entri.keys()]))
    out.set(id, levelRekamJejak(refleksi.get(id) ?? {}, entri.get(id) ?? [], acuan));
  return out;
}

/** One employee's file: reflection per factor (prompts with answers), entries, and the rubric with its rules. */
export async function berkasRekamJejak(
  db: Db,
  instansiId: string,
  pegawaiId: string,
  acuan: string,
): Promise<z.input<typeof SkemaBerkasRekamJejak>> {
  const p = await db
    .selectFrom("pegawai")
    .select(["id", "nama"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", pegawaiId)
    .executeTakeFirst();
  if (!p) throw tidakDitemukan();
  const refl = await db
    .selectFrom("refleksi_rekam_jejak")
    .selectAll()
    .where("instansi_id", "=", instansiId)
    .where("pegawai_id", "=", pegawaiId)
    .execute();
  const entri = await db
    .selectFrom("entri_rekam_jejak as e")
    .leftJoin("pengguna as u", "u.id", "e.dicatat_oleh")
    .select([
      "e.id",
      "e.jenis",
      "e.rincian",
      "e.sumber",
      "e.tanggal",
      "e.keterangan",
      "e.bukti_tautan",
      "e.bukti_nama",
      "e.asal",
      "e.dicatat",
      "u.nama as oleh",
    ])
    .where("e.instansi_id", "=", instansiId)
    .where("e.pegawai_id", "=", pegawaiId)
    .orderBy("e.tanggal", "desc")
    .orderBy("e.id")
    .execute();
  const entriDomain: EntriRekamJejak[] = entri.map((e) => ({
    id: e.id,
    rincian: json<RincianRekamJejak>(e.rincian),
    sumber: e.sumber as SumberRekamJejak,
    tanggal: String(e.tanggal).slice(0, 10),
  }));
  const dinilai = Object.fromEntries(
    refl.filter((r) => r.level_dinilai !== null).map((r) => [r.faktor, r.level_dinilai as LevelKematangan]),
  );
  const rubrik = levelRekamJejak(dinilai, entriDomain, acuan);
  return {
    pegawai: p,
    acuan,
    jendelaTahun: JENDELA_TAHUN,
    refleksi: KODE_FAKTOR.map((kf) => {
      const r = refl.find((x) => x.faktor === kf);
      const jawaban = r ? json<Record<string, string>>(r.jawaban) : {};
      return {
        faktor: kf,
        prompt: PROMPT_REFLEKSI[kf].map((q) => ({ ...q, jawaban: jawaban[q.kode] ?? "" })),
        diubah: r ? isoWaktu(r.diubah) : null,
        levelDinilai: r?.level_dinilai ?? null,
        dinilai: isoWaktuAtauNull(r?.dinilai),
      };
    }),
    entri: entri.map((e, i) => ({
      id: e.id,
      jenis: e.jenis as RincianRekamJejak["jenis"],
      rincian: entriDomain[i].rincian,
      sumber: e.sumber as SumberRekamJejak,
      tanggal: entriDomain[i].tanggal,
      keterangan: e.keterangan,
      buktiTautan: e.bukti_tautan,
      buktiBerkas: e.bukti_nama,
      asal: e.asal,
      dicatatOleh: e.oleh,
      dicatat: isoWaktu(e.dicatat),
    })),
    rubrik,
    level: levelRekamJejakTotal(rubrik),
  };
}

/** The employee writes their reflection on one factor; a changed text must be read again. */
export async function simpanRefleksi(
  db: Db,
  instansiId: string,
  pegawaiId: string,
  faktor: KodeFaktor,
  jawaban: Record<string, string>,
) {
  const kode = new Set(PROMPT_REFLEKSI[faktor].map((q) => q.kode));
  const isi = Object.fromEntries(Object.entries(jawaban).filter(([k]) => kode.has(k)));
  const now = new Date();
  await db
    .insertInto("refleksi_rekam_jejak")
    .values({
      instansi_id: instansiId,
      pegawai_id: pegawaiId,
      faktor,
      jawaban: JSON.stringify(isi),
      diubah: now,
    })
    .onConflict((oc) =>
      oc.columns(["instansi_id", "pegawai_id", "faktor"]).doUpdateSet({
        jawaban: JSON.stringify(isi),
        diubah: now,
        level_dinilai: null,
        dinilai_oleh: null,
        dinilai: null,
      }),
    )
    .execute();
}

/** The team reads a factor's reflection against the levels of BAB II.D (null clears the reading). */
export async function nilaiRefleksi(
  db: Db,
  instansiId: string,
  pegawaiId: string,
  faktor: KodeFaktor,
  level: number | null,
  olehPenggunaId: string | null,
) {
  const r = await db
    .updateTable("refleksi_rekam_jejak")
    .set({
      level_dinilai: level,
      dinilai_oleh: level ? olehPenggunaId : null,
      dinilai: level ? new Date() : null,
    })
    .where("instansi_id", "=", instansiId)
    .where("pegawai_id", "=", pegawaiId)
    .where("faktor", "=", faktor)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw tidakDitemukan();
}
