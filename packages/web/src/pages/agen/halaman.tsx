import { lazy, type ReactNode } from "react";

const AgenPage = lazy(() => import("./AgenPage.tsx").then((m) => ({ default: m.AgenPage })));
const RencanaSayaPage = lazy(() =>
  import("./RencanaSayaPage.tsx").then((m) => ({ default: m.RencanaSayaPage })),
);
const RencanaPegawaiPage = lazy(() =>
  import("./RencanaPegawaiPage.tsx").then((m) => ({ default: m.RencanaPegawaiPage })),
);

/** The area's pages for a path, or null when the path is not this area's. */
export function halamanAgen(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/agen") return <AgenPage />;
  if (path === "/rencana-saya") return <RencanaSayaPage />;
  if (path === "/rencana-pegawai" && boleh("/rencana-pegawai")) return <RencanaPegawaiPage />;
  return null;
}
