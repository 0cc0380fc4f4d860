/**
 * Scale transformation θ_to = A·θ_from + B applied to item parameters in
 * mirt's slope-intercept form. Since a·θ_from + d = (a/A)·θ_to + (d − a·B/A),
 *   a* = a / A,   d*_k = d_k − ak_k·a·B/A   (ak_k = 1 except for GPCM weights),
 * and the 3PL lower asymptote is unchanged. In the traditional form this is
 * the familiar b* = A·b + B, a* = a/A (Kolen & Brennan 2014, ch. 6).
 */
import type { ItemParams } from "../models/types.ts";

export interface ScaleTransform {
  A: number;
  B: number;
}

export function transformItem(item: ItemParams, { A, B }: ScaleTransform): ItemParams {
  if (item.model === "rasch") {
    // Rasch slopes are fixed at 1; only a shift keeps the model (A must be 1).
    if (Math.abs(A - 1) > 1e-12) {
      throw new Error("Model Rasch hanya dapat digeser (A = 1). / Rasch items only allow a shift (A = 1).");
    }
    return { ...item, d: [item.d[0] - B] };
  }
  const a = item.a;
  const slope = a / A;
  const shift = (a * B) / A;
  const d =
    item.model === "gpcm"
      ? item.d.map((dk, k) => dk - (item.ak ? item.ak[k] : k) * shift)
      : item.d.map((dk) => dk - shift);
  return { ...item, a: slope, d };
}

export function transformItems(items: readonly ItemParams[], t: ScaleTransform): ItemParams[] {
  return items.map((it) => transformItem(it, t));
}

/** Traditional difficulties (thresholds) b = −d/a of an item; GPCM step difficulties. */
export function difficulties(item: ItemParams): number[] {
  const a = item.model === "rasch" ? 1 : item.a;
  if (item.model === "gpcm") {
    const b: number[] = [];
    for (let k = 1; k < item.d.length; k++) b.push(-(item.d[k] - item.d[k - 1]) / a);
    return b;
  }
  return item.d.map((d) => -d / a);
}
