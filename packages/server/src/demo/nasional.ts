/**
 * A synthetic nation (docs/nasional.md § 8): the domain's plan
 * (`rencanaNasional`) loaded into the register, with — optionally — each
 * agency's unit tree and employees (valid, distinct NIPs) and, for agencies
 * past their baseline assessment (Tabel 3 no. 3), a released campaign whose
 * per-unit results are drawn from the model (nasional-kampanye.ts); the
 * national row's index is computed from those sums. Last, every agency's
 * programme cycle at its plan's stage and its worksheet in the open
 * evaluation period, in the plan's state (nasional-program.ts), so a later
 * refresh keeps its stage too. Without employees (the demo) the index is
 * drawn from the model (`figurModel`) with no campaign rows.
 *
 * Bulk load: employees go through `COPY … FROM` (db/salin.ts: STDIN on
 * PostgreSQL, `/dev/blob` on PGlite) in chunks of `POTONGAN` rows, each
 * chunk one transaction. Resumable: the agency row, its unit tree and its
 * figures are one transaction; an agency's employees are generated in a
 * fixed order (its own seed; NIPs from one generator over the whole plan),
 * so after an interruption the rows present are a prefix of that order — a
 * rerun counts them, draws and discards that many, and copies the rest. No
 * row is written twice; the numbers are those of an uninterrupted run.
 */
import { buatPembangkitNip, type RencanaInstansi, rencanaNasional, rencanaUnit } from "@nurani/domain";
import type { Basisdata, Db } from "../db/factory.ts";
import { bangunKembaliIndeks, tundaIndeks } from "../db/indeks-ditunda.ts";
import { barisSalin, salinKeTabel } from "../db/salin.ts";
import { formulirTerbit } from "../fitur/bank-butir/index.ts";
import { Acak } from "./acak.ts";
import { namaAcak } from "./nama.ts";
import { type FormulirKampanye, type IndeksModel, tulisKampanyeModel } from "./nasional-kampanye.ts";
import { muatProgramLembar } from "./nasional-program.ts";
import { simpanUnit } from "./simpan-unit.ts";

/** Employees per COPY transaction (the most an interruption loses). */
const POTONGAN = 50_000;
/** Rows per piece written to the COPY stream. */
const KEPING = 2_000;

export interface OpsiNasional {
  instansi: number;
  pegawai: number;
  benih: number;
  /**
   * The database to COPY unit trees' employees into (the one `db` writes to);
   * without it only the register and the figures are loaded (the demo).
   */
  salin?: Basisdata;
  /**
   * With at least this many employees still to copy, the employee table's
   * non-unique indexes are dropped first and built once at the end
   * (db/indeks-ditunda.ts); default 100,000.
   */
  tundaIndeksDari?: number;
  /** Employees per COPY transaction (default `POTONGAN`). */
  potongan?: number;
  /** Agencies per transaction of the cycles-and-worksheets phase (nasional-program.ts). */
  potonganProgram?: number;
  /** Called after each agency and each chunk of employees. */
  progres?: (p: ProgresNasional) => void;
}

