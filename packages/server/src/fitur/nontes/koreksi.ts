/**
 * Rater correction of the non-test ratings (docs/nontes.md): a
 * many-facet Rasch rating-scale model over persons × raters × BARS scales
 * (`calibrateRatings` of @nurani/irt, docs/irt/mfrm.md), the rater report
 * (`raterEffects`: severity with SE, infit/outfit, halo, central tendency,
 * exact/adjacent agreement and ICC, misfit flags by `RATER_RULES`), and per
 * person a rater-corrected measure per factor, per quality of Pasal 3(1)
 * and, for leaders, the role-model scale. The per-group measure is the EAP
 * of θ from the person's ratings on that group's scales, with the
 * calibrated rater severities, scale difficulties and thresholds held fixed
 * and the fitted person distribution as prior; its "fair" score is the
 * expected score at that θ for an average rater on the group's average
 * scale, and its level the nearest anchor (`levelDariSkorBars`).
 *
 * Pure: the job (`jobs.ts`) reads the rows and writes what this returns;
 * the bench times it directly.
 */
import {
  BARS_KUALITAS,
  BARS_SUBDIMENSI,
  gabungLevel,
  KODE_FAKTOR,
  KODE_TELADAN,
  type KodeAturanGabung,
  type KodeFaktor,
  type LevelKematangan,
  levelDariSkorBars,
  type UkuranSumber,
} from "@nurani/domain";
import {
  calibrateRatings,
  MfrmError,
  type Rating,
  type RatingCalibration,
  raterEffects,
  ratingScaleProbs,
} from "@nurani/irt";

export interface NilaiBaris {
  pegawaiId: string;
  penilaiId: string;
  butir: string;
  skor: number | null;
}

export interface TesPegawai {
  level: LevelKematangan;
  z: number | null;
  seZ: number | null;
  faktor: Record<KodeFaktor, { level: LevelKematangan; z: number | null; seZ: number | null }>;
}

export interface UkuranKelompok {
  theta: number;
  se: number;
  skorWajar: number;
  level: LevelKematangan;
}

export interface SumberTersimpan {
  sumber: UkuranSumber["sumber"];
  level: LevelKematangan;
  z: number | null;
  seZ: number | null;
  reliabilitas: number | null;
}

export interface LevelFaktorTersimpan {
  faktor: KodeFaktor;
  level: LevelKematangan;
  aturan: KodeAturanGabung;
  sumberDipakai: string[];
  sumber: SumberTersimpan[];
  perluTinjauan: boolean;
  komposit: { z: number; se: number; rentang: number[] } | null;
}

export interface HasilNontesTersimpan {
  levelAkhir: LevelKematangan;
  faktor: LevelFaktorTersimpan[];
  kualitas: { kode: string; level: LevelKematangan | null; skorWajar: number | null }[];
  teladan: { level: LevelKematangan | null; skorWajar: number | null } | null;
  perluTinjauan: boolean;
}

export interface LaporanKoreksi {
  galat: string | null;
  konvergen: boolean | null;
  terhubung: boolean | null;
  reliabilitas: { persons: number | null; raters: number | null; items: number | null } | null;
  kesepakatan: {
    pairs: number;
    exact: number;
    adjacent: number;
    expectedExact: number;
    icc: number;
    targets: number;
  } | null;
  aturan: { fit: { low: number; high: number } } | null;
  penilai: {
    id: string;
    keparahan: number;
    /** Null when the calibration has no standard errors (fewer persons than parameters: the XPD is singular). */
    se: number | null;
    infit: number | null;
    outfit: number | null;
    penilaian: number;
    misfit: "underfit" | "overfit" | null;
    halo: { observed: number; expected: number; ratio: number; flagged: boolean } | null;
    tendensiSentral: { observed: number; expected: number; ratio: number; flagged: boolean } | null;
    kesepakatan: { pairs: number; exact: number; adjacent: number; expectedExact: number } | null;
  }[];
}

