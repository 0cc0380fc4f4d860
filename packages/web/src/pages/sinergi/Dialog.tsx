/** The dialogue between the reporter and the handlers, oldest first. */
import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function Dialog({
  pesan,
}: {
  pesan: { dari: "pelapor" | "pengelola"; tanggal: string; isi: string; pengelola?: string | null }[];
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-label={t("sinergi.wbs.dialog")}>
      <Title order={3} size="h5">
        {t("sinergi.wbs.dialog")}
      </Title>
      {pesan.length === 0 && (
        <Text size="sm" c="gray.7">
          {t("sinergi.wbs.dialogKosong")}
        </Text>
      )}
      {pesan.map((p, i) => (
        <Paper
          // the dialogue only grows: position is a stable key
          // biome-ignore lint/suspicious/noArrayIndexKey: append-only list without ids
          key={i}
          withBorder
          p="sm"
          bg={p.dari === "pengelola" ? "blue.0" : undefined}
          ml={p.dari === "pelapor" ? "lg" : 0}
          mr={p.dari === "pengelola" ? "lg" : 0}
        >
          <Text size="xs" c="gray.8">
            {p.dari === "pengelola"
              ? (p.pengelola ?? t("sinergi.wbs.dariPengelola"))
              : t("sinergi.wbs.dariPelapor")}{" "}
            · {p.tanggal}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {p.isi}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