export interface ProgresNasional {
  /** Agencies done (loaded now or before) of `total`; in phase `program`, those given their cycle now. */
  selesai: number;
  total: number;
  /** Employees copied by this run. */
  pegawai: number;
  /** Employees already there (earlier runs) plus copied now, of `pegawaiRencana`. */
  pegawaiAda: number;
  pegawaiRencana: number;
  /** Agencies complete before this run. */
  dilewati: number;
  /**
   * What is being done: copying employees, building the set-aside indexes
   * again, or writing programme cycles and worksheets.
   */
  fase: "pegawai" | "indeks" | "program";
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

const KOLOM_PEGAWAI = ["instansi_id", "nip", "nama", "unit_id", "jenis_kelamin", "tanggal_lahir", "tmt_cpns"];

/** Every employee of the agency, in the fixed order, as COPY rows. */
function* barisPegawai(
  instansiId: string,
  unit: ReturnType<typeof rencanaUnit>,
  idUnit: ReadonlyMap<string, string>,
  benih: number,
  nip: ReturnType<typeof buatPembangkitNip>,
): Generator<string> {
  const a = new Acak(benih);
  for (const u of unit) {
    const unitId = idUnit.get(u.kode);
    if (!unitId) throw new Error(`unit ${u.kode} tidak ada`);
    for (let i = 0; i < u.jumlahPegawai; i++) {
      const p = nip.berikut();
      const nama = namaAcak(a, p.jenisKelamin);
      yield barisSalin([instansiId, p.nip, nama, unitId, p.jenisKelamin, p.tanggalLahir, p.tmtCpns]);
    }
  }
}

/** The next `n` rows of `baris`, joined into pieces of `KEPING` rows. */
function* keping(baris: Iterator<string>, n: number): Generator<string> {
  let sisa = n;
  while (sisa > 0) {
    let s = "";
    const k = Math.min(KEPING, sisa);
    for (let i = 0; i < k; i++) {
      const x = baris.next();
      if (x.done) throw new Error("baris pegawai habis sebelum waktunya");
      s += x.value;
    }
    sisa -= k;
    yield s;
  }
}

/**
 * The dashboard row of the agency (ringkasan_instansi), not stale: the
 * programme figures from the model, the index from its campaign's per-unit
 * sums when it has one (nasional-kampanye.ts), else from the model.
 */
function nilaiRingkasan(r: RencanaInstansi, k: IndeksModel | null) {
  const f = figurModel(r);
  const indeks = k
    ? {
        kampanye_id: k.kampanyeId,
        dirilis: k.dirilis,
        indeks_nilai: k.nilai,
        indeks_bawah: k.bawah,
        indeks_atas: k.atas,
        n: k.nilai === null ? null : k.n,
        jumlah_pegawai: k.N,
        level: k.nilai === null ? null : k.level,
      }
    : {
        indeks_nilai: f.indeks?.nilai ?? null,
        indeks_bawah: f.indeks?.bawah ?? null,
        indeks_atas: f.indeks?.atas ?? null,
        n: f.indeks?.n ?? null,
        jumlah_pegawai: f.indeks ? f.indeks.N : r.jumlahPegawai,
        level: f.indeks?.level ?? null,
        dirilis: f.indeks ? new Date() : null,
      };
  return {
    basi: false,
    tahap: f.tahap,
    langkah_persiapan: f.langkah_persiapan,
    kegiatan_terlaksana: f.kegiatan_terlaksana,
    ...indeks,
  };
}

/**
 * Agency row, figures and — given the form to field — the unit tree and, past
 * the baseline assessment (Tabel 3 no. 3), a released campaign drawn from the
 * model, in one transaction; returns the unit ids.
 */
async function tulisInstansi(
  db: Db,
  r: RencanaInstansi,
  idAda: string | null,
  formulir: FormulirKampanye | null,
) {
  return db.transaction().execute(async (trx) => {
    const id =
      idAda ??
      (
        await trx
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
          .executeTakeFirstOrThrow()
      ).id;
    let unit = new Map<string, string>();
    let kampanye: IndeksModel | null = null;
    if (formulir) {
      const rencana = rencanaUnit(r.jumlahPegawai, r.benih);
      unit = await simpanUnit(
        trx,
        id,
        rencana.map((u) => ({ kode: u.kode, nama: u.nama, eselon: u.eselon, indukKode: u.kodeInduk })),
      );
      if (r.langkahSelesai >= 3)
        kampanye = await tulisKampanyeModel(trx, id, r, rencana, unit, formulir, new Date());
    }
    // after the map sums, whose trigger marks the row stale
    const nilai = nilaiRingkasan(r, kampanye);
    await trx
      .insertInto("ringkasan_instansi")
      .values({ instansi_id: id, ...nilai })
      .onConflict((oc) => oc.column("instansi_id").doUpdateSet(nilai))
      .execute();
    return { id, unit };
  });
}

/** What of the synthetic agencies is there already: id, units, employees. */
async function keadaan(db: Db, denganPegawai: boolean) {
  const baris = await db
    .selectFrom("instansi as i")
    .select((eb) => [
      "i.kode",
      "i.id",
      "i.dibuat",
      denganPegawai
        ? eb
            .selectFrom("unit_kerja as u")
            .whereRef("u.instansi_id", "=", "i.id")
            .select((e) => e.fn.countAll<number>().as("n"))
            .as("unit")
        : eb.lit(0).as("unit"),
      denganPegawai
        ? eb
            .selectFrom("pegawai as p")
            .whereRef("p.instansi_id", "=", "i.id")
            .select((e) => e.fn.countAll<number>().as("n"))
            .as("pegawai")
        : eb.lit(0).as("pegawai"),
    ])
    .where("i.kode", "like", "S-%")
    .execute();
  return new Map(
    baris.map((b) => [
      b.kode,
      { id: b.id, dibuat: new Date(b.dibuat), unit: Number(b.unit), pegawai: Number(b.pegawai) },
    ]),
  );
}

/** Loads the plan; returns what it wrote (agencies already complete are skipped). */
export async function muatNasionalSintetis(db: Db, o: OpsiNasional) {
  const rencana = rencanaNasional({ instansi: o.instansi, pegawai: o.pegawai, benih: o.benih });
  const b = o.salin;
  const potongan = o.potongan ?? POTONGAN;
  const formulir = b ? await formulirKampanye(db) : null;
  const ada = await keadaan(db, b !== undefined);
  // NIPs depend on the month (ages, years of service): a rerun draws them as of the first run's
  const mulai = [...ada.values()].reduce<Date | null>((m, x) => (m && m <= x.dibuat ? m : x.dibuat), null);
  const nip = buatPembangkitNip(o.benih, mulai ?? new Date());
  const pegawaiRencana = b ? o.pegawai : 0;
  const p: ProgresNasional = {
    selesai: 0,
    total: rencana.length,
    pegawai: 0,
    pegawaiAda: 0,
    pegawaiRencana,
    dilewati: 0,
    fase: "pegawai",
  };
  for (const x of ada.values()) p.pegawaiAda += x.pegawai;
  if (b && pegawaiRencana - p.pegawaiAda >= (o.tundaIndeksDari ?? 100_000)) await tundaIndeks(db, "pegawai");
  for (const r of rencana) {
    const lama = ada.get(r.kode);
    const sudah = lama?.pegawai ?? 0;
    if (lama && (!b || sudah >= r.jumlahPegawai)) {
      if (b) for (let i = 0; i < r.jumlahPegawai; i++) nip.berikut();
      p.dilewati++;
    } else {
      const perluUnit = b !== undefined && (lama?.unit ?? 0) === 0;
      const { id, unit } =
        lama && !perluUnit
          ? { id: lama.id, unit: await idUnit(db, lama.id) }
          : await tulisInstansi(db, r, lama?.id ?? null, perluUnit ? formulir : null);
      if (b) {
        const baris = barisPegawai(id, rencanaUnit(r.jumlahPegawai, r.benih), unit, r.benih, nip);
        for (let i = 0; i < sudah; i++) baris.next();
        for (let dari = sudah; dari < r.jumlahPegawai; dari += potongan) {
          const n = Math.min(potongan, r.jumlahPegawai - dari);
          await salinKeTabel(b, "pegawai", KOLOM_PEGAWAI, keping(baris, n));
          p.pegawai += n;
          p.pegawaiAda += n;
          o.progres?.(p);
        }
      }
    }
    p.selesai++;
    o.progres?.(p);
  }
  if (b) {
    p.fase = "indeks";
    o.progres?.(p);
    await bangunKembaliIndeks(db);
  }
  p.fase = "program";
  const program = await muatProgramLembar(db, rencana, {
    hariIni: new Date(),
    ...(o.potonganProgram ? { perTransaksi: o.potonganProgram } : {}),
    kegiatanTerlaksana: (r) => figurModel(r).kegiatan_terlaksana,
    progres: (selesai, total) => o.progres?.({ ...p, selesai, total }),
  });
  return { instansi: rencana.length - p.dilewati, dilewati: p.dilewati, pegawai: p.pegawai, program };
}

async function idUnit(db: Db, instansiId: string) {
  const baris = await db
    .selectFrom("unit_kerja")
    .select(["kode", "id"])
    .where("instansi_id", "=", instansiId)
    .execute();
  return new Map(baris.map((u) => [u.kode, u.id]));
}

/** The national form NAS-1-A as published in the item bank, snapshotted as a campaign fields it. */
async function formulirKampanye(db: Db): Promise<FormulirKampanye> {
  const terbit = (await formulirTerbit(db)).find((f) => f.formulir.id === "NAS-1-A");
  if (!terbit) throw new Error("Formulir NAS-1-A tidak terbit");
  const { formulir, pernyataan } = terbit;
  return {
    formulirId: formulir.id,
    bankVersi: terbit.bankVersi,
    snapshot: JSON.stringify({ formulir, pernyataan }),
  };
}
