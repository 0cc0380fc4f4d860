/**
 * The synergy panel (docs/wbs.md; Tabel 2 II "sinergitas dengan sistem
 * kelembagaan"): the institutional-integrity figures beside the programme —
 * today the whistleblowing system's (reports, % closed, median days to close,
 * per status), the ethics and integrity registers' figures, and the per-year
 * table (`TrenSinergi`). Counts only, never a report's text. Each part is
 * shown to the roles its route admits (the PPK sees every aggregate, as the
 * leaders do; a register's handlers see their register's figures); nothing
 * for the others.
 */
import { Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { PanelEtik } from "./PanelEtik.tsx";
import { PanelIntegritas } from "./PanelIntegritas.tsx";
import { TrenSinergi } from "./TrenSinergi.tsx";

export const PERAN_PANEL = [
  "pengelola_wbs",
  "pengelola_upg",
  "pimpinan",
  "ppk",
  "tim_supervisi",
  "admin_instansi",
  "apip",
] as const;

export function PanelSinergi() {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const boleh = punya(...PERAN_PANEL);
  const bolehWbs = punya("pengelola_wbs", "pimpinan", "ppk", "tim_supervisi", "admin_instansi", "apip");
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "wbs", "statistik"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/wbs/statistik", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
    enabled: bolehWbs,
  });
  if (!boleh) return null;
  const s = q.data;
  const angka = (judul: string, nilai: string, ket?: string) => (
    <Card withBorder padding="sm">
      <Text size="sm" c="gray.8">
        {judul}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {nilai}
      </Text>
      {ket && (
        <Text size="xs" c="gray.7">
          {ket}
        </Text>
      )}
    </Card>
  );
  return (
    <>
      <Stack gap="xs" component="section" aria-labelledby="panel-sinergi-judul">
        <Group justify="space-between">
          <Title order={3} size="h4" id="panel-sinergi-judul">
            {t("sinergi.panel.judul")}
          </Title>
          <Text size="xs" c="gray.7">
            {t("sinergi.panel.rujukan")}
          </Text>
        </Group>
        {s && (
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {angka(t("sinergi.panel.wbsJumlah"), String(s.jumlah))}
            {angka(
              t("sinergi.panel.wbsDitutup"),
              s.persenDitutup === null ? "—" : `${s.persenDitutup.toLocaleString("id-ID")}%`,
              t("sinergi.panel.dariN", { n: s.ditutup, total: s.jumlah }),
            )}
            {angka(
              t("sinergi.panel.wbsMedian"),
              s.medianHariSelesai === null ? "—" : s.medianHariSelesai.toLocaleString("id-ID"),
              t("sinergi.panel.hari"),
            )}
            {angka(
              t("sinergi.panel.wbsProses"),
              String(
                (s.perStatus.diterima ?? 0) +
                  (s.perStatus.diverifikasi ?? 0) +
                  (s.perStatus.investigasi ?? 0),
              ),
              t("sinergi.panel.prosesKet"),
            )}
          </SimpleGrid>
        )}
        <PanelEtik />
        <PanelIntegritas />
      </Stack>
      <TrenSinergi />
    </>
  );
}
