import { LEVEL_KEMATANGAN, type LevelKematangan } from "../kerangka/kematangan.ts";
import { isPeran, type Peran } from "../peran.ts";
import { type Galat, galat } from "./galat.ts";
import { jumlahMinimalLevel, jumlahPegawai, type PetaLevel, unitSasaran } from "./peta.ts";
import { akhirTenggat, tanggalValid } from "./tanggal.ts";

/**
 * SMART targets of the action plan and roadmap to maturity (Tabel 3 no. 4:
 * "Roadmap pencapaian maturitas … dapat dibuat lebih SMART (Specific,
 * Measurable, Achievable, Relevant, dan Timebound)").
 *
 * A target is measured on an assessment map (Peta Asesmen, Tabel 3 no. 3),
 * so its baseline comes from the initial assessment and its progress from
 * any later one. Two indicators are measurable on a map:
 *   - `proporsi_minimal_level`: share (0–1) of the target population at
 *     maturity level ≥ `levelMinimal` (e.g. "60% of unit X at level ≥ 2");
 *   - `rerata_level`: mean maturity level (1–4) of the population.
 */
export type IndikatorTarget =
  | { jenis: "proporsi_minimal_level"; levelMinimal: LevelKematangan }
  | { jenis: "rerata_level" };

export interface TargetSmart {
  kode: string;
  uraian?: string;
  indikator: IndikatorTarget;
  /** Work units whose employees form the population, or the whole agency. */
  sasaran: readonly string[] | "instansi";
  /** Indicator value on the initial assessment map. */
  garisDasar: number;
  nilaiTarget: number;
  /** `YYYY-MM` (end of that month) or `YYYY-MM-DD`. */
  tenggat: string;
  penanggungJawab: { peran: Peran; pegawaiId?: string };
}

const S = "Tabel 3 no. 4";
/** Baselines are shown rounded to 0.1 percentage point; allow that much difference. */
const TOLERANSI_GARIS_DASAR = 0.0005;

export interface KonteksTarget {
  /** Date of the action plan; the deadline must fall after it. */
  tanggalRencana: string;
  /** Initial assessment map; units and baseline are checked against it when given. */
  peta?: PetaLevel;
}

function rentang(ind: IndikatorTarget): [number, number] {
  return ind.jenis === "proporsi_minimal_level" ? [0, 1] : [1, 4];
}

