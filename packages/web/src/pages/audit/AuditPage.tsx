import { Button, Code, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, download } from "../../api/client.ts";
import { kunci } from "../../api/hooks.ts";
import type { EntriAudit, Halaman } from "../../api/types.ts";
import { useSession } from "../../auth/session.tsx";
import { useErrorMessage } from "../../components/ErrorAlert.tsx";
import { InputTanggal } from "../../components/InputTanggal.tsx";
import { Paginasi } from "../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { beritahuGagal } from "../../lib/notifikasi.ts";
import { useWaktu } from "../../lib/waktu.ts";

const UKURAN = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const w = useWaktu();
  // readable names of the action codes (pages/audit/i18n); an unknown code is shown as it is
  const labelAksi = t("aksiAudit", { returnObjects: true }) as Record<string, string>;
  const pesanGalat = useErrorMessage();
  const [aktor, setAktor] = useState("");
  const [aksi, setAksi] = useState("");
  const [dari, setDari] = useState("");
  const [sampai, setSampai] = useState("");
  const [page, setPage] = useState(1);
  const [mengekspor, setMengekspor] = useState<string | null>(null);
  const [filterJson] = useDebouncedValue(
    JSON.stringify({ aktor: aktor.trim(), aksi: aksi.trim(), dari, sampai }),
    300,
  );
  const filter = JSON.parse(filterJson) as { aktor: string; aksi: string; dari: string; sampai: string };
  const queryFilter = {
    aktor: filter.aktor,
    aksi: filter.aksi,
    // calendar days; the API takes instants: the day's bounds in the agency's zone
    dari: filter.dari ? w.awalHari(filter.dari) : undefined,
    sampai: filter.sampai ? w.akhirHari(filter.sampai) : undefined,
  };
  const url = `/api/instansi/${instansi.id}/audit`;
  const query = useQuery({
    queryKey: [...kunci.audit(instansi.id), filterJson, page],
    queryFn: () => api<Halaman<EntriAudit>>(url, { query: { ...queryFilter, page, pageSize: UKURAN } }),
    placeholderData: keepPreviousData,
  });

  async function ekspor(format: "csv" | "xlsx") {
    setMengekspor(format);
    try {
      await download(`${url}/ekspor`, { ...queryFilter, format }, `audit-${instansi.kode}.${format}`);
    } catch (e) {
      beritahuGagal(t("audit.gagalEkspor"), pesanGalat(e));
    } finally {
      setMengekspor(null);
    }
  }

  const ubah = (set: (v: string) => void) => (v: string) => {
    set(v);
    setPage(1);
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t("audit.judul")}</Title>
        <Group gap="xs">
          <Button variant="default" loading={mengekspor === "csv"} onClick={() => ekspor("csv")}>
            {t("audit.eksporCsv")}
          </Button>
          <Button variant="default" loading={mengekspor === "xlsx"} onClick={() => ekspor("xlsx")}>
            {t("audit.eksporXlsx")}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t("audit.aktor")}
          description={t("audit.aktorPetunjuk")}
          value={aktor}
          onChange={(e) => ubah(setAktor)(e.currentTarget.value)}
          style={{ flex: "1 1 180px" }}
        />
        <TextInput
          label={t("audit.aksi")}
          description={t("audit.aksiPetunjuk")}
          value={aksi}
          onChange={(e) => ubah(setAksi)(e.currentTarget.value)}
          style={{ flex: "1 1 180px" }}
        />
        <InputTanggal label={t("audit.dari")} value={dari} onChange={(v) => ubah(setDari)(v)} />
        <InputTanggal label={t("audit.sampai")} value={sampai} onChange={(v) => ubah(setSampai)(v)} />
      </Group>
      <Text size="xs" c="gray.7">
        {t("audit.zona", { zona: `${w.label} (${w.zona})` })}
      </Text>
      <QueryState
        query={query}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("audit.kosong")} />}
      >
        {(data) => (
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
            {/* scrolls sideways on a phone: focusable so a keyboard can scroll it too */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
            <section className="tabel-gulir" tabIndex={0} aria-label={t("audit.judul")}>
              <Table striped miw={760}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("audit.waktu")}</Table.Th>
                    <Table.Th scope="col">{t("audit.aktor")}</Table.Th>
                    <Table.Th scope="col">{t("audit.aksi")}</Table.Th>
                    <Table.Th scope="col">{t("audit.objek")}</Table.Th>
                    <Table.Th scope="col">{t("audit.asal")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>{w.waktu(e.waktu)}</Table.Td>
                      <Table.Td>{e.aktorNama ?? e.aktor ?? t("audit.sistem")}</Table.Td>
                      <Table.Td>
                        {labelAksi[e.aksi] && <Text size="sm">{labelAksi[e.aksi]}</Text>}
                        <Code>{e.aksi}</Code>
                      </Table.Td>
                      <Table.Td>{[e.objek, e.objekId].filter(Boolean).join(" ") || "—"}</Table.Td>
                      <Table.Td>{e.ip ?? "—"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </section>
            <Paginasi page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
