/**
 * The integrity registers' figures on the synergy panel (docs/gratifikasi.md
 * "Panel"; Tabel 2 II "sistem integritas"): gift reports and the share reported
 * within the 30-working-day deadline, and those awaiting the UPG near it.
 * Counts only, never a name. Shown to the roles the statistics route admits.
 */
import { Card, SimpleGrid, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";

function Angka({ judul, nilai, ket }: { judul: string; nilai: string; ket?: string }) {
  return (
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
}

export function PanelIntegritas() {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const boleh = punya("pengelola_upg", "pimpinan", "tim_supervisi", "admin_instansi", "apip");
  const path = { instansiId: instansi.id };
  const grat = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "gratifikasi", "statistik"],
    queryFn: () => isi(klien.GET("/api/instansi/{instansiId}/gratifikasi/statistik", { params: { path } })),
    enabled: boleh,
  });
  if (!boleh || !grat.data) return null;
  const g = grat.data;
  const persen = (x: number | null) => (x === null ? "—" : `${x.toLocaleString("id-ID")}%`);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} aria-label={t("gratifikasi.panel.judul")}>
      <Angka judul={t("gratifikasi.panel.jumlah")} nilai={String(g.jumlah)} />
      <Angka
        judul={t("gratifikasi.panel.tepatWaktu")}
        nilai={persen(g.persenTepatWaktu)}
        ket={t("gratifikasi.panel.dariN", { n: g.tepatWaktu, total: g.jumlah })}
      />
      <Angka
        judul={t("gratifikasi.panel.hampir")}
        nilai={String(g.hampirJatuhTempo)}
        ket={t("gratifikasi.panel.hampirKet")}
      />
    </SimpleGrid>
  );
}