const KELOMPOK_FAKTOR: Record<KodeFaktor, string[]> = {
  KD: BARS_SUBDIMENSI.filter((s) => s.faktor === "KD").map((s) => s.kode),
  DN: BARS_SUBDIMENSI.filter((s) => s.faktor === "DN").map((s) => s.kode),
  KM: BARS_SUBDIMENSI.filter((s) => s.faktor === "KM").map((s) => s.kode),
};
const SUBDIMENSI = new Set<string>(BARS_SUBDIMENSI.map((s) => s.kode));

/** A finite number, or null (JSON has no NaN). */
const hingga = (x: number): number | null => (Number.isFinite(x) ? x : null);

const NODES = Array.from({ length: 61 }, (_, i) => -6 + (12 * i) / 60);

/** Measures of one person on one group of scales, from the calibration (null when none was observed). */
function ukurKelompok(
  mine: readonly NilaiBaris[],
  butir: ReadonlySet<string>,
  kal: RatingCalibration,
  rater: Map<string, number>,
  item: Map<string, number>,
): UkuranKelompok | null {
  const obs = mine.filter((n) => n.skor !== null && butir.has(n.butir));
  if (obs.length === 0) return null;
  const { mean, sd } = kal.estimation.population;
  const K = kal.categories.length;
  const low = kal.categories[0];
  const p = new Float64Array(K);
  const logPost = NODES.map((q) => -0.5 * q * q);
  for (const o of obs) {
    const lam = rater.get(o.penilaiId) ?? 0;
    const del = item.get(o.butir) ?? 0;
    const k = Math.min(K - 1, Math.max(0, (o.skor as number) - low));
    for (let j = 0; j < NODES.length; j++) {
      ratingScaleProbs(mean + sd * NODES[j] - del - lam, kal.thresholds, p);
      logPost[j] += Math.log(Math.max(p[k], 1e-300));
    }
  }
  const m = Math.max(...logPost);
  let w = 0;
  let s1 = 0;
  let s2 = 0;
  for (let j = 0; j < NODES.length; j++) {
    const wj = Math.exp(logPost[j] - m);
    const t = mean + sd * NODES[j];
    w += wj;
    s1 += wj * t;
    s2 += wj * t * t;
  }
  const theta = s1 / w;
  const se = Math.sqrt(Math.max(0, s2 / w - theta * theta));
  // fair score: average rater (λ = 0) on the group's average scale
  const dels = [...butir].map((b) => item.get(b)).filter((d): d is number => d !== undefined);
  const delta = dels.length ? dels.reduce((a, b) => a + b, 0) / dels.length : 0;
  ratingScaleProbs(theta - delta, kal.thresholds, p);
  let fair = 0;
  for (let k = 0; k < K; k++) fair += p[k] * kal.categories[k];
  return { theta, se, skorWajar: fair, level: levelDariSkorBars(fair) };
}

/** Without a calibration (too few or uniform ratings): the raw mean of the observed scores. */
function rerataKelompok(mine: readonly NilaiBaris[], butir: ReadonlySet<string>): UkuranKelompok | null {
  const s = mine.filter((n) => n.skor !== null && butir.has(n.butir)).map((n) => n.skor as number);
  if (s.length === 0) return null;
  const fair = s.reduce((a, b) => a + b, 0) / s.length;
  return { theta: Number.NaN, se: Number.NaN, skorWajar: fair, level: levelDariSkorBars(fair) };
}

export interface MasukanKoreksi {
  nilai: readonly NilaiBaris[];
  sasaran: readonly { pegawaiId: string; pimpinan: boolean }[];
  tes: ReadonlyMap<string, TesPegawai>;
  aturan: KodeAturanGabung;
  /** Lower bounds of levels 2–4 on the z scale (composite rule). */
  batasZ: readonly [number, number, number];
  /** Level-only non-test sources per person (track record, structured interview): per factor and overall. */
  lain?: ReadonlyMap<string, readonly SumberLevelSaja[]>;
}

