/** Campaign posts (Tabel 4 no. 1): the reader's feed with read/acknowledge, and the authors' management with counts. */
import { Stack, Tabs, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { punya, useInstansi } from "../bersama.tsx";
import { TabKelola } from "./TabKelola.tsx";
import { TabUmpan } from "./TabUmpan.tsx";

export function KampanyePage() {
  const { t } = useTranslation();
  const { peran } = useInstansi();
  const penulis = punya(peran, "admin_instansi", "tim_supervisi", "pimpinan", "agen_perubahan");
  return (
    <Stack>
      <Title order={2}>{t("komunitas.kampanye.judul")}</Title>
      <Tabs defaultValue="baca" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="baca">{t("komunitas.kampanye.tabBaca")}</Tabs.Tab>
          {penulis && <Tabs.Tab value="kelola">{t("komunitas.kampanye.tabKelola")}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="baca" pt="md">
          <TabUmpan />
        </Tabs.Panel>
        {penulis && (
          <Tabs.Panel value="kelola" pt="md">
            <TabKelola />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
