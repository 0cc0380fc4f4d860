/**
 * Under a checklist item (BAB III.B.2 a–d): how many active employees meet it by the per-person
 * criteria of the development plans (fitur/rencana), confirmed by their superior or the team.
 */
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface CapaianPegawai {
  dikonfirmasi: number;
  dicentang: number;
  pegawai: number;
  proporsi: number | null;
}

export function CapaianPegawaiItem({ item }: { item: object }) {
  const { t } = useTranslation();
  const c = (item as { pegawai?: CapaianPegawai | null }).pegawai;
  if (!c || c.proporsi === null) return null;
  return (
    <Text size="xs" c="dimmed">
      {t("agen.rencana.capaianPegawai", {
        persen: (c.proporsi * 100).toLocaleString("id-ID", { maximumFractionDigits: 1 }),
        n: c.dikonfirmasi,
        total: c.pegawai,
        centang: c.dicentang,
      })}
    </Text>
  );
}
