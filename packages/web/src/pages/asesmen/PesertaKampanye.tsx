/** A campaign's participants, searchable and paged. */
import { Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Halaman } from "../../api/types.ts";
import { Paginasi } from "../../components/Paginasi.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { useWaktu } from "../../lib/waktu.ts";
import type { Peserta } from "./api.ts";

export function PesertaKampanye({ dasar }: { dasar: string }) {
  const { t } = useTranslation();
  const w = useWaktu();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState("");
  const query = useQuery({
    queryKey: ["asesmen-peserta", dasar, { page, q }],
    queryFn: () => api<Halaman<Peserta>>(`${dasar}/peserta`, { query: { page, pageSize: 25, q } }),
    placeholderData: keepPreviousData,
  });
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h5">
          {t("asesmen.peserta.judul")}
        </Title>
        <TextInput
          type="search"
          label={t("asesmen.peserta.cari")}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
        />
        <QueryState query={query} isEmpty={(d) => d.total === 0}>
          {(d) => (
            <Stack>
              <Table.ScrollContainer minWidth={640}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("asesmen.peserta.nama")}</Table.Th>
                      <Table.Th>{t("asesmen.peserta.unit")}</Table.Th>
                      <Table.Th>{t("asesmen.peserta.undangan")}</Table.Th>
                      <Table.Th>{t("asesmen.peserta.dijawab")}</Table.Th>
                      <Table.Th>{t("asesmen.peserta.selesai")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.items.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          <Text size="sm">{p.nama}</Text>
                          <Text size="xs" c="dimmed">
                            {p.nip}
                          </Text>
                        </Table.Td>
                        <Table.Td>{p.unitNama ?? "—"}</Table.Td>
                        <Table.Td>{t(`asesmen.undanganStatus.${p.undangan}`)}</Table.Td>
                        <Table.Td>{p.dijawab}</Table.Td>
                        <Table.Td>{p.selesai ? w.waktu(p.selesai) : "—"}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Paginasi page={page} pageSize={25} total={d.total} onChange={setPage} />
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
