import { Badge, Group, Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

export interface LevelAkhir {
  periode: { id: string; judul: string };
  level: number;
  sumber: string[];
  faktor: { faktor: string; level: number; sumber: string[] }[];
  ditinjau: boolean;
}

/** The final level where non-test evidence exists, and the sources it came from (shown on the employee's profile). */
export function LevelAkhirKartu({ d }: { d: LevelAkhir }) {
  const { t } = useTranslation();
  const nama = (s: string) => t(`nontes.sumber.${s}`);
  return (
    <Paper withBorder p="md" data-testid="level-akhir-nontes">
      <Title order={3} size="h4">
        {t("nontes.akhir.judul")}
      </Title>
      <Group gap="xs" mt="xs">
        <Badge size="lg">{t("nontes.level", { level: d.level })}</Badge>
        {d.ditinjau && <Badge color="gray">{t("nontes.akhir.ditinjau")}</Badge>}
      </Group>
      <Text size="sm" mt="xs">
        {t("nontes.akhir.sumber", { sumber: d.sumber.map(nama).join(", "), periode: d.periode.judul })}
      </Text>
      <Text size="sm" c="dimmed">
        {d.faktor
          .map((f) => `${t(`nontes.namaFaktor.${f.faktor}`)} ${f.level} (${f.sumber.map(nama).join(", ")})`)
          .join(" · ")}
      </Text>
    </Paper>
  );
}
