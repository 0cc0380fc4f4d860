/** The public-survey tab: the link to share, answers per statement and the comments. */
import { Anchor, Card, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { Paginasi } from "../../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../../components/QueryState.tsx";
import { useHalaman, useInstansi, useTanggal, useUrl } from "../bersama.tsx";
import { KUNCI } from "./tipe.ts";

interface Hasil {
  jumlah: number;
  pertanyaan: { kode: string; id: string; en: string; rerata: number | null; sebaran: number[] }[];
  perBulan: { bulan: string; jumlah: number }[];
}

export function TabSurvei() {
  const { t, i18n } = useTranslation();
  const url = useUrl();
  const { kode } = useInstansi();
  const tgl = useTanggal();
  const [page, setPage] = useState(1);
  const hasil = useQuery({
    queryKey: [...KUNCI, "survei"],
    queryFn: () => api<Hasil>(url("/survei-publik/hasil")),
  });
  const komentar = useHalaman<{ id: string; dikirim: string; layanan: string | null; komentar: string }>(
    [...KUNCI, "komentar"],
    url("/survei-publik/komentar"),
    page,
  );
  const tautan = `${window.location.origin}/survei/${encodeURIComponent(kode)}`;
  return (
    <Stack>
      <Text size="sm">
        {t("komunitas.survei.tautanPublik")}{" "}
        <Anchor href={tautan} target="_blank" rel="noopener">
          {tautan}
        </Anchor>
      </Text>
      <QueryState query={hasil}>
        {(h) => (
          <Stack>
            <Text>{t("komunitas.survei.jumlah", { n: h.jumlah })}</Text>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("komunitas.survei.pernyataan")}</Table.Th>
                  <Table.Th>{t("komunitas.survei.rerata")}</Table.Th>
                  <Table.Th>{t("komunitas.survei.sebaran")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {h.pertanyaan.map((p) => (
                  <Table.Tr key={p.kode}>
                    <Table.Td>{i18n.language === "en" ? p.en : p.id}</Table.Td>
                    <Table.Td>{p.rerata === null ? "—" : p.rerata.toFixed(2)}</Table.Td>
                    <Table.Td>{p.sebaran.join(" / ")}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
      </QueryState>
      <Title order={3}>{t("komunitas.survei.komentar")}</Title>
      <QueryState
        query={komentar}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("komunitas.survei.komentarKosong")} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((k) => (
              <Card key={k.id} withBorder padding="xs">
                <Text size="xs" c="dimmed">
                  {tgl(k.dikirim, true)}
                  {k.layanan && ` · ${k.layanan}`}
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {k.komentar}
                </Text>
              </Card>
            ))}
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
