import { Anchor, Box, Group, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";

/** Page frame for screens outside the app shell (login, forced password change). */
export function KerangkaPublik({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="gray.1" style={{ display: "flex", flexDirection: "column" }}>
      <Anchor href="#konten" className="lewati-ke-konten">
        {t("shell.lewati")}
      </Anchor>
      <Box component="header" bg="biruNegara.8" c="white" px="md" py="sm">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Title order={1} size="h3" c="white">
              Nurani
            </Title>
            <Text size="xs" c="biruNegara.0">
              {t("app.tagline")}
            </Text>
          </div>
          <LanguageSwitch />
        </Group>
      </Box>
      <Box component="main" id="konten" tabIndex={-1} style={{ flex: 1 }} px="md" py="xl">
        {children}
      </Box>
      <Box component="footer" px="md" py="sm">
        <Text size="xs" c="gray.7" ta="center">
          {t("app.footer")}
        </Text>
      </Box>
    </Box>
  );
}
