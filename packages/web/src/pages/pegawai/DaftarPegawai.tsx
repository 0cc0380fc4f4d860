import { Anchor, Group, Paper, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Pegawai } from "../../api/types.ts";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { navigate } from "../../lib/router.ts";

function TautanPegawai({ p }: { p: Pegawai }) {
  return (
    <Anchor
      fz="sm"
      fw={500}
      href={`/pegawai/${p.id}`}
      onClick={(e) => {
        e.preventDefault();
        navigate(`/pegawai/${p.id}`);
      }}
    >
      {p.nama}
    </Anchor>
  );
}

export function TabelPegawai({ items, total }: { items: Pegawai[]; total: number }) {
  const { t } = useTranslation();
  return (
    <div className="tabel-gulir">
      <Table striped highlightOnHover miw={720}>
        <Table.Caption>{t("pegawai.caption", { total })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("pegawai.nip")}</Table.Th>
            <Table.Th scope="col">{t("pegawai.nama")}</Table.Th>
            <Table.Th scope="col">{t("pegawai.unit")}</Table.Th>
            <Table.Th scope="col">{t("pegawai.jabatan")}</Table.Th>
            <Table.Th scope="col">{t("pegawai.golongan")}</Table.Th>
            <Table.Th scope="col">{t("pegawai.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
                {p.nip}
              </Table.Td>
              <Table.Td>
                <TautanPegawai p={p} />
              </Table.Td>
              <Table.Td>{p.unitNama ?? "—"}</Table.Td>
              <Table.Td>{p.jabatan ?? "—"}</Table.Td>
              <Table.Td>{p.golongan ?? "—"}</Table.Td>
              <Table.Td>
                <StatusBadge aktif={p.aktif} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

export function KartuPegawai({ items }: { items: Pegawai[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("pegawai.judul")}>
      {items.map((p) => (
        <Paper component="li" key={p.id} withBorder p="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <TautanPegawai p={p} />
            <StatusBadge aktif={p.aktif} />
          </Group>
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: "tabular-nums" }}>
            {t("pegawai.nip")} {p.nip}
            {p.golongan ? ` · ${p.golongan}` : ""}
          </Text>
          <Text size="sm">{p.jabatan ?? "—"}</Text>
          <Text size="sm" c="dimmed">
            {p.unitNama ?? "—"}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
