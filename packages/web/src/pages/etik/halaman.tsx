import { lazy, type ReactNode } from "react";

const KodeEtikSayaPage = lazy(() =>
  import("./KodeEtikSayaPage.tsx").then((m) => ({ default: m.KodeEtikSayaPage })),
);
const BenturanSayaPage = lazy(() =>
  import("./BenturanSayaPage.tsx").then((m) => ({ default: m.BenturanSayaPage })),
);
const KeputusanPage = lazy(() => import("./KeputusanPage.tsx").then((m) => ({ default: m.KeputusanPage })));
const KelolaKodeEtikPage = lazy(() =>
  import("./KelolaKodeEtikPage.tsx").then((m) => ({ default: m.KelolaKodeEtikPage })),
);
const RegisterBkPage = lazy(() =>
  import("./RegisterBkPage.tsx").then((m) => ({ default: m.RegisterBkPage })),
);

/** The ethics area's pages (code of ethics, conflict of interest; Tabel 2 II), or null. */
export function halamanEtik(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/etik/kode-etik") return <KodeEtikSayaPage />;
  if (path === "/etik/benturan") return <BenturanSayaPage />;
  if (path === "/etik/keputusan") return <KeputusanPage />;
  if (path === "/etik/kelola" && boleh("/etik/kelola")) return <KelolaKodeEtikPage />;
  if (path === "/etik/register" && boleh("/etik/register")) return <RegisterBkPage />;
  return null;
}
