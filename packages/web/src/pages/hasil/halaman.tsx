import type { ReactNode } from "react";
import { HasilSayaPage } from "./HasilSayaPage.tsx";
import { KelolaHasilPage } from "./KelolaHasilPage.tsx";
import { PetaAsesmenPage } from "./PetaAsesmenPage.tsx";

/**
 * The area's pages for a path, or null when the path is not this area's.
 * `boleh(navPath)` says whether the user's roles may open that navigation item.
 */
export function halamanHasil(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (path === "/hasil") return <HasilSayaPage />;
  if (path === "/peta-asesmen" && boleh("/peta-asesmen")) return <PetaAsesmenPage />;
  if (path === "/hasil-kelola" && boleh("/hasil-kelola")) return <KelolaHasilPage />;
  return null;
}