export interface SumberLevelSaja {
  sumber: "rekam-jejak" | "wawancara";
  faktor: Partial<Record<KodeFaktor, LevelKematangan | null>>;
  total: LevelKematangan | null;
}

export function hitungKoreksi(m: MasukanKoreksi): {
  laporan: LaporanKoreksi;
  hasil: Map<string, HasilNontesTersimpan>;
} {
  const ratings: Rating[] = [];
  for (const n of m.nilai)
    if (n.skor !== null)
      ratings.push({ person: n.pegawaiId, rater: n.penilaiId, item: n.butir, score: n.skor });
  let kal: RatingCalibration | null = null;
  const laporan: LaporanKoreksi = {
    galat: null,
    konvergen: null,
    terhubung: null,
    reliabilitas: null,
    kesepakatan: null,
    aturan: null,
    penilai: [],
  };
  try {
    kal = calibrateRatings(ratings);
    const efek = raterEffects(ratings, kal);
    laporan.konvergen = kal.converged;
    laporan.terhubung = kal.connected;
    const rel = kal.estimation.reliability;
    laporan.reliabilitas = {
      persons: hingga(rel.persons),
      raters: hingga(rel.raters),
      items: hingga(rel.items),
    };
    laporan.kesepakatan = efek.agreement;
    laporan.aturan = { fit: { ...efek.rules.fit } };
    laporan.penilai = efek.raters.map((r) => ({
      id: r.id,
      keparahan: r.severity,
      se: hingga(r.se),
      infit: hingga(r.infit),
      outfit: hingga(r.outfit),
      penilaian: r.ratings,
      misfit: r.misfit,
      halo: r.halo,
      tendensiSentral: r.centralTendency,
      kesepakatan: r.agreement,
    }));
  } catch (e) {
    if (!(e instanceof MfrmError)) throw e;
    laporan.galat = e.message;
  }
  const rater = new Map(kal?.raters.map((r) => [r.id, r.severity]) ?? []);
  const item = new Map(kal?.items.map((i) => [i.id, i.difficulty]) ?? []);
  const perOrang = new Map<string, NilaiBaris[]>();
  for (const n of m.nilai) {
    const a = perOrang.get(n.pegawaiId);
    if (a) a.push(n);
    else perOrang.set(n.pegawaiId, [n]);
  }
  const ukur = (mine: readonly NilaiBaris[], butir: ReadonlySet<string>) =>
    kal ? ukurKelompok(mine, butir, kal, rater, item) : rerataKelompok(mine, butir);

  // measures per factor for every person first: the reliability and z need the spread across persons
  const ukuranFaktor = new Map<string, Record<KodeFaktor, UkuranKelompok | null>>();
  const ukuranTotal = new Map<string, UkuranKelompok | null>();
  for (const s of m.sasaran) {
    const mine = perOrang.get(s.pegawaiId) ?? [];
    const f = {} as Record<KodeFaktor, UkuranKelompok | null>;
    for (const kf of KODE_FAKTOR) f[kf] = ukur(mine, new Set(KELOMPOK_FAKTOR[kf]));
    ukuranFaktor.set(s.pegawaiId, f);
    ukuranTotal.set(s.pegawaiId, ukur(mine, SUBDIMENSI));
  }
  const sebaran = (xs: (UkuranKelompok | null)[]) => {
    const u = xs.filter((x): x is UkuranKelompok => !!x && Number.isFinite(x.theta));
    if (u.length < 2) return null;
    const mean = u.reduce((a, x) => a + x.theta, 0) / u.length;
    const varEap = u.reduce((a, x) => a + (x.theta - mean) ** 2, 0) / (u.length - 1);
    const varErr = u.reduce((a, x) => a + x.se * x.se, 0) / u.length;
    const sd = Math.sqrt(varEap + varErr);
    return { mean, sd, reliabilitas: varEap + varErr > 0 ? varEap / (varEap + varErr) : null };
  };
  const sebaranFaktor = Object.fromEntries(
    KODE_FAKTOR.map((kf) => [kf, sebaran([...ukuranFaktor.values()].map((f) => f[kf]))]),
  ) as Record<KodeFaktor, ReturnType<typeof sebaran>>;
  const sebaranTotal = sebaran([...ukuranTotal.values()]);

  const sumberObservasi = (
    u: UkuranKelompok | null,
    sb: ReturnType<typeof sebaran>,
  ): SumberTersimpan | null => {
    if (!u) return null;
    const ok = sb && Number.isFinite(u.theta) && sb.sd > 0;
    return {
      sumber: "observasi",
      level: u.level,
      z: ok ? (u.theta - sb.mean) / sb.sd : null,
      seZ: ok ? u.se / sb.sd : null,
      reliabilitas: sb?.reliabilitas ?? null,
    };
  };
  const gabung = (sumber: SumberTersimpan[]) =>
    gabungLevel(
      sumber.map((s) => ({
        sumber: s.sumber,
        level: s.level,
        ...(s.z !== null && s.seZ !== null ? { z: s.z, seZ: s.seZ } : {}),
      })),
      m.aturan,
      m.batasZ,
    );

  const hasil = new Map<string, HasilNontesTersimpan>();
  for (const s of m.sasaran) {
    const mine = perOrang.get(s.pegawaiId) ?? [];
    const tes = m.tes.get(s.pegawaiId);
    const lain = m.lain?.get(s.pegawaiId) ?? [];
    const faktor: LevelFaktorTersimpan[] = [];
    for (const kf of KODE_FAKTOR) {
      const sumber: SumberTersimpan[] = [];
      if (tes) sumber.push({ sumber: "tes", ...tes.faktor[kf], reliabilitas: null });
      const obs = sumberObservasi(ukuranFaktor.get(s.pegawaiId)?.[kf] ?? null, sebaranFaktor[kf]);
      if (obs) sumber.push(obs);
      for (const l of lain) {
        const lv = l.faktor[kf];
        if (lv) sumber.push({ sumber: l.sumber, level: lv, z: null, seZ: null, reliabilitas: null });
      }
      const g = gabung(sumber);
      if (!g) continue;
      faktor.push({
        faktor: kf,
        level: g.level,
        aturan: g.aturan,
        sumberDipakai: g.sumber,
        sumber,
        perluTinjauan: g.perluTinjauan,
        komposit: g.komposit ?? null,
      });
    }
    const total: SumberTersimpan[] = [];
    if (tes) total.push({ sumber: "tes", level: tes.level, z: tes.z, seZ: tes.seZ, reliabilitas: null });
    const obsTotal = sumberObservasi(ukuranTotal.get(s.pegawaiId) ?? null, sebaranTotal);
    if (obsTotal) total.push(obsTotal);
    for (const l of lain)
      if (l.total) total.push({ sumber: l.sumber, level: l.total, z: null, seZ: null, reliabilitas: null });
    if (total.every((x) => x.sumber === "tes")) continue; // no non-test evidence for this person: no result
    const gTotal = gabung(total);
    if (!gTotal) continue;
    const kualitas = BARS_KUALITAS.map((q) => {
      const u = ukur(mine, new Set([q.kode]));
      return { kode: q.kode, level: u?.level ?? null, skorWajar: u?.skorWajar ?? null };
    });
    const t = s.pimpinan ? ukur(mine, new Set([KODE_TELADAN])) : null;
    hasil.set(s.pegawaiId, {
      levelAkhir: gTotal.level,
      faktor,
      kualitas,
      teladan: s.pimpinan ? { level: t?.level ?? null, skorWajar: t?.skorWajar ?? null } : null,
      perluTinjauan: gTotal.perluTinjauan || faktor.some((f) => f.perluTinjauan),
    });
  }
  return { laporan, hasil };
}
