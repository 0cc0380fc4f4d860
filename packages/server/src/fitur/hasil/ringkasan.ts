/**
 * Per-unit sums of a campaign's reported scores (`ringkasan_peta`), built
 * in SQL after scoring and after each review decision, and the assessment
 * map and index built from them (Tabel 3 no. 3 "Peta Asesmen"; BAB
 * III.B.3.a "indeks Integritas pada level organisasi"). Reading one row per
 * unit instead of one per person keeps the map of a 100,000-person agency
 * fast (bench/server-peta.ts). The figures are those of the domain's
 * `susunPetaAsesmen`: the same sums, the same subtree accumulation, the
 * domain's suppression (`tentukanPenyembunyian`) and index
 * (`indeksDariJumlah`); the test checks equality on the same persons.
 */
import {
  type BarisPeta,
  FAKTOR,
  indeksDariJumlah,
  type PetaAsesmen,
  periksaK,
  tentukanPenyembunyian,
  type UnitKerja,
} from "@nurani/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import { nilaiSkor } from "../../umum/skor-tersimpan.ts";
import { TINJAUAN_DILAPORKAN } from "../../umum/tinjauan.ts";
import { hitungSumber, type LevelAkhirKampanye, type SumberLevel } from "../nontes/index.ts";

export { TINJAUAN_DILAPORKAN };

export async function segarkanRingkasan(
  db: Kysely<Database>,
  instansiId: string,
  kampanyeId: string,
  /** Refresh only this unit's row (a review decision changes one person): a unit id, or null for people without a unit. */
  hanyaUnit?: string | null,
): Promise<void> {
  const sebagian = hanyaUnit !== undefined;
  const kunciUnit = hanyaUnit ?? instansiId;
  const saringSkor = !sebagian
    ? sql`true`
    : hanyaUnit === null
      ? sql`unit_id is null`
      : sql`unit_id = ${hanyaUnit}`;
  let hapus = db
    .deleteFrom("ringkasan_peta")
    .where("instansi_id", "=", instansiId)
    .where("kampanye_id", "=", kampanyeId);
  if (sebagian) hapus = hapus.where("unit_id", "=", kunciUnit);
  await hapus.execute();
  await sql`
    insert into ringkasan_peta (instansi_id, kampanye_id, unit_id, n, level, faktor, s, ss)
    with x as (
      select coalesce(s.unit_id, s.instansi_id) as unit_id, s.level, s.pv,
        ${sql.join(FAKTOR.map((f) => sql`${nilaiSkor("s", ["faktor", f.kode], "t")} as ${sql.ref(`t_${f.kode}`)}`))}
      from skor_asesmen s
      where s.instansi_id = ${instansiId} and s.kampanye_id = ${kampanyeId} and ${saringSkor}
        and s.tinjauan in (${sql.join(TINJAUAN_DILAPORKAN.map((t) => sql.lit(t)))})
    ), a as (
      select unit_id, count(*)::int as n,
        array[count(*) filter (where level = 1), count(*) filter (where level = 2),
              count(*) filter (where level = 3), count(*) filter (where level = 4)]::int[] as level,
        array[${sql.join(FAKTOR.map((f) => sql`sum(${sql.ref(`t_${f.kode}`)})`))}] as faktor
      from x group by unit_id
    ), p as (
      select unit_id, array_agg(s order by v) as s, array_agg(ss order by v) as ss
      from (
        select x.unit_id, u.v, sum(u.d::float8) as s, sum(u.d::float8 * u.d::float8) as ss
        from x cross join lateral unnest(x.pv) with ordinality as u(d, v)
        group by x.unit_id, u.v
      ) q group by unit_id
    )
    select ${instansiId}::uuid, ${kampanyeId}::uuid, a.unit_id, a.n, a.level, a.faktor, p.s, p.ss
    from a join p using (unit_id)`.execute(db);
  // Head counts for the finite population correction (active employees now).
  await sql`
    insert into ringkasan_peta (instansi_id, kampanye_id, unit_id, jumlah_pegawai)
    select ${instansiId}::uuid, ${kampanyeId}::uuid, coalesce(unit_id, instansi_id), count(*)::int
    from pegawai where instansi_id = ${instansiId} and aktif and ${saringSkor}
    group by coalesce(unit_id, instansi_id)
    on conflict (instansi_id, kampanye_id, unit_id) do update set jumlah_pegawai = excluded.jumlah_pegawai`.execute(
    db,
  );
}

