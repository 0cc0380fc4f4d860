import { Paper, Radio, Stack, Table, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";

/**
 * A block as a test taker sees it: three statements, one choice "Paling
 * sesuai" (most like me) and one "Paling tidak sesuai" (least like me).
 * A preview only: the choices do nothing and nothing is sent.
 */
export function PratinjauBlok({
  nomor,
  total,
  pernyataan,
}: {
  nomor: number;
  total: number;
  pernyataan: { id: string; teks: string | null }[];
}) {
  const { t } = useTranslation();
  const nama = useId();
  return (
    <Paper withBorder p="md" radius="md" aria-label={t("bankButir.pratinjauLabel")}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t("bankButir.pratinjauKemajuan", { nomor, total })}
        </Text>
        <Title order={3} size="h4">
          {t("bankButir.pratinjauPetunjuk")}
        </Title>
        <Table verticalSpacing="sm" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("bankButir.pernyataanKolom")}</Table.Th>
              <Table.Th w={110} ta="center">
                {t("bankButir.palingSesuai")}
              </Table.Th>
              <Table.Th w={110} ta="center">
                {t("bankButir.palingTidakSesuai")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pernyataan.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.teks ?? "—"}</Table.Td>
                <Table.Td ta="center">
                  <Radio
                    name={`${nama}-sesuai`}
                    value={p.id}
                    readOnly
                    aria-label={`${t("bankButir.palingSesuai")}: ${p.teks ?? p.id}`}
                    styles={{ body: { justifyContent: "center" } }}
                  />
                </Table.Td>
                <Table.Td ta="center">
                  <Radio
                    name={`${nama}-tidak`}
                    value={p.id}
                    readOnly
                    aria-label={`${t("bankButir.palingTidakSesuai")}: ${p.teks ?? p.id}`}
                    styles={{ body: { justifyContent: "center" } }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          {t("bankButir.pratinjauCatatan")}
        </Text>
      </Stack>
    </Paper>
  );
}
