import { ApiError } from "./client.ts";

/** How many times a failed query is tried again at most. */
export const ULANG_MAKS = 3;

/**
 * Whether a failed query is worth trying again (TanStack Query's `retry`):
 * only when the request never got an answer (network, `ApiError` status 0)
 * or the server failed (5xx), at most `ULANG_MAKS` times. A 4xx answer is the
 * server's considered refusal (no right, not found, bad input): asking again
 * gives the same answer, so the user sees it at once.
 */
export function bolehUlang(gagalKe: number, galat: unknown): boolean {
  if (gagalKe >= ULANG_MAKS) return false;
  return galat instanceof ApiError && (galat.status === 0 || galat.status >= 500);
}

/** Wait before try `gagalKe + 1`: 1 s, 2 s, 4 s … (exponential backoff), at most 30 s. */
export function jedaUlang(gagalKe: number): number {
  return Math.min(1000 * 2 ** gagalKe, 30_000);
}
