import { lazy, type ReactNode } from "react";
import { matchPath } from "../../lib/router.ts";

// Each page is its own chunk, fetched when first opened (App wraps pages in Suspense).
const DaftarVersiPage = lazy(() =>
  import("./DaftarVersiPage.tsx").then((m) => ({ default: m.DaftarVersiPage })),
);
const DetailVersiPage = lazy(() =>
  import("./DetailVersiPage.tsx").then((m) => ({ default: m.DetailVersiPage })),
);

/**
 * The area's pages for a path, or null when the path is not this area's.
 * `boleh(navPath)` says whether the user's roles may open that navigation item.
 */
export function halamanBankButir(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (!boleh("/bank-butir")) return null;
  if (path === "/bank-butir") return <DaftarVersiPage />;
  const detail = matchPath("/bank-butir/:id", path);
  if (detail) return <DetailVersiPage key={detail.id} id={detail.id} />;
  return null;
}
