import { lazy, type ReactNode } from "react";
import { matchPath } from "../../lib/router.ts";

const KotakMasukWbsPage = lazy(() =>
  import("./KotakMasukWbsPage.tsx").then((m) => ({ default: m.KotakMasukWbsPage })),
);
const DetailWbsPage = lazy(() => import("./DetailWbsPage.tsx").then((m) => ({ default: m.DetailWbsPage })));

/** The area's pages for a path (institutional synergy, Tabel 2 II), or null. */
export function halamanSinergi(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (!boleh("/wbs-masuk")) return null;
  if (path === "/wbs-masuk") return <KotakMasukWbsPage />;
  const d = matchPath("/wbs-masuk/:id", path);
  if (d) return <DetailWbsPage key={d.id} id={d.id} />;
  return null;
}
