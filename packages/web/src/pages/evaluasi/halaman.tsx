import { lazy, type ReactNode } from "react";
import { matchPath } from "../../lib/router.ts";

// Each page is its own chunk, fetched when first opened (App wraps pages in Suspense).
const BerandaEvaluasiPage = lazy(() =>
  import("./BerandaEvaluasiPage.tsx").then((m) => ({ default: m.BerandaEvaluasiPage })),
);
const PeriodePage = lazy(() => import("./PeriodePage.tsx").then((m) => ({ default: m.PeriodePage })));
const LembarPage = lazy(() => import("./LembarPage.tsx").then((m) => ({ default: m.LembarPage })));

/**
 * The national evaluation (BAB IV): `/evaluasi` (the evaluator's periods, or
 * the agency's periods and recommendations), `/evaluasi/periode/:id` (review
 * queue and rankings), `/evaluasi/lke/:periodeId` (the agency's worksheet),
 * `/evaluasi/reviu/:periodeId/:instansiId` (the evaluator's review).
 */
export function halamanEvaluasi(path: string, boleh: (navPath: string) => boolean): ReactNode | null {
  if (!boleh("/evaluasi")) return null;
  if (path === "/evaluasi") return <BerandaEvaluasiPage />;
  const periode = matchPath("/evaluasi/periode/:id", path);
  if (periode) return <PeriodePage key={periode.id} periodeId={periode.id} />;
  const lke = matchPath("/evaluasi/lke/:periodeId", path);
  if (lke) return <LembarPage key={lke.periodeId} periodeId={lke.periodeId} />;
  const reviu = matchPath("/evaluasi/reviu/:periodeId/:instansiId", path);
  if (reviu)
    return (
      <LembarPage
        key={`${reviu.periodeId}/${reviu.instansiId}`}
        periodeId={reviu.periodeId}
        instansiId={reviu.instansiId}
      />
    );
  return null;
}
