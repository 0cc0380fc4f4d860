/**
 * Running posterior of θ on a fixed grid (61 nodes on [−6, 6] around the
 * prior) for provisional CAT estimates: EAP is the grid mean and SD; MAP is
 * found by Newton's method on the exact log posterior (the engine's
 * personLogLik), started from the EAP, SE from its curvature.
 */

import { categoryProbs, makeScratch, maxCategories, PROB_FLOOR } from "../models/items.ts";
import type { ItemParams } from "../models/types.ts";
import { equallySpacedNodes } from "../numeric/quadrature.ts";
import { personLogLik } from "../scoring/person.ts";

export class GridPosterior {
  readonly nodes: Float64Array;
  private readonly logPost: Float64Array;
  private readonly post: Float64Array;
  private readonly p: Float64Array;
  private readonly items: ItemParams[] = [];
  private readonly responses: number[] = [];

  constructor(
    private readonly prior: { mean: number; sd: number },
    maxCat: number,
  ) {
    const z = equallySpacedNodes(61, 6);
    this.nodes = z.map((v) => prior.mean + prior.sd * v);
    this.logPost = z.map((v) => -0.5 * v * v);
    this.post = new Float64Array(z.length);
    this.p = new Float64Array(maxCat);
    this.normalise();
  }

  update(item: ItemParams, response: number): void {
    for (let q = 0; q < this.nodes.length; q++) {
      categoryProbs(item, this.nodes[q], this.p);
      this.logPost[q] += Math.log(Math.max(this.p[response], PROB_FLOOR));
    }
    this.items.push(item);
    this.responses.push(response);
    this.normalise();
  }

  /** Normalised posterior weights at the nodes. */
  weights(): Float64Array {
    return this.post;
  }

  private normalise(): void {
    let max = Number.NEGATIVE_INFINITY;
    for (const v of this.logPost) if (v > max) max = v;
    let s = 0;
    for (let q = 0; q < this.post.length; q++) {
      this.post[q] = Math.exp(this.logPost[q] - max);
      s += this.post[q];
    }
    for (let q = 0; q < this.post.length; q++) this.post[q] /= s;
  }

  eap(): { theta: number; se: number } {
    let m = 0;
    let m2 = 0;
    for (let q = 0; q < this.post.length; q++) {
      m += this.post[q] * this.nodes[q];
      m2 += this.post[q] * this.nodes[q] * this.nodes[q];
    }
    return { theta: m, se: Math.sqrt(Math.max(0, m2 - m * m)) };
  }

  map(): { theta: number; se: number } {
    const start = this.eap();
    if (this.items.length === 0) return { theta: this.prior.mean, se: this.prior.sd };
    const x = Int16Array.from(this.responses);
    const s = makeScratch(maxCategories(this.items));
    const ll = new Float64Array(3);
    const v = this.prior.sd * this.prior.sd;
    const evalAt = (t: number) => {
      personLogLik(this.items, x, 0, t, s, ll);
      const z = t - this.prior.mean;
      ll[0] -= (z * z) / (2 * v);
      ll[1] -= z / v;
      ll[2] -= 1 / v;
    };
    let t = start.theta;
    evalAt(t);
    for (let it = 0; it < 100; it++) {
      const f = ll[0];
      let step = ll[2] < 0 ? -ll[1] / ll[2] : Math.sign(ll[1]) * 0.5;
      step = Math.max(-1, Math.min(1, step));
      for (let half = 0; half < 40; half++) {
        evalAt(t + step);
        if (ll[0] >= f) break;
        step /= 2;
      }
      t += step;
      if (Math.abs(step) < 1e-10) break;
    }
    evalAt(t);
    return { theta: t, se: 1 / Math.sqrt(-ll[2]) };
  }
}
