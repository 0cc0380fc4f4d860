import { lazy, type ReactNode } from "react";

const KalenderSayaPage = lazy(() =>
  import("./KalenderSayaPage.tsx").then((m) => ({ default: m.KalenderSayaPage })),
);

/** The area's pages for a path, or null when the path is not this area's. */
export function halamanKalender(path: string): ReactNode | null {
  if (path === "/kalender-saya") return <KalenderSayaPage />;
  return null;
}
