import { lazy, type ReactNode } from "react";

// Each page is its own chunk, fetched when first opened (App wraps pages in Suspense).
const TugasSayaPage = lazy(() => import("./TugasSayaPage.tsx").then((m) => ({ default: m.TugasSayaPage })));
const HasilNontesSayaPage = lazy(() =>
  import("./HasilNontesSayaPage.tsx").then((m) => ({ default: m.HasilNontesSayaPage })),
);
const PeriodeNontesPage = lazy(() =>
  import("./PeriodeNontesPage.tsx").then((m) => ({ default: m.PeriodeNontesPage })),
);
const RekamJejakPage = lazy(() =>
  import("./RekamJejakPage.tsx").then((m) => ({ default: m.RekamJejakPage })),
);
const RekamJejakSayaPage = lazy(() =>
  import("./RekamJejakSayaPage.tsx").then((m) => ({ default: m.RekamJejakSayaPage })),
);
const WawancaraPage = lazy(() => import("./WawancaraPage.tsx").then((m) => ({ default: m.WawancaraPage })));
const WawancaraSayaPage = lazy(() =>
  import("./WawancaraPage.tsx").then((m) => ({ default: m.WawancaraSayaPage })),
);

/** The non-test area's pages for a path (docs/nontes.md), or null when the path is not this area's. */
export function halamanNontes(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/nontes/tugas") return <TugasSayaPage />;
  if (path === "/nontes/saya") return <HasilNontesSayaPage />;
  if (path === "/nontes/rekam-jejak-saya") return <RekamJejakSayaPage />;
  if (path === "/nontes/wawancara-saya") return <WawancaraSayaPage />;
  if (path === "/nontes/periode" && boleh("/nontes/periode")) return <PeriodeNontesPage />;
  if (path === "/nontes/rekam-jejak" && boleh("/nontes/rekam-jejak")) return <RekamJejakPage />;
  if (path === "/nontes/wawancara" && boleh("/nontes/wawancara")) return <WawancaraPage />;
  return null;
}
