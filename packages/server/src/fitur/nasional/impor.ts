/**
 * Bulk import of the register (docs/nasional.md § 1 "Bulk
 * import"): an agency file and/or a unit-tree file, CSV or XLSX. Like the
 * employee import: every row is checked (domain `validasiInstansi`,
 * `validasiUnit`), then the whole-file rules against the register
 * (`periksaBerkasInstansi`, `periksaPohonUnit`); the report is stored
 * (`impor_instansi`, migration 0061) and nothing is written until the
 * evaluator confirms. One bad row rejects the file. On confirmation the
 * checks run again against the register as it is then, and everything is
 * written in one transaction: an existing agency code (or unit code within an
 * agency) updates that record, a new one is added; nothing is ever deleted
 * or deactivated by an import.
 */
import {
  ALIAS_KOLOM_INSTANSI,
  ALIAS_KOLOM_UNIT,
  type BarisValid,
  type DataInstansi,
  type DataUnit,
  type GalatBarisImpor,
  KOLOM_WAJIB_INSTANSI,
  KOLOM_WAJIB_UNIT,
  type KolomInstansi,
  type KolomUnit,
  periksaBerkasInstansi,
  periksaPohonUnit,
  type UnitTerdaftar,
  urutanTulisUnit,
  validasiInstansi,
  validasiUnit,
} from "@nurani/domain";
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import type { GalatBerkas } from "../impor/index.ts";
import { bacaBerkasKolom } from "./impor-berkas.ts";

export type JenisBerkasImpor = "instansi" | "unit";

export interface GalatImpor extends GalatBarisImpor {
  berkas: JenisBerkasImpor;
}

export interface RingkasanImpor {
  instansi: { baris: number; baru: number; diperbarui: number };
  unit: { baris: number; baru: number; diperbarui: number };
  galat: number;
}

export interface DataImpor {
  instansi: BarisValid<DataInstansi>[];
  unit: BarisValid<DataUnit>[];
}

export interface HasilPeriksa {
  ringkasan: RingkasanImpor;
  galat: GalatImpor[];
  galatBerkas: (GalatBerkas & { berkas: JenisBerkasImpor }) | null;
  data: DataImpor;
}

export interface BerkasMasuk {
  nama: string;
  isi: Buffer;
}

const besar = (s: string) => s.toUpperCase();

/** What the register holds that the file checks need. */
async function bacaRegister(db: Db, kodeUnitInstansi: string[]) {
  const inst = await db
    .selectFrom("instansi")
    .select(["id", "kode", "jenis", "provinsi", "kode_wilayah"])
    .execute();
  const provinsiTerdaftar = new Map<string, string>();
  const kodeWilayahTerdaftar = new Map<string, string>();
  for (const i of inst) {
    if (i.jenis === "provinsi" && i.provinsi) provinsiTerdaftar.set(i.provinsi, i.kode);
    if (i.kode_wilayah) kodeWilayahTerdaftar.set(i.kode_wilayah, i.kode);
  }
  const unitTerdaftar = new Map<string, (UnitTerdaftar & { id: string })[]>();
  if (kodeUnitInstansi.length > 0) {
    const u = await db
      .selectFrom("unit_kerja as u")
      .innerJoin("instansi as i", "i.id", "u.instansi_id")
      .leftJoin("unit_kerja as p", (j) =>
        j.onRef("p.instansi_id", "=", "u.instansi_id").onRef("p.id", "=", "u.induk_id"),
      )
      .select(["i.kode as instansi", "u.id", "u.kode", "u.eselon", "p.kode as induk"])
      .where("i.kode", "in", kodeUnitInstansi)
      .execute();
    for (const r of u) {
      const k = besar(r.instansi);
      unitTerdaftar.set(k, [
        ...(unitTerdaftar.get(k) ?? []),
        { id: r.id, kode: r.kode, eselon: r.eselon, kodeInduk: r.induk },
      ]);
    }
  }
  return { inst, provinsiTerdaftar, kodeWilayahTerdaftar, unitTerdaftar };
}

/** The whole-file rules over already-valid rows, against the register as it is now. */
async function periksaTerhadapRegister(
  db: Db,
  data: DataImpor,
  judulInstansi: Partial<Record<KolomInstansi, string>> = {},
  judulUnit: Partial<Record<KolomUnit, string>> = {},
) {
  const kodeUnitInstansi = [...new Set(data.unit.map((u) => besar(u.data.kodeInstansi)))];
  const reg = await bacaRegister(db, kodeUnitInstansi);
  const galat: GalatImpor[] = periksaBerkasInstansi(data.instansi, reg, judulInstansi).map((g) => ({
    ...g,
    berkas: "instansi" as const,
  }));
  const dikenal = new Set([...reg.inst.map((i) => besar(i.kode)), ...data.instansi.map((b) => b.data.kode)]);
  galat.push(
    ...periksaPohonUnit(data.unit, { instansi: dikenal, unitTerdaftar: reg.unitTerdaftar }, judulUnit).map(
      (g) => ({
        ...g,
        berkas: "unit" as const,
      }),
    ),
  );
  const kodeAda = new Set(reg.inst.map((i) => i.kode));
  const baruInstansi = data.instansi.filter((b) => !kodeAda.has(b.data.kode)).length;
  let baruUnit = 0;
  for (const u of data.unit)
    if (
      !(reg.unitTerdaftar.get(besar(u.data.kodeInstansi)) ?? []).some(
        (x) => besar(x.kode) === besar(u.data.kode),
      )
    )
      baruUnit++;
  return {
    galat,
    reg,
    jumlah: {
      instansi: { baru: baruInstansi, diperbarui: data.instansi.length - baruInstansi },
      unit: { baru: baruUnit, diperbarui: data.unit.length - baruUnit },
    },
  };
}

