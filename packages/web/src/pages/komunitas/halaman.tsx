import { lazy, type ReactNode } from "react";
import { matchPath } from "../../lib/router.ts";

// Each page is its own chunk, fetched when first opened (App wraps pages in Suspense).
const ForumPage = lazy(() => import("./forum/ForumPage.tsx").then((m) => ({ default: m.ForumPage })));
const UtasPage = lazy(() => import("./forum/UtasPage.tsx").then((m) => ({ default: m.UtasPage })));
const KampanyePage = lazy(() =>
  import("./kampanye/KampanyePage.tsx").then((m) => ({ default: m.KampanyePage })),
);
const MonevPage = lazy(() => import("./monev/MonevPage.tsx").then((m) => ({ default: m.MonevPage })));
const PendampinganPage = lazy(() =>
  import("./pendampingan/PendampinganPage.tsx").then((m) => ({ default: m.PendampinganPage })),
);
const RenaksiPage = lazy(() => import("./renaksi/RenaksiPage.tsx").then((m) => ({ default: m.RenaksiPage })));

/**
 * The area's pages for a path, or null when the path is not this area's.
 * `boleh(navPath)` says whether the user's roles may open that navigation item.
 */
export function halamanKomunitas(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/kampanye") return <KampanyePage />;
  if (path === "/forum") return <ForumPage />;
  const utas = matchPath("/forum/:id", path);
  if (utas) return <UtasPage key={utas.id} id={utas.id} />;
  if (path === "/pendampingan") return <PendampinganPage />;
  if (path === "/renaksi") return <RenaksiPage />;
  if (path === "/monev" && boleh("/monev")) return <MonevPage />;
  return null;
}
