import { lazy, type ReactNode } from "react";
import { matchPath } from "../../lib/router.ts";

const DaftarPanelPage = lazy(() =>
  import("./DaftarPanelPage.tsx").then((m) => ({ default: m.DaftarPanelPage })),
);
const DetailPanelPage = lazy(() =>
  import("./DetailPanelPage.tsx").then((m) => ({ default: m.DetailPanelPage })),
);

/** The national evaluator's pages of the expert panel review (docs/panel-ahli.md). */
export function halamanPanelAhli(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (!boleh("/panel-ahli")) return null;
  if (path === "/panel-ahli") return <DaftarPanelPage />;
  const d = matchPath("/panel-ahli/:id", path);
  if (d) return <DetailPanelPage key={d.id} id={d.id} />;
  return null;
}
