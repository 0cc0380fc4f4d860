import { lazy, type ReactNode } from "react";

// Each page is its own chunk, fetched when first opened (App wraps pages in Suspense).
const DasborNasionalPage = lazy(() =>
  import("./DasborNasional.tsx").then((m) => ({ default: m.DasborNasionalPage })),
);

/** The national evaluator's home (App shows it on `/` in KemenPANRB). */
export function BerandaNasional() {
  return <DasborNasionalPage beranda />;
}

/**
 * The area's pages for a path, or null when the path is not this area's.
 * `boleh(navPath)` says whether the user's roles may open that navigation item.
 */
export function halamanNasional(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/nasional" && boleh("/nasional")) return <DasborNasionalPage />;
  return null;
}
