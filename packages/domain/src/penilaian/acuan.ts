import {
  calibrateTirtModel,
  NormTable,
  simulateTirt,
  type TirtParams,
  tirtModelFromParams,
  tirtPersonFitNull,
} from "@nurani/irt";
import { parameterAcuan } from "../bank-butir/guard.ts";
import { PERNYATAAN_NASIONAL } from "../bank-butir/pernyataan/index.ts";
import type { Formulir, Pernyataan } from "../bank-butir/tipe.ts";
import { toTirtDesign } from "../bank-butir/tirt.ts";
import { KODE_SUBDIMENSI } from "../kerangka/faktor.ts";
import { PenilaianError } from "./galat.ts";
import { type BatasLevel, batasNormatif } from "./level.ts";
import { type NormaAcuan, normaDariSkor, skorKomposit } from "./skor.ts";

/**
 * A versioned national reference for one form: calibrated Thurstonian IRT
 * parameters, norm tables per sub-dimension, factor and integrity score, the
 * person-fit critical value and the default level cuts. Every score records
 * `versi`, so it can be recomputed (docs/hasil.md "Recalibration").
 */
export interface ParameterAcuan {
  jenis: "nurani-parameter-acuan";
  versi: string;
  formulir: string;
  /**
   * "sementara" (provisional): built from a simulated sample, not from real
   * responses; "kalibrasi": recalibrated from a campaign's real responses.
   */
  status: "sementara" | "kalibrasi";
  catatan: string;
  sampel: { n: number; benih: number; sumber: "simulasi" | "kampanye" };
  parameter: TirtParams;
  norma: NormaAcuan;
  /**
   * SD of the latent integrity score (mean of the 12 traits) in the
   * reference population, √(1ᵀΦ̂1)/12 from the calibrated trait
   * correlations; its mean is 0. Scales plausible values to derajat.
   */
  sdLatenIntegritas: number;
  /** Lower critical value of person fit lz from its simulated null (`tirtPersonFitNull`). */
  ambangLz: { nilai: number; alpha: number; n: number };
  batasLevel: BatasLevel;
}

export interface OpsiKalibrasiAcuan {
  /** Size of the simulated national reference sample (the full reference; tests use ~1,000). */
  n: number;
  benih: number;
  versi?: string;
  pernyataan?: readonly Pernyataan[];
  /** α of the person-fit flag (default 0.01). */
  alphaKecocokan?: number;
}

export interface HasilKalibrasiAcuan {
  acuan: ParameterAcuan;
  /** Squared correlation of the reference sample's MAP scores with their simulated true traits. */
  reliabilitasSampel: { subDimensi: number[]; integritas: number };
}

export const CATATAN_SEMENTARA =
  "SEMENTARA: parameter dikalibrasi dari sampel acuan nasional hasil simulasi dengan parameter acuan sementara bank butir (bukan data nyata); norma dan batas level ikut sementara sampai kalibrasi ulang dengan jawaban nyata.";

/**
 * Builds the provisional national reference of a form (BAB III.B.3.a:
 * IRT analysis, scores transformed into norms):
 * 1. simulate `n` persons from the form at the bank's provisional reference
 *    parameters (`parameterAcuan`, docs/item-bank.md), with traits drawn
 *    from N(0, Φ_ref);
 * 2. calibrate the Thurstonian IRT model on those responses with the
 *    engine (limited-information ULS, docs/irt/thurstonian.md);
 * 3. score the same sample by MAP with the calibrated parameters and build
 *    norm tables of the 12 sub-dimensions, 3 factors and integrity score;
 * 4. simulate the null distribution of person fit at the calibrated
 *    parameters for the aberrance flag;
 * 5. set the default (normative, provisional) level cuts on the sample.
 */
export function kalibrasiAcuan(formulir: Formulir, opsi: OpsiKalibrasiAcuan): HasilKalibrasiAcuan {
  const pernyataan = opsi.pernyataan ?? PERNYATAAN_NASIONAL;
  const versi = opsi.versi ?? `${formulir.id}/sementara-${opsi.benih}`;
  const design = toTirtDesign(formulir, pernyataan);
  const generator = tirtModelFromParams(design, parameterAcuan(formulir, pernyataan));
  const sim = simulateTirt(generator, { persons: opsi.n, seed: opsi.benih });
  const kal = calibrateTirtModel(design, sim.outcomes, opsi.n);
  const est = kal.params.estimation;
  if (!est?.converged)
    throw new PenilaianError(
      `Kalibrasi acuan ${versi} tidak konvergen (${est?.message ?? "tanpa keterangan"}).`,
      `reference calibration ${versi} did not converge`,
    );
  const skor = skorKomposit(kal.model, sim.outcomes, opsi.n);
  const label = `Acuan nasional sementara ${versi} (simulasi, n = ${opsi.n})`;
  const norma = normaDariSkor(skor, label, versi);
  const alpha = opsi.alphaKecocokan ?? 0.01;
  const nNull = Math.min(opsi.n, 2000);
  const nul = tirtPersonFitNull(kal.model, { persons: nNull, seed: opsi.benih + 1, alpha });
  const tabelIntegritas = new NormTable(norma.integritas);
  const batasLevel = batasNormatif(Array.from(skor.integritas, (x) => tabelIntegritas.derajat(x)));

  const T = KODE_SUBDIMENSI.length;
  let jumlahPhi = 0;
  for (const x of kal.model.phi) jumlahPhi += x;
  const benarIntegritas = Float64Array.from({ length: opsi.n }, (_, p) => {
    let s = 0;
    for (let a = 0; a < T; a++) s += sim.eta[p * T + a] / T;
    return s;
  });
  return {
    acuan: {
      jenis: "nurani-parameter-acuan",
      versi,
      formulir: formulir.id,
      status: "sementara",
      catatan: CATATAN_SEMENTARA,
      sampel: { n: opsi.n, benih: opsi.benih, sumber: "simulasi" },
      parameter: kal.params,
      norma,
      sdLatenIntegritas: Math.sqrt(jumlahPhi) / T,
      ambangLz: { nilai: nul.critical, alpha, n: nNull },
      batasLevel,
    },
    reliabilitasSampel: {
      subDimensi: KODE_SUBDIMENSI.map(
        (_, a) =>
          korelasi(
            (p) => skor.map.theta[p * T + a],
            (p) => sim.eta[p * T + a],
            opsi.n,
          ) ** 2,
      ),
      integritas:
        korelasi(
          (p) => skor.integritas[p],
          (p) => benarIntegritas[p],
          opsi.n,
        ) ** 2,
    },
  };
}

function korelasi(x: (i: number) => number, y: (i: number) => number, n: number): number {
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x(i) / n;
    my += y(i) / n;
  }
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x(i) - mx) * (y(i) - my);
    sxx += (x(i) - mx) ** 2;
    syy += (y(i) - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
