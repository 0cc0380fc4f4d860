import { Button, Center, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { api } from "./api/client.ts";
import type { Sesi } from "./api/types.ts";
import { GantiPasswordForm } from "./auth/GantiPassword.tsx";
import { LoginPage } from "./auth/LoginPage.tsx";
import { SESI_KEY, SessionProvider, useSesiQuery, useSession } from "./auth/session.tsx";
import { ErrorAlert } from "./components/ErrorAlert.tsx";
import { HALAMAN_FITUR, HALAMAN_PUBLIK } from "./fitur.ts";
import { matchPath, navigate, usePath } from "./lib/router.ts";
import { AkunPage } from "./pages/AkunPage.tsx";
import { AuditPage } from "./pages/audit/AuditPage.tsx";
import { BerandaPage } from "./pages/BerandaPage.tsx";
import { ImporPage } from "./pages/impor/ImporPage.tsx";
import { KhususPegawai } from "./pages/KhususPegawai.tsx";
import { BerandaNasional } from "./pages/nasional/halaman.tsx";
import { PegawaiDetailPage } from "./pages/pegawai/PegawaiDetailPage.tsx";
import { PegawaiListPage } from "./pages/pegawai/PegawaiListPage.tsx";
import { PenggunaPage } from "./pages/pengguna/PenggunaPage.tsx";
import { TidakDitemukan } from "./pages/TidakDitemukan.tsx";
import { UnitPage } from "./pages/unit/UnitPage.tsx";
import { AppLayout } from "./shell/AppLayout.tsx";
import { KerangkaPublik } from "./shell/Kerangka.tsx";
import { halamanKhususPegawai, NAVIGASI, navigasiUntuk } from "./shell/navigasi.ts";

export function App() {
  const { t } = useTranslation();
  const me = useSesiQuery();
  const path = usePath();
  const masuk = Boolean(me.data);
  useEffect(() => {
    // after login (password or SSO) leave /login and its ?sso=… message behind
    if (masuk && window.location.pathname === "/login") navigate("/", { replace: true });
  }, [masuk]);
  const publik = halamanPublik(path);
  if (publik)
    return (
      <KerangkaPublik>
        <Suspense fallback={<Memuat />}>{publik}</Suspense>
      </KerangkaPublik>
    );
  if (me.isPending) {
    return (
      <Center h="100dvh" role="status" aria-label={t("umum.memuat")}>
        <Loader />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <KerangkaPublik>
        <Stack maw={480} mx="auto">
          <ErrorAlert error={me.error} />
          <Button onClick={() => me.refetch()}>{t("umum.cobaLagi")}</Button>
        </Stack>
      </KerangkaPublik>
    );
  }
  if (!me.data) return <LoginPage />;
  if (wajibGantiPassword(me.data)) return <GantiPasswordWajib />;
  if (me.data.peran.length === 0) return <TanpaPeran />;
  return (
    <SessionProvider sesi={me.data}>
      <AppLayout>
        {/* feature pages are fetched on first use (fitur.ts) */}
        <Suspense fallback={<Memuat />}>
          <Halaman />
        </Suspense>
      </AppLayout>
    </SessionProvider>
  );
}

function Memuat() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-label={t("umum.memuat")}>
      <Loader />
    </Center>
  );
}

function halamanPublik(path: string) {
  for (const h of HALAMAN_PUBLIK) {
    const el = h(path);
    if (el) return el;
  }
  return null;
}

function wajibGantiPassword(s: Sesi): boolean {
  return s.user.harusGantiPassword === true;
}

function Halaman() {
  const path = usePath();
  const { instansi, sesi } = useSession();
  const evaluatorDiSini = sesi.peran.some(
    (p) => p.instansiId === instansi.id && p.peran === "evaluator_nasional",
  );
  const boleh = navigasiUntuk(instansi).map((n) => n.path);
  const dikenal = NAVIGASI.map((n) => n.path);
  const cek = (p: string) => !dikenal.includes(p) || boleh.includes(p);

  const detailPegawai = matchPath("/pegawai/:id", path);
  if (halamanKhususPegawai(path, instansi)) return <KhususPegawai />;
  // the national evaluator's home in KemenPANRB is the national dashboard (BAB IV)
  if (path === "/") return evaluatorDiSini ? <BerandaNasional /> : <BerandaPage />;
  if (path === "/unit") return <UnitPage />;
  if (path === "/pegawai" && cek("/pegawai")) return <PegawaiListPage />;
  if (detailPegawai && cek("/pegawai")) return <PegawaiDetailPage id={detailPegawai.id} />;
  if (path === "/impor" && cek("/impor")) return <ImporPage />;
  if (path === "/audit" && cek("/audit")) return <AuditPage />;
  if (path === "/pengguna" && cek("/pengguna")) return <PenggunaPage />;
  if (path === "/akun") return <AkunPage />;
  for (const h of HALAMAN_FITUR) {
    const el = h(path, cek);
    if (el) return el;
  }
  return <TidakDitemukan />;
}

function GantiPasswordWajib() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return (
    <KerangkaPublik>
      <Paper withBorder p="xl" maw={480} mx="auto">
        <Stack>
          <Title order={2}>{t("password.wajibJudul")}</Title>
          <Text size="sm">{t("password.wajibPesan")}</Text>
          <GantiPasswordForm onSelesai={() => qc.invalidateQueries({ queryKey: SESI_KEY })} />
          <Button
            variant="subtle"
            style={{ alignSelf: "flex-start" }}
            onClick={async () => {
              await api("/api/auth/logout", { method: "POST" }).catch(() => undefined);
              qc.setQueryData(SESI_KEY, null);
            }}
          >
            {t("password.keluar")}
          </Button>
        </Stack>
      </Paper>
    </KerangkaPublik>
  );
}

function TanpaPeran() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return (
    <KerangkaPublik>
      <Paper withBorder p="xl" maw={480} mx="auto">
        <Stack>
          <Title order={2}>{t("shell.tanpaPeranJudul")}</Title>
          <Text>{t("shell.tanpaPeranPesan")}</Text>
          <Button
            variant="default"
            onClick={async () => {
              await api("/api/auth/logout", { method: "POST" }).catch(() => undefined);
              qc.setQueryData(SESI_KEY, null);
            }}
          >
            {t("shell.keluar")}
          </Button>
        </Stack>
      </Paper>
    </KerangkaPublik>
  );
}
