import { lazy, type ReactNode } from "react";
import { matchPath } from "../../lib/router.ts";

const WbsPublikPage = lazy(() => import("./WbsPublikPage.tsx").then((m) => ({ default: m.WbsPublikPage })));

/** Pages of this area open without login: `/wbs/<agency code>` (whistleblowing system, Tabel 2 II). */
export function halamanPublikSinergi(path: string): ReactNode | null {
  const m = matchPath("/wbs/:kode", path);
  if (!m) return null;
  return <WbsPublikPage key={m.kode} kode={m.kode} />;
}
