import { lazy, type ReactNode } from "react";

const NormaBatasPage = lazy(() =>
  import("./NormaBatasPage.tsx").then((m) => ({ default: m.NormaBatasPage })),
);

/** The area's page for a path, or null when the path is not this area's. */
export function halamanNormaBatas(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/norma-batas" && boleh("/norma-batas")) return <NormaBatasPage />;
  return null;
}
