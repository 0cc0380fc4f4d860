import { simulateTirt, type TirtModel } from "@nurani/irt";
import type { Formulir } from "../bank-butir/tipe.ts";
import type { JawabanPegawai } from "./jawaban.ts";

/**
 * Simulated test takers for checks with known truth (tests, benches, demo
 * data): responses drawn from `model` (traits from N(0, Φ) or the given
 * `eta`) turned into "paling sesuai"/"paling tidak sesuai" answers in the
 * form's statement order. Times and changes are not simulated. The model
 * must give transitive rankings: a generating model (`generateTirtParams`,
 * `parameterAcuan`) where γ_ik = μ_k − μ_i.
 */
export function simulasikanJawaban(
  formulir: Formulir,
  model: TirtModel,
  opsi: { n: number; benih: number; eta?: Float64Array; awalanId?: string },
): { data: JawabanPegawai[]; eta: Float64Array } {
  const sim = simulateTirt(model, {
    persons: opsi.n,
    seed: opsi.benih,
    ...(opsi.eta ? { eta: opsi.eta } : {}),
  });
  const { layout } = model;
  const P = layout.pairs.length;
  const data = Array.from(
    { length: opsi.n },
    (_, p): JawabanPegawai => ({
      pegawaiId: `${opsi.awalanId ?? "sim"}-${p + 1}`,
      jawaban: formulir.blok.map((b, bi) => {
        const menang = [0, 0, 0];
        const mulai = layout.blockPairStart[bi];
        for (let j = mulai; j < mulai + 3; j++) {
          const q = layout.pairs[j];
          menang[sim.outcomes[p * P + j] === 1 ? q.firstPos : q.secondPos]++;
        }
        if (!menang.includes(2))
          throw new Error("simulasikanJawaban perlu model dengan peringkat transitif (model pembangkit).");
        return {
          blok: b.id,
          palingSesuai: b.pernyataan[menang.indexOf(2)],
          palingTidakSesuai: b.pernyataan[menang.indexOf(0)],
        };
      }),
    }),
  );
  return { data, eta: sim.eta };
}
