import { lazy, type ReactNode } from "react";
import { matchPath } from "../../lib/router.ts";

// Each page is its own chunk, fetched when first opened (App wraps pages in Suspense).
const SurveiPublikPage = lazy(() =>
  import("./SurveiPublikPage.tsx").then((m) => ({ default: m.SurveiPublikPage })),
);

/** Pages of this area open without login: `/survei/<agency code>` (public service-integrity survey). */
export function halamanPublikKomunitas(path: string): ReactNode | null {
  const m = matchPath("/survei/:kode", path);
  if (!m) return null;
  return <SurveiPublikPage key={m.kode} kode={m.kode} />;
}
