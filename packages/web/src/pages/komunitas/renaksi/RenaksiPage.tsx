/** Change agents' action plans with ratings (Tabel 2 I.1-2) and rewards (Tabel 2 III.3). */
import { Stack, Tabs, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { punya, useInstansi } from "../bersama.tsx";
import { TabDiberikan } from "./TabDiberikan.tsx";
import { TabPenghargaan } from "./TabPenghargaan.tsx";
import { TabRenaksi } from "./TabRenaksi.tsx";

export function RenaksiPage() {
  const { t } = useTranslation();
  const { peran } = useInstansi();
  const bacaRenaksi = punya(peran, "agen_perubahan", "tim_supervisi", "pimpinan", "admin_instansi", "ppk");
  const kelolaPenghargaan = punya(peran, "pimpinan", "tim_supervisi", "admin_instansi", "ppk");
  return (
    <Stack>
      <Title order={2}>{t("komunitas.renaksi.judul")}</Title>
      <Tabs defaultValue={bacaRenaksi ? "renaksi" : "diberikan"} keepMounted={false}>
        <Tabs.List>
          {bacaRenaksi && <Tabs.Tab value="renaksi">{t("komunitas.renaksi.tabRenaksi")}</Tabs.Tab>}
          {kelolaPenghargaan && (
            <Tabs.Tab value="penghargaan">{t("komunitas.renaksi.tabPenghargaan")}</Tabs.Tab>
          )}
          <Tabs.Tab value="diberikan">{t("komunitas.renaksi.tabDiberikan")}</Tabs.Tab>
        </Tabs.List>
        {bacaRenaksi && (
          <Tabs.Panel value="renaksi" pt="md">
            <TabRenaksi />
          </Tabs.Panel>
        )}
        {kelolaPenghargaan && (
          <Tabs.Panel value="penghargaan" pt="md">
            <TabPenghargaan />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="diberikan" pt="md">
          <TabDiberikan />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
