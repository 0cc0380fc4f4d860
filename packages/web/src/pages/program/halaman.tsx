import { Alert } from "@mantine/core";
import { lazy, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Peran } from "../../api/types.ts";
import { useSession } from "../../auth/session.tsx";
import { matchPath } from "../../lib/router.ts";
import { PERAN_BACA } from "./api.ts";

// Each page is its own chunk, fetched when first opened (App wraps pages in Suspense).
const DaftarSiklusPage = lazy(() =>
  import("./DaftarSiklus.tsx").then((m) => ({ default: m.DaftarSiklusPage })),
);
const DasborSiklusPage = lazy(() =>
  import("./DasborSiklus.tsx").then((m) => ({ default: m.DasborSiklusPage })),
);
const DaftarPeriksaPage = lazy(() =>
  import("./DaftarPeriksaPage.tsx").then((m) => ({ default: m.DaftarPeriksaPage })),
);
const DeklarasiPage = lazy(() => import("./DeklarasiPage.tsx").then((m) => ({ default: m.DeklarasiPage })));
const PanduanPage = lazy(() => import("./PanduanPage.tsx").then((m) => ({ default: m.PanduanPage })));
const KalenderPage = lazy(() => import("./Kalender.tsx").then((m) => ({ default: m.KalenderPage })));

/** Pages only some roles may open (the API refuses the others anyway). */
function Jaga({ peran, children }: { peran: readonly Peran[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { punya } = useSession();
  if (!punya(...peran)) return <Alert color="gray">{t("program.tidakBerwenang")}</Alert>;
  return <>{children}</>;
}

/**
 * The area's pages for a path, or null when the path is not this area's.
 * `boleh(navPath)` says whether the user's roles may open that navigation item.
 */
export function halamanProgram(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (!path.startsWith("/program") || !boleh("/program")) return null;
  if (path === "/program") return <DaftarSiklusPage />;
  if (path === "/program/panduan") {
    const siklus = new URLSearchParams(window.location.search).get("siklus");
    return (
      <Jaga peran={PERAN_BACA}>
        <PanduanPage siklusAwal={siklus} />
      </Jaga>
    );
  }
  const deklarasi = matchPath("/program/:id/deklarasi", path);
  if (deklarasi) return <DeklarasiPage id={deklarasi.id} />;
  const kalender = matchPath("/program/:id/kegiatan", path);
  if (kalender)
    return (
      <Jaga peran={PERAN_BACA}>
        <KalenderPage id={kalender.id} />
      </Jaga>
    );
  const dp = matchPath("/program/:id/daftar-periksa", path);
  if (dp)
    return (
      <Jaga peran={PERAN_BACA}>
        <DaftarPeriksaPage id={dp.id} />
      </Jaga>
    );
  const dasbor = matchPath("/program/:id", path);
  if (dasbor)
    return (
      <Jaga peran={PERAN_BACA}>
        <DasborSiklusPage id={dasbor.id} />
      </Jaga>
    );
  return null;
}
