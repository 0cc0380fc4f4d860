import { lazy, type ReactNode } from "react";

const TerlambatPage = lazy(() => import("./TerlambatPage.tsx").then((m) => ({ default: m.TerlambatPage })));
const PreferensiPage = lazy(() =>
  import("./PreferensiPage.tsx").then((m) => ({ default: m.PreferensiPage })),
);

/** The area's pages for a path, or null when the path is not this area's. */
export function halamanPengingat(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/terlambat" && boleh("/terlambat")) return <TerlambatPage />;
  if (path === "/pengaturan-notifikasi") return <PreferensiPage />;
  return null;
}
