/**
 * Errors the engine raises about the data or the fit, worded for the user:
 * Bahasa Indonesia in `message`, English in `en` (the CLI prints both).
 */
export type IrtErrorCode =
  | "ONE_CATEGORY"
  | "EMPTY_CATEGORY"
  | "NOT_DICHOTOMOUS"
  | "EMPTY_PERSON"
  | "BAD_RESPONSE"
  | "NOT_CONVERGED"
  | "BAD_PARAMS";

export class IrtError extends Error {
  readonly code: IrtErrorCode;
  readonly en: string;
  constructor(code: IrtErrorCode, id: string, en: string) {
    super(id);
    this.name = "IrtError";
    this.code = code;
    this.en = en;
  }
}
