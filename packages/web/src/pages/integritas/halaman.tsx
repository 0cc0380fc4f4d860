import { lazy, type ReactNode } from "react";

const DisiplinPage = lazy(() => import("./DisiplinPage.tsx").then((m) => ({ default: m.DisiplinPage })));
const LhkasnPage = lazy(() => import("./LhkasnPage.tsx").then((m) => ({ default: m.LhkasnPage })));
const LhkasnSayaPage = lazy(() =>
  import("./LhkasnSayaPage.tsx").then((m) => ({ default: m.LhkasnSayaPage })),
);
const ZonaIntegritasPage = lazy(() =>
  import("./ZonaIntegritasPage.tsx").then((m) => ({ default: m.ZonaIntegritasPage })),
);

/** The integrity registers' pages for a path (Tabel 2 II), or null. */
export function halamanIntegritas(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (!boleh(path)) return null;
  if (path === "/disiplin") return <DisiplinPage />;
  if (path === "/lhkasn") return <LhkasnPage />;
  if (path === "/lhkasn-saya") return <LhkasnSayaPage />;
  if (path === "/zona-integritas") return <ZonaIntegritasPage />;
  return null;
}
