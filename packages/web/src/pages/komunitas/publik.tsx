import type { ReactNode } from "react";

/** Pages of this area open without login (e.g. `/ujian/<token>`), or null. */
export function halamanPublikKomunitas(_path: string): ReactNode | null {
  return null;
}
