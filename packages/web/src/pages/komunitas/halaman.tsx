import type { ReactNode } from "react";

/**
 * The area's pages for a path, or null when the path is not this area's.
 * `boleh(navPath)` says whether the user's roles may open that navigation item.
 */
export function halamanKomunitas(_path: string, _boleh: (navPath: string) => boolean): ReactNode | null {
  return null;
}
