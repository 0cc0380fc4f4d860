/**
 * Mentoring, coaching and counseling (Tabel 2 I.3, III.2) and the
 * self-evaluation diary (Tabel 8). Everything here is private to the people
 * involved; the page says so.
 */
import { Alert, Stack, Tabs, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { useUrl } from "../bersama.tsx";
import { TabDibagikan } from "./TabDibagikan.tsx";
import { TabEvaluasiDiri } from "./TabEvaluasiDiri.tsx";
import { TabSesi } from "./TabSesi.tsx";
import { KUNCI, type Saya } from "./tipe.ts";

export function PendampinganPage() {
  const { t } = useTranslation();
  const url = useUrl();
  const saya = useQuery({ queryKey: [...KUNCI, "saya"], queryFn: () => api<Saya>(url("/komunitas/saya")) });
  return (
    <Stack>
      <Title order={2}>{t("komunitas.pendampingan.judul")}</Title>
      {saya.data && !saya.data.pegawaiId && <Alert color="yellow">{t("komunitas.bukanPegawai")}</Alert>}
      <Tabs defaultValue="sesi" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="sesi">{t("komunitas.pendampingan.tabSesi")}</Tabs.Tab>
          <Tabs.Tab value="diri">{t("komunitas.evaluasiDiri.tab")}</Tabs.Tab>
          <Tabs.Tab value="dibagikan">{t("komunitas.evaluasiDiri.tabDibagikan")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sesi" pt="md">
          <TabSesi />
        </Tabs.Panel>
        <Tabs.Panel value="diri" pt="md">
          <TabEvaluasiDiri pendamping={saya.data?.pendamping ?? []} />
        </Tabs.Panel>
        <Tabs.Panel value="dibagikan" pt="md">
          <TabDibagikan />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
