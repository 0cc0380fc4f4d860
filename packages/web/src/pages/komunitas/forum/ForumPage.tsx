/** Knowledge-sharing forum (Tabel 4 no. 2): categories, threads, search, replies, reports, moderation, attachments, notifications. */
import { Stack, Tabs, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { TabModerasi } from "./TabModerasi.tsx";
import { TabNotifikasi } from "./TabNotifikasi.tsx";
import { TabUtas } from "./TabUtas.tsx";
import { useModerator } from "./tipe.ts";

export function ForumPage() {
  const { t } = useTranslation();
  const moderator = useModerator();
  return (
    <Stack>
      <Title order={2}>{t("komunitas.forum.judul")}</Title>
      <Tabs defaultValue="utas" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="utas">{t("komunitas.forum.tabUtas")}</Tabs.Tab>
          <Tabs.Tab value="notifikasi">{t("komunitas.forum.tabNotifikasi")}</Tabs.Tab>
          {moderator && <Tabs.Tab value="moderasi">{t("komunitas.forum.tabModerasi")}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="utas" pt="md">
          <TabUtas />
        </Tabs.Panel>
        <Tabs.Panel value="notifikasi" pt="md">
          <TabNotifikasi />
        </Tabs.Panel>
        {moderator && (
          <Tabs.Panel value="moderasi" pt="md">
            <TabModerasi />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
