import type { ReactNode } from "react";
import { matchPath } from "../../lib/router.ts";
import { ForumPage, UtasPage } from "./ForumPage.tsx";
import { KampanyePage } from "./KampanyePage.tsx";
import { MonevPage } from "./MonevPage.tsx";
import { PendampinganPage } from "./PendampinganPage.tsx";
import { RenaksiPage } from "./RenaksiPage.tsx";

/**
 * The area's pages for a path, or null when the path is not this area's.
 * `boleh(navPath)` says whether the user's roles may open that navigation item.
 */
export function halamanKomunitas(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/kampanye") return <KampanyePage />;
  if (path === "/forum") return <ForumPage />;
  const utas = matchPath("/forum/:id", path);
  if (utas) return <UtasPage key={utas.id} id={utas.id} />;
  if (path === "/pendampingan") return <PendampinganPage />;
  if (path === "/renaksi") return <RenaksiPage />;
  if (path === "/monev" && boleh("/monev")) return <MonevPage />;
  return null;
}
