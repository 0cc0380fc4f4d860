import { lazy, type ReactNode } from "react";

const AgenPage = lazy(() => import("./AgenPage.tsx").then((m) => ({ default: m.AgenPage })));

/** The area's pages for a path, or null when the path is not this area's. */
export function halamanAgen(path: string, _boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/agen") return <AgenPage />;
  return null;
}
