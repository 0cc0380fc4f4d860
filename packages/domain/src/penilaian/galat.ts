/** Error of the scoring pipeline; `message` in Bahasa Indonesia, `en` in English. */
export class PenilaianError extends Error {
  override name = "PenilaianError";
  readonly en: string;
  constructor(id: string, en: string) {
    super(id);
    this.en = en;
  }
}
