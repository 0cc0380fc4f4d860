/**
 * Running exposure counts shared by every session drawn from the same pool,
 * for the restricted maximum-information method (Revuelta & Ponsoda 1998):
 * an item is eligible only while its exposure rate so far is below r_max,
 * so after n examinees no rate exceeds r_max + 1/n. In a live system the
 * counts belong to the pool's delivery window and are persisted by the caller
 * (`toJSON` / `fromJSON`).
 */
export class ExposureTracker {
  examinees: number;
  readonly counts: number[];

  constructor(poolSize: number, examinees = 0, counts?: readonly number[]) {
    this.examinees = examinees;
    this.counts = counts ? [...counts] : new Array<number>(poolSize).fill(0);
    if (this.counts.length !== poolSize) throw new Error("counts must have one entry per pool item");
  }

  static fromJSON(json: { examinees: number; counts: number[] }): ExposureTracker {
    return new ExposureTracker(json.counts.length, json.examinees, json.counts);
  }

  toJSON(): { examinees: number; counts: number[] } {
    return { examinees: this.examinees, counts: [...this.counts] };
  }

  /** Exposure rate of each item so far. */
  rates(): number[] {
    return this.counts.map((c) => (this.examinees > 0 ? c / this.examinees : 0));
  }

  /** True while the item may still be given under the cap. */
  allows(item: number, rMax: number): boolean {
    return this.counts[item] < rMax * this.examinees;
  }
}
