import { Alert, Badge, Group, List, Select, Stack, Tabs, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { kunciAgen } from "./kunci.ts";
import { TabCakupan } from "./TabCakupan.tsx";
import { TabInovasi } from "./TabInovasi.tsx";
import { TabNominasi } from "./TabNominasi.tsx";
import { TabPenilaian } from "./TabPenilaian.tsx";
import { TabSeleksi } from "./TabSeleksi.tsx";

/** Change agents of a programme cycle (Tabel 2 I.1–2; Tabel 3 no. 6): nomination, selection, assessment, coverage, innovations. */
export function AgenPage() {
  const { t } = useTranslation();
  const { instansi, punya } = useSession();
  const [pilih, setPilih] = useState<string | null>(null);
  const siklus = useQuery({
    queryKey: [...kunciAgen(instansi.id), "siklus"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/agen/siklus", {
          params: { path: { instansiId: instansi.id }, query: { page: 1, pageSize: 50 } },
        }),
      ),
  });
  const siklusId = pilih ?? siklus.data?.items[0]?.id ?? null;
  const ring = useQuery({
    queryKey: [...kunciAgen(instansi.id), "ringkasan", siklusId],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/agen/siklus/{siklusId}", {
          params: { path: { instansiId: instansi.id, siklusId: siklusId as string } },
        }),
      ),
    enabled: siklusId !== null,
  });
  const pengelola = punya("tim_supervisi", "ppk", "pimpinan", "admin_instansi");
  const bolehNilai = pengelola || punya("agen_perubahan");
  return (
    <Stack>
      <Title order={2}>{t("agen.judul")}</Title>
      <Text c="dimmed" size="sm">
        {t("agen.keterangan")}
      </Text>
      <QueryState query={siklus}>
        {(d) =>
          d.items.length === 0 ? (
            <Alert>{t("agen.tanpaSiklus")}</Alert>
          ) : (
            <Select
              label={t("agen.siklus")}
              data={d.items.map((s) => ({ value: s.id, label: s.nama }))}
              value={siklusId}
              onChange={setPilih}
              allowDeselect={false}
              maw={420}
            />
          )
        }
      </QueryState>
      {siklusId && (
        <QueryState query={ring}>
          {(r) => (
            <Stack>
              <Group gap="xs">
                <Badge variant="light">{t("agen.jumlah.nominasi", { n: r.jumlah.nominasi })}</Badge>
                <Badge variant="light">{t("agen.jumlah.ditetapkan", { n: r.jumlah.ditetapkan })}</Badge>
                {r.skBerlaku && <Badge variant="outline">SK {r.skBerlaku.nomorSk}</Badge>}
              </Group>
              {r.aturan ? (
                <div>
                  <Text fw={600}>{t("agen.kriteriaTerbit")}</Text>
                  <List size="sm">
                    {r.aturan.kriteria.map((k) => (
                      <List.Item key={k}>{k}</List.Item>
                    ))}
                  </List>
                </div>
              ) : (
                <Alert color="yellow">{t("agen.kriteriaBelum")}</Alert>
              )}
              <Tabs defaultValue="nominasi" keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="nominasi">{t("agen.tab.nominasi")}</Tabs.Tab>
                  {pengelola && <Tabs.Tab value="seleksi">{t("agen.tab.seleksi")}</Tabs.Tab>}
                  {bolehNilai && <Tabs.Tab value="penilaian">{t("agen.tab.penilaian")}</Tabs.Tab>}
                  {pengelola && <Tabs.Tab value="cakupan">{t("agen.tab.cakupan")}</Tabs.Tab>}
                  <Tabs.Tab value="inovasi">{t("agen.tab.inovasi")}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="nominasi" pt="md">
                  <TabNominasi ringkasan={r} />
                </Tabs.Panel>
                {pengelola && (
                  <Tabs.Panel value="seleksi" pt="md">
                    <TabSeleksi ringkasan={r} />
                  </Tabs.Panel>
                )}
                {bolehNilai && (
                  <Tabs.Panel value="penilaian" pt="md">
                    <TabPenilaian ringkasan={r} />
                  </Tabs.Panel>
                )}
                {pengelola && (
                  <Tabs.Panel value="cakupan" pt="md">
                    <TabCakupan siklusId={r.siklus.id} />
                  </Tabs.Panel>
                )}
                <Tabs.Panel value="inovasi" pt="md">
                  <TabInovasi siklusId={r.siklus.id} />
                </Tabs.Panel>
              </Tabs>
            </Stack>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
