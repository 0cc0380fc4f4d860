/**
 * Monitoring and evaluation (Tabel 2 I.4, Tabel 4 no. 5): random interview
 * samples, APIP's internal audit, and the public survey's results.
 */
import { Stack, Tabs, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { punya, useInstansi } from "../bersama.tsx";
import { TabAudit } from "./TabAudit.tsx";
import { TabSurvei } from "./TabSurvei.tsx";
import { TabWawancara } from "./TabWawancara.tsx";

export function MonevPage() {
  const { t } = useTranslation();
  const { peran } = useInstansi();
  const wawancara = punya(peran, "tim_supervisi", "apip");
  const survei = punya(peran, "admin_instansi", "tim_supervisi", "ppk", "pimpinan", "apip");
  return (
    <Stack>
      <Title order={2}>{t("komunitas.monev.judul")}</Title>
      <Tabs defaultValue={wawancara ? "wawancara" : "audit"} keepMounted={false}>
        <Tabs.List>
          {wawancara && <Tabs.Tab value="wawancara">{t("komunitas.monev.tabWawancara")}</Tabs.Tab>}
          <Tabs.Tab value="audit">{t("komunitas.monev.tabAudit")}</Tabs.Tab>
          {survei && <Tabs.Tab value="survei">{t("komunitas.monev.tabSurvei")}</Tabs.Tab>}
        </Tabs.List>
        {wawancara && (
          <Tabs.Panel value="wawancara" pt="md">
            <TabWawancara />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="audit" pt="md">
          <TabAudit />
        </Tabs.Panel>
        {survei && (
          <Tabs.Panel value="survei" pt="md">
            <TabSurvei />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
