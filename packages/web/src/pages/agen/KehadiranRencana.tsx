/** A plan's attendance at executed programme activities and its mentoring count (never content). */
import { Group, List, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface Kehadiran {
  jumlah: number;
  perSubtahap: { subtahap: number; jumlah: number }[];
  terakhir: { judul: string; tanggal: string; subtahap: number | null }[];
  pendampingan: number;
}

export function KehadiranRencana({ k }: { k: Kehadiran }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm">
      <Text fw={600} size="sm">
        {t("agen.rencana.kehadiran.judul")}
      </Text>
      <Group gap="lg" mt={4} wrap="wrap">
        <Text size="sm">{t("agen.rencana.kehadiran.jumlah", { n: k.jumlah })}</Text>
        <Text size="sm">{t("agen.rencana.kehadiran.pendampingan", { n: k.pendampingan })}</Text>
      </Group>
      <Text size="xs" c="dimmed">
        {k.perSubtahap
          .map((s) => t("agen.rencana.kehadiran.tabel", { tabel: 4 + s.subtahap, n: s.jumlah }))
          .join(" · ")}
      </Text>
      {k.terakhir.length > 0 && (
        <List size="sm" mt={4}>
          {k.terakhir.map((h) => (
            <List.Item key={`${h.tanggal}-${h.judul}`}>
              {h.tanggal} · {h.judul}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
