/** Errors raised by the forced-choice (Thurstonian IRT) code: Bahasa Indonesia first, English after. */
export class TirtError extends Error {
  constructor(
    readonly id: string,
    readonly en: string,
  ) {
    super(`${id} (${en})`);
    this.name = "TirtError";
  }
}
