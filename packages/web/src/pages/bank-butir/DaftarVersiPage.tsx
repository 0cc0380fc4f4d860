import { Anchor, Button, FileButton, Group, Stack, Table, Text, Title } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Halaman } from "../../api/types.ts";
import { unggahBerkas } from "../../api/unggah.ts";
import { useSession } from "../../auth/session.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Paginasi } from "../../components/Paginasi.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { beritahuBerhasil } from "../../lib/notifikasi.ts";
import { navigate } from "../../lib/router.ts";
import { useWaktu } from "../../lib/waktu.ts";
import { kunciBank, URL_BANK, type VersiBank } from "./api.ts";
import { BuatDrafDialog } from "./BuatDrafDialog.tsx";
import { GalatIsian } from "./GalatIsian.tsx";
import { Gulir } from "./Gulir.tsx";
import { StatusVersiBadge } from "./StatusVersiBadge.tsx";

const UKURAN = 20;

/** Versions of the national item bank, newest first; the national evaluator creates drafts and imports. */
export function DaftarVersiPage() {
  const { t } = useTranslation();
  const w = useWaktu();
  const { punya } = useSession();
  const evaluator = punya("evaluator_nasional");
  const [page, setPage] = useState(1);
  const [buat, setBuat] = useState(false);
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: kunciBank.daftar(page),
    queryFn: ({ signal }) =>
      api<Halaman<VersiBank>>(`${URL_BANK}/versi`, { query: { page, pageSize: UKURAN }, signal }),
    placeholderData: keepPreviousData,
  });
  const impor = useMutation({
    mutationFn: (file: File) =>
      unggahBerkas<VersiBank & { galat: number }>(`${URL_BANK}/impor`, file, () => {}),
    onSuccess: async (v) => {
      beritahuBerhasil(t("bankButir.imporBerhasil", { versi: v.versi, galat: v.galat }));
      await qc.invalidateQueries({ queryKey: kunciBank.semua });
      navigate(`/bank-butir/${v.id}`);
    },
  });

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t("bankButir.judul")}</Title>
        {evaluator && (
          <Group>
            <FileButton
              onChange={(f) => f && impor.mutate(f)}
              accept=".json,.zip,application/json,application/zip"
            >
              {(props) => (
                <Button variant="default" loading={impor.isPending} {...props}>
                  {t("bankButir.impor")}
                </Button>
              )}
            </FileButton>
            <Button onClick={() => setBuat(true)}>{t("bankButir.buatDraf")}</Button>
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {evaluator ? t("bankButir.keteranganEvaluator") : t("bankButir.keteranganAdmin")}
      </Text>
      <ErrorAlert error={impor.error} title={t("bankButir.imporGagal")} />
      <GalatIsian error={impor.error} />
      <QueryState query={query} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <Stack>
            <Gulir minWidth={560} label={t("bankButir.judul")}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("bankButir.versi")}</Table.Th>
                    <Table.Th>{t("bankButir.statusLabel")}</Table.Th>
                    <Table.Th>{t("bankButir.diubah")}</Table.Th>
                    <Table.Th>{t("bankButir.diterbitkan")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.items.map((v) => (
                    <Table.Tr key={v.id}>
                      <Table.Td>
                        <Anchor
                          href={`/bank-butir/${v.id}`}
                          onClick={(e) => {
                            e.preventDefault();
                            navigate(`/bank-butir/${v.id}`);
                          }}
                        >
                          {v.versi}
                        </Anchor>
                        {v.bawaan && (
                          <Text span size="xs" c="dimmed" ml="xs">
                            {t("bankButir.bawaan")}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <StatusVersiBadge status={v.status} />
                      </Table.Td>
                      <Table.Td>{w.waktu(v.diubah)}</Table.Td>
                      <Table.Td>{v.diterbitkan ? w.waktu(v.diterbitkan) : "—"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Gulir>
            <Paginasi page={page} pageSize={UKURAN} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
      {buat && <BuatDrafDialog onTutup={() => setBuat(false)} />}
    </Stack>
  );
}
