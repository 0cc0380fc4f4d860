import type { ReactNode } from "react";
import { matchPath } from "../../lib/router.ts";
import { SurveiPublikPage } from "./SurveiPublikPage.tsx";

/** Pages of this area open without login: `/survei/<agency code>` (public service-integrity survey). */
export function halamanPublikKomunitas(path: string): ReactNode | null {
  const m = matchPath("/survei/:kode", path);
  if (!m) return null;
  return <SurveiPublikPage key={m.kode} kode={m.kode} />;
}