/** Reads and checks the files; writes nothing. */
export async function periksaImpor(
  db: Db,
  berkas: { instansi?: BerkasMasuk; unit?: BerkasMasuk },
): Promise<HasilPeriksa> {
  const galat: GalatImpor[] = [];
  const data: DataImpor = { instansi: [], unit: [] };
  const kosong = (): HasilPeriksa["ringkasan"] => ({
    instansi: { baris: 0, baru: 0, diperbarui: 0 },
    unit: { baris: 0, baru: 0, diperbarui: 0 },
    galat: 0,
  });
  let jumlahBaris = { instansi: 0, unit: 0 };
  let judulInstansi: Partial<Record<KolomInstansi, string>> = {};
  let judulUnit: Partial<Record<KolomUnit, string>> = {};

  if (berkas.instansi) {
    const r = await bacaBerkasKolom(
      berkas.instansi.isi,
      berkas.instansi.nama,
      ALIAS_KOLOM_INSTANSI,
      KOLOM_WAJIB_INSTANSI,
    );
    if ("galat" in r)
      return { ringkasan: kosong(), galat: [], galatBerkas: { ...r.galat, berkas: "instansi" }, data };
    judulInstansi = r.judul;
    jumlahBaris.instansi = r.baris.length;
    for (const b of r.baris) {
      const h = validasiInstansi(b.nilai);
      if (h.ok) data.instansi.push({ baris: b.baris, data: h.data });
      else
        for (const g of h.galat)
          galat.push({
            berkas: "instansi",
            baris: b.baris,
            kolom: r.judul[g.kolom] ?? g.kolom,
            kode: g.kode,
          });
    }
  }
  if (berkas.unit) {
    const r = await bacaBerkasKolom(berkas.unit.isi, berkas.unit.nama, ALIAS_KOLOM_UNIT, KOLOM_WAJIB_UNIT);
    if ("galat" in r)
      return { ringkasan: kosong(), galat: [], galatBerkas: { ...r.galat, berkas: "unit" }, data };
    judulUnit = r.judul;
    jumlahBaris = { ...jumlahBaris, unit: r.baris.length };
    for (const b of r.baris) {
      const h = validasiUnit(b.nilai);
      if (h.ok) data.unit.push({ baris: b.baris, data: h.data });
      else
        for (const g of h.galat)
          galat.push({ berkas: "unit", baris: b.baris, kolom: r.judul[g.kolom] ?? g.kolom, kode: g.kode });
    }
  }
  const p = await periksaTerhadapRegister(db, data, judulInstansi, judulUnit);
  galat.push(...p.galat);
  galat.sort((a, b) => (a.berkas === b.berkas ? a.baris - b.baris : a.berkas === "instansi" ? -1 : 1));
  data.unit = urutanTulisUnit(data.unit);
  return {
    ringkasan: {
      instansi: { baris: jumlahBaris.instansi, ...p.jumlah.instansi },
      unit: { baris: jumlahBaris.unit, ...p.jumlah.unit },
      galat: galat.length,
    },
    galat,
    galatBerkas: null,
    data,
  };
}

/**
 * Writes checked data in the caller's transaction, after checking it again
 * against the register as it is now. Returns the new errors (nothing
 * written) or the counts.
 */
export async function tulisImporInstansi(
  db: Db,
  data: DataImpor,
): Promise<
  | { galat: GalatImpor[] }
  | { jumlah: { instansi: { baru: number; diperbarui: number }; unit: { baru: number; diperbarui: number } } }
> {
  const p = await periksaTerhadapRegister(db, data);
  if (p.galat.length > 0) return { galat: p.galat };
  const idInstansi = new Map(p.reg.inst.map((i) => [besar(i.kode), i.id]));
  for (const { data: d } of data.instansi) {
    const nilai = {
      nama: d.nama,
      jenis: d.jenis,
      provinsi: d.provinsi,
      kode_wilayah: d.kodeWilayah,
      zona_waktu: d.zonaWaktu,
    };
    const ada = idInstansi.get(d.kode);
    if (ada)
      await db
        .updateTable("instansi")
        .set({ ...nilai, diubah: new Date() })
        .where("id", "=", ada)
        .execute();
    else {
      const r = await db
        .insertInto("instansi")
        .values({ kode: d.kode, ...nilai })
        .returning("id")
        .executeTakeFirstOrThrow();
      idInstansi.set(d.kode, r.id);
    }
  }
  // unit code → id per agency, starting from the registered units
  const idUnit = new Map<string, string>();
  for (const [inst, us] of p.reg.unitTerdaftar)
    for (const u of us) idUnit.set(`${inst}\u0000${besar(u.kode)}`, u.id);
  for (const { data: u } of data.unit) {
    const inst = besar(u.kodeInstansi);
    const instansiId = idInstansi.get(inst);
    if (!instansiId) throw new Error(`instansi ${inst} hilang`);
    const induk = u.kodeInduk === null ? null : (idUnit.get(`${inst}\u0000${besar(u.kodeInduk)}`) ?? null);
    const kunci = `${inst}\u0000${besar(u.kode)}`;
    const ada = idUnit.get(kunci);
    if (ada)
      await db
        .updateTable("unit_kerja")
        .set({ nama: u.nama, eselon: u.eselon, induk_id: induk, diubah: sql`now()` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", ada)
        .execute();
    else {
      const r = await db
        .insertInto("unit_kerja")
        .values({ instansi_id: instansiId, kode: u.kode, nama: u.nama, eselon: u.eselon, induk_id: induk })
        .returning("id")
        .executeTakeFirstOrThrow();
      idUnit.set(kunci, r.id);
    }
  }
  return { jumlah: p.jumlah };
}