function angka(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/** The indicator's value on a set of units; undefined when they hold no employees. */
export function nilaiIndikator(
  indikator: IndikatorTarget,
  peta: PetaLevel,
  sasaran: readonly string[] | "instansi",
): { nilai: number | undefined; jumlahPegawai: number } {
  const units = unitSasaran(peta, sasaran);
  const n = units.reduce((s, u) => s + jumlahPegawai(u), 0);
  if (n === 0) return { nilai: undefined, jumlahPegawai: 0 };
  if (indikator.jenis === "proporsi_minimal_level") {
    const k = units.reduce((s, u) => s + jumlahMinimalLevel(u, indikator.levelMinimal), 0);
    return { nilai: k / n, jumlahPegawai: n };
  }
  const jumlahLevel = units.reduce(
    (s, u) => s + LEVEL_KEMATANGAN.reduce((a, l) => a + l * u.jumlahPerLevel[l], 0),
    0,
  );
  return { nilai: jumlahLevel / n, jumlahPegawai: n };
}

function periksaIndikator(ind: unknown, b: string): Galat[] {
  const tidakTerukur = galat(
    "TARGET_TIDAK_TERUKUR",
    S,
    "Target harus punya indikator terukur: proporsi pegawai pada level minimal tertentu, atau rerata level.",
    "A target needs a measurable indicator: the share of employees at or above a level, or the mean level.",
    b,
  );
  if (typeof ind !== "object" || ind === null) return [tidakTerukur];
  const i = ind as { jenis?: unknown; levelMinimal?: unknown };
  if (i.jenis === "rerata_level") return [];
  if (i.jenis !== "proporsi_minimal_level") return [tidakTerukur];
  if (i.levelMinimal === 1)
    return [
      galat(
        "TARGET_LEVEL_1_TIDAK_BERMAKNA",
        "BAB II.D.1; Tabel 3 no. 4",
        "Setiap pegawai yang dinilai sudah berada pada level 1 atau lebih, sehingga target 'level ≥ 1' selalu 100% dan tidak mengukur kemajuan; pilih level 2, 3 atau 4.",
        "Every assessed employee is at level 1 or above, so a 'level ≥ 1' target is always 100% and measures no progress; choose level 2, 3 or 4.",
        `${b}.levelMinimal`,
      ),
    ];
  if (!(LEVEL_KEMATANGAN as readonly unknown[]).includes(i.levelMinimal))
    return [
      galat(
        "TARGET_LEVEL_TIDAK_DIKENAL",
        "BAB II.D",
        "Level minimal harus 2, 3 atau 4 (tingkat kematangan).",
        "The minimum level must be 2, 3 or 4 (maturity level).",
        `${b}.levelMinimal`,
      ),
    ];
  return [];
}

/**
 * Checks one target and returns every reason to refuse it (empty = valid).
 * Accepts any input so a caller can pass a request body as is.
 */
export function validasiTargetSmart(input: unknown, konteks: KonteksTarget, bidang = "target"): Galat[] {
  if (typeof input !== "object" || input === null)
    return [galat("TARGET_KOSONG", S, "Target kosong.", "The target is empty.", bidang)];
  const t = input as Partial<Record<keyof TargetSmart, unknown>>;
  const hasil: Galat[] = [];
  const b = (f: string) => `${bidang}.${f}`;

  if (typeof t.kode !== "string" || t.kode.trim() === "")
    hasil.push(galat("TARGET_TANPA_KODE", S, "Target perlu kode.", "The target needs a code.", b("kode")));

  const galatIndikator = periksaIndikator(t.indikator, b("indikator"));
  hasil.push(...galatIndikator);

  // Specific: a named population.
  const sasaranSah =
    t.sasaran === "instansi" ||
    (Array.isArray(t.sasaran) &&
      t.sasaran.length > 0 &&
      t.sasaran.every((x) => typeof x === "string" && x !== ""));
  if (!sasaranSah) {
    hasil.push(
      galat(
        "TARGET_SASARAN_KOSONG",
        S,
        "Target harus menyebut sasarannya: unit kerja tertentu atau seluruh instansi.",
        "A target must name its population: specific work units or the whole agency.",
        b("sasaran"),
      ),
    );
  } else if (konteks.peta && Array.isArray(t.sasaran)) {
    const dikenal = new Set(konteks.peta.map((u) => u.unitKerjaId));
    const asing = (t.sasaran as string[]).filter((u) => !dikenal.has(u));
    if (asing.length > 0)
      hasil.push(
        galat(
          "TARGET_UNIT_TIDAK_DIKENAL",
          "Tabel 3 no. 3–4",
          `Unit kerja tidak ada dalam peta asesmen awal: ${asing.join(", ")}.`,
          `Work units not in the initial assessment map: ${asing.join(", ")}.`,
          b("sasaran"),
        ),
      );
  }

  // Measurable: numbers in the indicator's range, improving on the baseline.
  const indikatorSah = galatIndikator.length === 0 ? (t.indikator as IndikatorTarget) : undefined;
  const [min, max] = indikatorSah
    ? rentang(indikatorSah)
    : [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  const satuan = indikatorSah?.jenis === "rerata_level" ? "1–4" : "0–1";
  for (const f of ["garisDasar", "nilaiTarget"] as const) {
    const v = t[f];
    if (!angka(v))
      hasil.push(
        galat(
          f === "garisDasar" ? "TARGET_TANPA_GARIS_DASAR" : "TARGET_TANPA_NILAI",
          S,
          f === "garisDasar"
            ? "Target perlu garis dasar berupa angka (dari asesmen awal)."
            : "Target perlu nilai sasaran berupa angka.",
          f === "garisDasar"
            ? "A target needs a numeric baseline (from the initial assessment)."
            : "A target needs a numeric target value.",
          b(f),
        ),
      );
    else if (v < min || v > max)
      hasil.push(
        galat(
          "TARGET_DI_LUAR_RENTANG",
          S,
          `Nilai ${v} di luar rentang indikator (${satuan}).`,
          `Value ${v} is outside the indicator's range (${satuan}).`,
          b(f),
        ),
      );
  }
  if (angka(t.garisDasar) && angka(t.nilaiTarget) && t.nilaiTarget <= t.garisDasar)
    hasil.push(
      galat(
        "TARGET_TIDAK_MENINGKAT",
        S,
        "Nilai target harus lebih tinggi dari garis dasar; target yang sudah tercapai tidak menggambarkan kemajuan.",
        "The target value must be above the baseline; a target already met describes no progress.",
        b("nilaiTarget"),
      ),
    );
  if (konteks.peta && indikatorSah && sasaranSah && angka(t.garisDasar)) {
    const { nilai } = nilaiIndikator(indikatorSah, konteks.peta, t.sasaran as readonly string[] | "instansi");
    if (nilai === undefined)
      hasil.push(
        galat(
          "TARGET_SASARAN_TANPA_DATA",
          "Tabel 3 no. 3–4",
          "Sasaran target tidak berisi pegawai yang dinilai pada asesmen awal, sehingga tidak dapat diukur.",
          "The target's population holds no employee assessed in the initial assessment, so it cannot be measured.",
          b("sasaran"),
        ),
      );
    else if (Math.abs(nilai - t.garisDasar) > TOLERANSI_GARIS_DASAR)
      hasil.push(
        galat(
          "TARGET_GARIS_DASAR_TIDAK_SESUAI",
          "Tabel 3 no. 3–4",
          `Garis dasar ${t.garisDasar} tidak sesuai dengan peta asesmen awal (${nilai.toFixed(4)}).`,
          `Baseline ${t.garisDasar} does not match the initial assessment map (${nilai.toFixed(4)}).`,
          b("garisDasar"),
        ),
      );
  }

  // Time-bound: a real deadline after the plan's date.
  const akhir = akhirTenggat(t.tenggat);
  if (!akhir)
    hasil.push(
      galat(
        "TARGET_TANPA_TENGGAT",
        S,
        "Target perlu tenggat berupa bulan (YYYY-MM) atau tanggal (YYYY-MM-DD).",
        "A target needs a deadline as a month (YYYY-MM) or a date (YYYY-MM-DD).",
        b("tenggat"),
      ),
    );
  else if (tanggalValid(konteks.tanggalRencana) && akhir <= konteks.tanggalRencana)
    hasil.push(
      galat(
        "TARGET_TENGGAT_LAMPAU",
        S,
        `Tenggat ${t.tenggat} tidak jatuh setelah tanggal rencana aksi (${konteks.tanggalRencana}).`,
        `Deadline ${t.tenggat} is not after the action plan's date (${konteks.tanggalRencana}).`,
        b("tenggat"),
      ),
    );

  const pj = t.penanggungJawab as { peran?: unknown } | undefined;
  if (typeof pj !== "object" || pj === null || !isPeran(pj.peran))
    hasil.push(
      galat(
        "TARGET_TANPA_PENANGGUNG_JAWAB",
        S,
        "Target perlu penanggung jawab (peran, dan bila ada pegawainya).",
        "A target needs an owner (a role, and the employee where known).",
        b("penanggungJawab"),
      ),
    );
  return hasil;
}

export type StatusTarget = "tercapai" | "berjalan" | "terlewat" | "tanpa_data";

export interface CapaianTarget {
  status: StatusTarget;
  /** Indicator value on the map given; undefined without data. */
  nilai: number | undefined;
  jumlahPegawai: number;
  /** (nilai − garisDasar) / (nilaiTarget − garisDasar), not clamped: < 0 is decline, ≥ 1 is met. */
  kemajuan: number | undefined;
}

/**
 * Progress of a valid target on an assessment map, as of `tanggal`:
 * met when the value reaches the target (whatever the date); missed when
 * the deadline has passed without it; otherwise under way.
 */
export function capaianTarget(target: TargetSmart, peta: PetaLevel, tanggal: string): CapaianTarget {
  const { nilai, jumlahPegawai } = nilaiIndikator(target.indikator, peta, target.sasaran);
  if (nilai === undefined) return { status: "tanpa_data", nilai, jumlahPegawai, kemajuan: undefined };
  const kemajuan = (nilai - target.garisDasar) / (target.nilaiTarget - target.garisDasar);
  const akhir = akhirTenggat(target.tenggat) ?? target.tenggat;
  const status: StatusTarget =
    nilai >= target.nilaiTarget ? "tercapai" : tanggal > akhir ? "terlewat" : "berjalan";
  return { status, nilai, jumlahPegawai, kemajuan };
}
