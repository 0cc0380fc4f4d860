import { lazy, type ReactNode } from "react";

const PenilaianAhliPage = lazy(() =>
  import("./PenilaianAhliPage.tsx").then((m) => ({ default: m.PenilaianAhliPage })),
);

/** Open without login: `/panel` — an expert signs in with a printed one-time code and rates. */
export function halamanPublikPanelAhli(path: string): ReactNode | null {
  return path === "/panel" ? <PenilaianAhliPage /> : null;
}
