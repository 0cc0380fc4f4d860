import { lazy, type ReactNode } from "react";

const GratifikasiSayaPage = lazy(() =>
  import("./GratifikasiSayaPage.tsx").then((m) => ({ default: m.GratifikasiSayaPage })),
);
const RegisterUpgPage = lazy(() =>
  import("./RegisterUpgPage.tsx").then((m) => ({ default: m.RegisterUpgPage })),
);

/** The area's pages for a path (gratification control, Tabel 2 II), or null. */
export function halamanGratifikasi(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/gratifikasi-saya" && boleh("/gratifikasi-saya")) return <GratifikasiSayaPage />;
  if (path === "/gratifikasi" && boleh("/gratifikasi")) return <RegisterUpgPage />;
  return null;
}
