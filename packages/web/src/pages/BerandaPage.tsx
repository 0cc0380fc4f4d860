import { Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { kunci, useInstansi, useUnitList } from "../api/hooks.ts";
import type { Halaman, Pegawai, UnitKerja } from "../api/types.ts";
import { useSession } from "../auth/session.tsx";
import { Kosong, QueryState } from "../components/QueryState.tsx";
import { formatAngka } from "../lib/format.ts";
import { navigate } from "../lib/router.ts";
import { kunciKeterangan, navigasiUntuk, PERAN_PEGAWAI } from "../shell/navigasi.ts";
import { RencanaBerikut } from "./RencanaBerikut.tsx";
import { TugasSaya } from "./TugasSaya.tsx";
import { labelEselon } from "./unit/UnitPage.tsx";

// ECharts is large: fetched only when the chart is drawn.
const GrafikBatang = lazy(() =>
  import("../components/Grafik.tsx").then((m) => ({ default: m.GrafikBatang })),
);

export function BerandaPage() {
  const { t, i18n } = useTranslation();
  const { sesi, instansi, punya } = useSession();
  const info = useInstansi(instansi.id);
  const units = useUnitList(instansi.id);
  const bolehPegawai = punya(...PERAN_PEGAWAI);
  const hitung = (aktif: boolean) =>
    api<Halaman<Pegawai>>(`/api/instansi/${instansi.id}/pegawai`, {
      query: { aktif, page: 1, pageSize: 1 },
    }).then((h) => h.total);
  const jumlahPegawai = useQuery({
    queryKey: [...kunci.pegawai(instansi.id), "jumlah"],
    queryFn: async () => ({ aktif: await hitung(true), nonaktif: await hitung(false) }),
    enabled: bolehPegawai,
  });
  const angka = (n: number) => formatAngka(n, i18n.language);
  const menu = navigasiUntuk(instansi).filter((n) => n.path !== "/");

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t("beranda.salam", { nama: sesi.user.nama })}</Title>
        <Text c="dimmed">
          {info.data ? `${info.data.nama} (${info.data.kode})` : instansi.nama}
          {info.data?.zonaWaktu ? ` · ${info.data.zonaWaktu}` : ""}
        </Text>
      </div>
      <TugasSaya />
      {instansi.pegawai && <RencanaBerikut />}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        <Kartu judul={t("beranda.unitAktif")}>
          <QueryState query={units}>
            {(d) => <Angka>{angka(d.filter((u) => u.aktif).length)}</Angka>}
          </QueryState>
        </Kartu>
        {bolehPegawai && (
          <>
            <Kartu judul={t("beranda.pegawaiAktif")}>
              <QueryState query={jumlahPegawai}>{(d) => <Angka>{angka(d.aktif)}</Angka>}</QueryState>
            </Kartu>
            <Kartu judul={t("beranda.pegawaiNonaktif")}>
              <QueryState query={jumlahPegawai}>{(d) => <Angka>{angka(d.nonaktif)}</Angka>}</QueryState>
            </Kartu>
          </>
        )}
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {t("beranda.unitPerEselon")}
        </Title>
        <QueryState
          query={units}
          isEmpty={(d) => !d.some((u) => u.aktif)}
          empty={<Kosong pesan={t("unit.kosong")} />}
        >
          {(d) => <UnitPerEselon units={d} />}
        </QueryState>
      </Paper>
      <section aria-labelledby="judul-menu-cepat">
        <Title order={3} size="h4" id="judul-menu-cepat" mb="xs">
          {t("beranda.menuCepat")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {menu.map((n) => (
            <Paper key={n.path} withBorder p="sm">
              <Anchor
                href={n.path}
                fw={600}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(n.path);
                }}
              >
                {t(n.label)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t(kunciKeterangan(n))}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}

function Kartu({ judul, children }: { judul: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="gray.7">
        {judul}
      </Text>
      {children}
    </Paper>
  );
}

function Angka({ children }: { children: React.ReactNode }) {
  return (
    <Text fz={32} fw={700} c="biruNegara.8">
      {children}
    </Text>
  );
}

function UnitPerEselon({ units }: { units: UnitKerja[] }) {
  const { t } = useTranslation();
  const baris = useMemo(() => {
    const m = new Map<number, number>();
    for (const u of units) if (u.aktif) m.set(u.eselon ?? 0, (m.get(u.eselon ?? 0) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => (a[0] || 99) - (b[0] || 99));
  }, [units]);
  const label = useMemo(() => baris.map(([e]) => labelEselon(e || null, t)), [baris, t]);
  const nilai = useMemo(() => baris.map(([, n]) => n), [baris]);
  return (
    <>
      <Suspense fallback={null}>
        <GrafikBatang label={label} nilai={nilai} tinggi={Math.max(120, baris.length * 44)} />
      </Suspense>
      <Table className="sr-only">
        <Table.Caption>{t("beranda.unitPerEselon")}</Table.Caption>
        <Table.Tbody>
          {baris.map(([e, n], i) => (
            <Table.Tr key={e}>
              <Table.Th scope="row">{label[i]}</Table.Th>
              <Table.Td>{n}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