export interface BarisRingkasan {
  unit_id: string;
  n: number;
  level: number[];
  faktor: number[];
  s: number[];
  ss: number[];
  jumlah_pegawai: number;
}

/**
 * What the map needs in one round trip: the campaign, the agency's k, the
 * per-unit sums and the unit tree (null when the campaign is not there).
 */
export interface PetaMentah {
  id: string;
  nama: string;
  tujuan: "awal" | "berkala" | "akhir";
  formulir_id: string;
  dibuka: Date;
  ditutup: Date;
  status: "draf" | "aktif" | "dibatalkan";
  hasil_dirilis: Date | null;
  uji_coba: boolean;
  k_minimum: number | null;
  ringkasan: BarisRingkasan[] | null;
  unit: { id: string; nama: string; induk_id: string | null }[] | null;
}

export async function bacaPetaMentah(
  db: Kysely<Database>,
  instansiId: string,
  kampanyeId: string,
): Promise<PetaMentah | null> {
  const r = await sql<PetaMentah>`
    select k.id, k.nama, k.tujuan, k.formulir_id, k.dibuka, k.ditutup, k.status, k.hasil_dirilis, k.uji_coba,
      (select k_minimum from pengaturan_hasil where instansi_id = k.instansi_id) as k_minimum,
      (select json_agg(json_build_object('unit_id', unit_id, 'n', n, 'level', level, 'faktor', faktor,
          's', s, 'ss', ss, 'jumlah_pegawai', jumlah_pegawai))
        from ringkasan_peta where instansi_id = k.instansi_id and kampanye_id = k.id) as ringkasan,
      (select json_agg(json_build_object('id', id, 'nama', nama, 'induk_id', induk_id) order by kode)
        from unit_kerja where instansi_id = k.instansi_id) as unit
    from kampanye_asesmen k
    where k.instansi_id = ${instansiId} and k.id = ${kampanyeId}`.execute(db);
  return r.rows[0] ?? null;
}

/** The agency's unit tree rooted at the agency itself (id = instansi id); top units hang under it. */
export async function pohonUnit(
  db: Kysely<Database>,
  instansi: { id: string; nama: string },
): Promise<UnitKerja[]> {
  const unit = await db
    .selectFrom("unit_kerja")
    .select(["id", "nama", "induk_id"])
    .where("instansi_id", "=", instansi.id)
    .orderBy("kode")
    .execute();
  return [
    { id: instansi.id, nama: instansi.nama, indukId: null },
    ...unit.map((u) => ({ id: u.id, nama: u.nama, indukId: u.induk_id ?? instansi.id })),
  ];
}

interface Jumlah {
  n: number;
  /** People whose level is a final level from non-test evidence, with their sources. */
  akhir: Pick<LevelAkhirKampanye, "sumber">[];
  level: number[];
  faktor: number[];
  S: Float64Array;
  SS: Float64Array;
  N: number;
}

/** A row of the map with the sources its levels came from (shown rows with people only). */
export type BarisPetaSumber = BarisPeta & { sumberLevel?: SumberLevel };
export type PetaAsesmenSumber = PetaAsesmen & { baris: BarisPetaSumber[]; instansi: BarisPetaSumber };

/**
 * The map from per-unit sums: subtree sums bottom-up over the tree, then the
 * domain's suppression and index; rows in depth-first order from the agency.
 * `akhir` (docs/nontes.md): people whose level distribution entry is their
 * final level from non-test evidence instead of the test's — moved from the
 * test's level to the final one in their unit, so every group size, the
 * suppression (k) and the index (the test's plausible values) are unchanged;
 * each shown row says how many people's level drew on each source.
 */
