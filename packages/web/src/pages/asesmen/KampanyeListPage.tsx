/**
 * Assessment campaigns of the agency (docs/asesmen.md "Web"): the list with
 * participation progress; "Buat kampanye" opens the campaign dialog.
 */
import { Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Halaman } from "../../api/types.ts";
import { useSession } from "../../auth/session.tsx";
import { Paginasi } from "../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { navigate } from "../../lib/router.ts";
import { useWaktu } from "../../lib/waktu.ts";
import type { Kampanye } from "./api.ts";
import { KampanyeDialog } from "./KampanyeDialog.tsx";
import { KELOLA, KeadaanBadge, Kemajuan, kunciKampanye } from "./kampanye-umum.tsx";

export function KampanyeListPage() {
  const { t } = useTranslation();
  const w = useWaktu();
  const { instansi, punya } = useSession();
  const [page, setPage] = useState(1);
  const [buat, setBuat] = useState(false);
  const hp = useMediaQuery("(max-width: 48em)");
  const query = useQuery({
    queryKey: [...kunciKampanye(instansi.id), { page }],
    queryFn: () =>
      api<Halaman<Kampanye>>(`/api/instansi/${instansi.id}/asesmen/kampanye`, {
        query: { page, pageSize: 20 },
      }),
    placeholderData: keepPreviousData,
  });
  const boleh = punya(...KELOLA);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("asesmen.judul")}</Title>
        {boleh && <Button onClick={() => setBuat(true)}>{t("asesmen.buat")}</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        {t("asesmen.keterangan")}
      </Text>
      <QueryState query={query} isEmpty={(d) => d.total === 0} empty={<Kosong pesan={t("asesmen.kosong")} />}>
        {(d) => (
          <Stack>
            {hp ? (
              d.items.map((k) => (
                <Paper
                  key={k.id}
                  withBorder
                  p="sm"
                  component="a"
                  href={`/asesmen/${k.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(`/asesmen/${k.id}`);
                  }}
                >
                  <Group justify="space-between">
                    <Text fw={600}>{k.nama}</Text>
                    <KeadaanBadge keadaan={k.keadaan} />
                  </Group>
                  <Text size="sm">
                    {w.waktu(k.dibuka)} – {w.waktu(k.ditutup)}
                  </Text>
                  <Kemajuan k={k} />
                </Paper>
              ))
            ) : (
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("asesmen.nama")}</Table.Th>
                    <Table.Th>{t("asesmen.tujuan")}</Table.Th>
                    <Table.Th>{t("asesmen.formulir")}</Table.Th>
                    <Table.Th>{t("asesmen.jendela")}</Table.Th>
                    <Table.Th>{t("asesmen.status")}</Table.Th>
                    <Table.Th>{t("asesmen.partisipasi")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.items.map((k) => (
                    <Table.Tr key={k.id}>
                      <Table.Td>
                        <a
                          href={`/asesmen/${k.id}`}
                          onClick={(e) => {
                            e.preventDefault();
                            navigate(`/asesmen/${k.id}`);
                          }}
                        >
                          {k.nama}
                        </a>
                      </Table.Td>
                      <Table.Td>{t(`asesmen.tujuanNilai.${k.tujuan}`)}</Table.Td>
                      <Table.Td>{k.formulirId}</Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {w.waktu(k.dibuka)} – {w.waktu(k.ditutup)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <KeadaanBadge keadaan={k.keadaan} />
                      </Table.Td>
                      <Table.Td miw={180}>
                        <Kemajuan k={k} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Paginasi page={page} pageSize={20} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
      {buat && <KampanyeDialog onTutup={() => setBuat(false)} />}
    </Stack>
  );
}
