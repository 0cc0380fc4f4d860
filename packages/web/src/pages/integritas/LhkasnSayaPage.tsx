/** My LHKPN/LHKASN obligations and whether they were reported (docs/gratifikasi.md "LHKPN/LHKASN"). */
import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { kunci } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { QueryState } from "../../components/QueryState.tsx";

export function LhkasnSayaPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const q = useQuery({
    queryKey: [...kunci.instansi(instansi.id), "lhkasn-saya"],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/lhkasn-saya", {
          params: { path: { instansiId: instansi.id } },
        }),
      ),
  });
  return (
    <Stack maw={640}>
      <Title order={2}>{t("integritas.lhkasnSaya.judul")}</Title>
      <Text size="sm" c="gray.7">
        {t("integritas.lhkasnSaya.keterangan")}
      </Text>
      <QueryState
        query={q}
        isEmpty={(d) => d.length === 0}
        empty={<Text>{t("integritas.lhkasnSaya.kosong")}</Text>}
      >
        {(d) => (
          <Stack gap="xs">
            {d.map((w) => (
              <Card key={`${w.tahun}-${w.jenis}`} withBorder padding="sm">
                <Group justify="space-between">
                  <Text fw={600}>
                    {w.jenis} {w.tahun}
                  </Text>
                  <Badge color={w.tanggalLapor ? "#1b5e20" : "red.9"} tt="none">
                    {w.tanggalLapor
                      ? t("integritas.lhkasnSaya.sudah", { tanggal: w.tanggalLapor })
                      : t("integritas.lhkasnSaya.belum")}
                  </Badge>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