export function petaDariRingkasan(
  unit: readonly UnitKerja[],
  ringkasan: readonly BarisRingkasan[],
  opsi: { k: number; m: number; tingkat?: number },
  akhir: readonly Omit<LevelAkhirKampanye, "pegawaiId">[] = [],
): PetaAsesmenSumber {
  periksaK(opsi.k);
  const m = opsi.m;
  const jml = new Map<string, Jumlah>(
    unit.map((u) => [
      u.id,
      {
        n: 0,
        akhir: [],
        level: [0, 0, 0, 0],
        faktor: [0, 0, 0],
        S: new Float64Array(m),
        SS: new Float64Array(m),
        N: 0,
      },
    ]),
  );
  const akar = unit.find((u) => u.indukId === null)?.id as string;
  for (const r of ringkasan) {
    const a = jml.get(r.unit_id) ?? (jml.get(akar) as Jumlah);
    a.n += r.n;
    a.N += r.jumlah_pegawai;
    for (let l = 0; l < 4; l++) a.level[l] += r.level[l] ?? 0;
    for (let f = 0; f < 3; f++) a.faktor[f] += r.faktor[f] ?? 0;
    for (let v = 0; v < m && v < r.s.length; v++) {
      a.S[v] += r.s[v];
      a.SS[v] += r.ss[v];
    }
  }
  for (const x of akhir) {
    const a = (x.unitId === null ? undefined : jml.get(x.unitId)) ?? (jml.get(akar) as Jumlah);
    // the sums are counted when scored: a person they do not hold yet keeps out
    if (!(a.level[x.levelTes - 1] > 0)) continue;
    a.level[x.levelTes - 1]--;
    a.level[x.level - 1]++;
    a.akhir.push(x);
  }
  const anak = new Map<string, string[]>(unit.map((u) => [u.id, []]));
  for (const u of unit) if (u.indukId !== null) anak.get(u.indukId)?.push(u.id);
  const urutan: { id: string; kedalaman: number }[] = [];
  const tumpuk = [{ id: akar, kedalaman: 0 }];
  while (tumpuk.length > 0) {
    const x = tumpuk.pop() as { id: string; kedalaman: number };
    urutan.push(x);
    for (const id of [...(anak.get(x.id) ?? [])].reverse()) tumpuk.push({ id, kedalaman: x.kedalaman + 1 });
  }
  const induk = new Map(unit.map((u) => [u.id, u.indukId]));
  for (let i = urutan.length - 1; i > 0; i--) {
    const a = jml.get(urutan[i].id) as Jumlah;
    const p = jml.get(induk.get(urutan[i].id) as string) as Jumlah;
    p.n += a.n;
    p.N += a.N;
    for (const x of a.akhir) p.akhir.push(x);
    for (let l = 0; l < 4; l++) p.level[l] += a.level[l];
    for (let f = 0; f < 3; f++) p.faktor[f] += a.faktor[f];
    for (let v = 0; v < m; v++) {
      p.S[v] += a.S[v];
      p.SS[v] += a.SS[v];
    }
  }
  const status = tentukanPenyembunyian(unit, new Map([...jml].map(([id, a]) => [id, a.n])), opsi.k);
  const nama = new Map(unit.map((u) => [u.id, u.nama]));
  const opsiIndeks = opsi.tingkat === undefined ? {} : { tingkat: opsi.tingkat };
  const baris = urutan.map(({ id, kedalaman }): BarisPetaSumber => {
    const a = jml.get(id) as Jumlah;
    const alasan = status.get(id);
    const dasar = { unitId: id, nama: nama.get(id) as string, indukId: induk.get(id) ?? null, kedalaman };
    if (alasan) return { ...dasar, tampil: false, alasan };
    if (a.n === 0) return { ...dasar, tampil: true, n: 0 };
    const b: BarisPetaSumber = {
      ...dasar,
      tampil: true,
      n: a.n,
      distribusiLevel: { 1: a.level[0], 2: a.level[1], 3: a.level[2], 4: a.level[3] },
      profilFaktor: { KD: a.faktor[0] / a.n, DN: a.faktor[1] / a.n, KM: a.faktor[2] / a.n },
    };
    if (a.akhir.length > 0) b.sumberLevel = hitungSumber(a.n, a.akhir);
    if (a.n >= 2)
      b.indeks = indeksDariJumlah(
        a.n,
        a.S,
        a.SS,
        a.N >= a.n ? { ...opsiIndeks, jumlahPopulasi: a.N } : opsiIndeks,
      );
    return b;
  });
  return { k: opsi.k, baris, instansi: baris[0] };
}
