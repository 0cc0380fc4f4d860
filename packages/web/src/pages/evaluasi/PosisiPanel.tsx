import { Group, Paper, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { RaporTombol } from "../../components/RaporTombol.tsx";
import { angka, kunciEvaluasi } from "./api.ts";

/** After publication: the agency's own position (rank range, band) and the national distribution per category. */
export function PosisiPanel({ instansiId, periodeId }: { instansiId: string; periodeId: string }) {
  const { t, i18n } = useTranslation();
  const { punya } = useSession();
  const query = useQuery({
    queryKey: kunciEvaluasi.posisi(instansiId, periodeId),
    queryFn: ({ signal }) =>
      isi(
        klien.GET("/api/instansi/{instansiId}/evaluasi/periode/{periodeId}/posisi", {
          params: { path: { instansiId, periodeId } },
          signal,
        }),
      ),
  });
  return (
    <QueryState query={query}>
      {(p) =>
        !p.terbit ? null : (
          <Paper withBorder p="md" radius="md" data-testid="posisi">
            <Group justify="space-between">
              <Title order={3} size="h4">
                {t("evaluasi.posisiJudul")}
              </Title>
              {punya("admin_instansi", "pimpinan") && (
                <RaporTombol instansiId={instansiId} periodeId={periodeId} nama={p.periode.kode} />
              )}
            </Group>
            {p.posisi ? (
              <Text mt="xs" fw={600}>
                {t("evaluasi.posisiTeks", {
                  rentang: p.posisi.rentang,
                  n: p.jumlahSekategori,
                  nilai: angka(p.posisi.nilai, i18n.language),
                  pita: t(`evaluasi.pita.${p.posisi.pita}`),
                })}
              </Text>
            ) : (
              <Text mt="xs">{t("evaluasi.tanpaPosisi")}</Text>
            )}
            <Text size="sm" c="dimmed" mt="xs">
              {p.penjelasan}
            </Text>
            <Table.ScrollContainer minWidth={420}>
              <Table mt="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("evaluasi.jenisLabel")}</Table.Th>
                    <Table.Th>n</Table.Th>
                    <Table.Th>{t("evaluasi.min")}</Table.Th>
                    <Table.Th>Q1</Table.Th>
                    <Table.Th>{t("evaluasi.median")}</Table.Th>
                    <Table.Th>Q3</Table.Th>
                    <Table.Th>{t("evaluasi.maks")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.distribusi.map((d) => (
                    <Table.Tr key={d.jenis}>
                      <Table.Td>{t(`evaluasi.jenis.${d.jenis}`)}</Table.Td>
                      <Table.Td>{d.n}</Table.Td>
                      <Table.Td>{angka(d.min, i18n.language)}</Table.Td>
                      <Table.Td>{angka(d.kuartil1, i18n.language)}</Table.Td>
                      <Table.Td>{angka(d.median, i18n.language)}</Table.Td>
                      <Table.Td>{angka(d.kuartil3, i18n.language)}</Table.Td>
                      <Table.Td>{angka(d.maks, i18n.language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )
      }
    </QueryState>
  );
}
