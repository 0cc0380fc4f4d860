import { lazy, type ReactNode } from "react";

// Each page is its own chunk, fetched when first opened (App wraps pages in Suspense).
const TugasSayaPage = lazy(() => import("./TugasSayaPage.tsx").then((m) => ({ default: m.TugasSayaPage })));
const HasilNontesSayaPage = lazy(() =>
  import("./HasilNontesSayaPage.tsx").then((m) => ({ default: m.HasilNontesSayaPage })),
);
const PeriodeNontesPage = lazy(() =>
  import("./PeriodeNontesPage.tsx").then((m) => ({ default: m.PeriodeNontesPage })),
);

/** The non-test area's pages for a path (docs/nontes.md), or null when the path is not this area's. */
export function halamanNontes(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/nontes/tugas") return <TugasSayaPage />;
  if (path === "/nontes/saya") return <HasilNontesSayaPage />;
  if (path === "/nontes/periode" && boleh("/nontes/periode")) return <PeriodeNontesPage />;
  return null;
}
