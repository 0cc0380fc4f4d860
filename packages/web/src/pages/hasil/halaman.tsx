import { lazy, type ReactNode } from "react";

// Each page is its own chunk, fetched when first opened (App wraps pages in Suspense).
const HasilSayaPage = lazy(() => import("./HasilSayaPage.tsx").then((m) => ({ default: m.HasilSayaPage })));
const KelolaHasilPage = lazy(() =>
  import("./KelolaHasilPage.tsx").then((m) => ({ default: m.KelolaHasilPage })),
);
const KalibrasiUlangPage = lazy(() =>
  import("./KalibrasiUlangPage.tsx").then((m) => ({ default: m.KalibrasiUlangPage })),
);
const PetaAsesmenPage = lazy(() =>
  import("./PetaAsesmenPage.tsx").then((m) => ({ default: m.PetaAsesmenPage })),
);

/**
 * The area's pages for a path, or null when the path is not this area's.
 * `boleh(navPath)` says whether the user's roles may open that navigation item.
 */
export function halamanHasil(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/hasil") return <HasilSayaPage />;
  if (path === "/peta-asesmen" && boleh("/peta-asesmen")) return <PetaAsesmenPage />;
  if (path === "/hasil-kelola" && boleh("/hasil-kelola")) return <KelolaHasilPage />;
  if (path === "/kalibrasi-ulang" && boleh("/kalibrasi-ulang")) return <KalibrasiUlangPage />;
  return null;
}
