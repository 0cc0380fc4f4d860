import { lazy, type ReactNode } from "react";
import { matchPath } from "../../lib/router.ts";

// Each page is its own chunk, fetched when first opened (App wraps pages in Suspense).
const AsesmenSayaPage = lazy(() =>
  import("./AsesmenSayaPage.tsx").then((m) => ({ default: m.AsesmenSayaPage })),
);
const UjianSayaPage = lazy(() => import("./AsesmenSayaPage.tsx").then((m) => ({ default: m.UjianSayaPage })));
const KampanyeDetailPage = lazy(() =>
  import("./KampanyeDetailPage.tsx").then((m) => ({ default: m.KampanyeDetailPage })),
);
const KampanyeListPage = lazy(() =>
  import("./KampanyeListPage.tsx").then((m) => ({ default: m.KampanyeListPage })),
);

/**
 * The area's pages for a path, or null when the path is not this area's.
 * `boleh(navPath)` says whether the user's roles may open that navigation item.
 */
export function halamanAsesmen(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (boleh("/asesmen")) {
    if (path === "/asesmen") return <KampanyeListPage />;
    const d = matchPath("/asesmen/:id", path);
    if (d) return <KampanyeDetailPage key={d.id} id={d.id} />;
  }
  if (boleh("/asesmen-saya")) {
    if (path === "/asesmen-saya") return <AsesmenSayaPage />;
    const u = matchPath("/asesmen-saya/:id", path);
    if (u) return <UjianSayaPage key={u.id} id={u.id} />;
  }
  return null;
}
