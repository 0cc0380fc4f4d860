import { lazy, type ReactNode, useMemo } from "react";
import { matchPath } from "../../lib/router.ts";
import { saluranToken } from "./api.ts";

// fetched only on /ujian/<token> (App wraps public pages in Suspense)
const UjianPage = lazy(() => import("./UjianPage.tsx").then((m) => ({ default: m.UjianPage })));

function UjianToken({ token }: { token: string }) {
  const saluran = useMemo(() => saluranToken(token), [token]);
  return <UjianPage saluran={saluran} />;
}

/** Pages of this area open without login: `/ujian/<token>` (one-time token holders). */
export function halamanPublikAsesmen(path: string): ReactNode | null {
  const m = matchPath("/ujian/:token", path);
  if (!m) return null;
  return <UjianToken key={m.token} token={m.token} />;
}
