import { lazy, type ReactNode } from "react";

const AktivasiPage = lazy(() => import("./AktivasiPage.tsx").then((m) => ({ default: m.AktivasiPage })));

/** Pages of this area open without login: `/aktivasi` (a printed one-time activation code). */
export function halamanPublikNasional(path: string): ReactNode | null {
  return path === "/aktivasi" ? <AktivasiPage /> : null;
}
