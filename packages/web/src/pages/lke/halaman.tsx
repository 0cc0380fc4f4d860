import { lazy, type ReactNode } from "react";
import { matchPath } from "../../lib/router.ts";

// Each page is its own chunk, fetched when first opened (App wraps pages in Suspense).
const DaftarLkePage = lazy(() => import("./DaftarLkePage.tsx").then((m) => ({ default: m.DaftarLkePage })));
const VersiLkePage = lazy(() => import("./VersiLkePage.tsx").then((m) => ({ default: m.VersiLkePage })));

/**
 * Authoring the national worksheet (LKE; PermenPANRB 60/2020 BAB IV;
 * docs/nasional.md § 2): `/lke` the versions, `/lke/:versi` one version
 * (its editor while a draft). National evaluator only.
 */
export function halamanLke(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (!boleh("/lke")) return null;
  if (path === "/lke") return <DaftarLkePage />;
  const v = matchPath("/lke/:versi", path);
  if (v) return <VersiLkePage key={v.versi} versi={v.versi} />;
  return null;
}
