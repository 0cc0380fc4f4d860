import { lazy, type ReactNode } from "react";

const DataSayaPage = lazy(() => import("./DataSayaPage.tsx").then((m) => ({ default: m.DataSayaPage })));
const RetensiPage = lazy(() => import("./RetensiPage.tsx").then((m) => ({ default: m.RetensiPage })));

/** The area's pages for a path, or null when the path is not this area's. */
export function halamanDataSaya(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/data-saya") return <DataSayaPage />;
  if (path === "/retensi" && boleh("/retensi")) return <RetensiPage />;
  return null;
}
