import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { KODE_SUBDIMENSI } from "@nurani/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { Paginasi } from "../../components/Paginasi.tsx";
import { QueryState } from "../../components/QueryState.tsx";
import { type DetailVersi, kunciBank, type PernyataanBank } from "./api.ts";
import { Gulir } from "./Gulir.tsx";
import { PernyataanDialog } from "./PernyataanDialog.tsx";

const UKURAN = 25;

/** The statements of a version: filter by sub-dimension, search text or id, page; edit in a draft. */
export function TabelPernyataan({ versi }: { versi: DetailVersi }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  // the list's filter: one form; any change goes back to the first page
  const saring = useForm({
    initialValues: { q: "", subDimensi: null as string | null },
    onValuesChange: () => setPage(1),
  });
  const { subDimensi } = saring.values;
  const [cari] = useDebouncedValue(saring.values.q.trim(), 300);
  const [sunting, setSunting] = useState<PernyataanBank | "baru" | null>(null);
  const query = useQuery({
    queryKey: [...kunciBank.versi(versi.id), "pernyataan", { cari, subDimensi, page }],
    queryFn: ({ signal }) =>
      isi(
        klien.GET("/api/bank-butir/versi/{id}/pernyataan", {
          params: {
            path: { id: versi.id },
            query: { q: cari, subDimensi: subDimensi ?? undefined, page, pageSize: UKURAN },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const en = i18n.language === "en";

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t("bankButir.cari")}
          description={t("bankButir.cariPetunjuk")}
          type="search"
          style={{ flex: "2 1 240px" }}
          {...saring.getInputProps("q")}
        />
        <Select
          label={t("bankButir.subDimensi")}
          placeholder={t("bankButir.semuaSubDimensi")}
          clearable
          data={[...KODE_SUBDIMENSI]}
          style={{ flex: "1 1 160px" }}
          {...saring.getInputProps("subDimensi")}
        />
        {versi.bolehUbah && (
          <Button onClick={() => setSunting("baru")}>{t("bankButir.tambahPernyataan")}</Button>
        )}
      </Group>
      <QueryState query={query} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <Stack>
            <Gulir minWidth={720} label={t("bankButir.tab.pernyataan")}>
              <Table striped highlightOnHover verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("bankButir.id")}</Table.Th>
                    <Table.Th>{t("bankButir.teks")}</Table.Th>
                    {versi.lihatKunci && <Table.Th>{t("bankButir.kunci")}</Table.Th>}
                    {versi.lihatKunci && <Table.Th>{t("bankButir.keinginanSosial")}</Table.Th>}
                    <Table.Th>{t("bankButir.statusLabel")}</Table.Th>
                    <Table.Th>{t("bankButir.lint")}</Table.Th>
                    {versi.bolehUbah && (
                      <Table.Th>
                        <span className="sr-only">{t("umum.ubah")}</span>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td ff="monospace" style={{ whiteSpace: "nowrap" }}>
                        {p.id}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{p.teks}</Text>
                        {en && p.teksEn && (
                          <Text size="xs" c="dimmed" lang="en">
                            {p.teksEn}
                          </Text>
                        )}
                      </Table.Td>
                      {versi.lihatKunci && <Table.Td>{p.kunci === 1 ? "+" : "−"}</Table.Td>}
                      {versi.lihatKunci && <Table.Td>{p.keinginanSosial}</Table.Td>}
                      <Table.Td>{t(`bankButir.statusPernyataan.${p.status}`)}</Table.Td>
                      <Table.Td>
                        {p.lint.galat > 0 && (
                          <Badge color="red" variant="light" c="red.9">
                            {t("bankButir.jumlahGalat", { n: p.lint.galat })}
                          </Badge>
                        )}
                        {p.lint.peringatan > 0 && (
                          <Badge color="yellow" variant="light" c="#5f4100">
                            {t("bankButir.jumlahPeringatan", { n: p.lint.peringatan })}
                          </Badge>
                        )}
                      </Table.Td>
                      {versi.bolehUbah && (
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="subtle"
                            onClick={() => setSunting(p)}
                            aria-label={t("bankButir.ubahPernyataan", { id: p.id })}
                          >
                            {t("umum.ubah")}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Gulir>
            <Paginasi page={page} pageSize={UKURAN} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
      {sunting && (
        <PernyataanDialog
          versi={versi}
          pernyataan={sunting === "baru" ? null : sunting}
          onTutup={() => setSunting(null)}
        />
      )}
    </Stack>
  );
}
