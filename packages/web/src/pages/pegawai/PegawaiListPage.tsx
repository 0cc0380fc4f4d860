import { Checkbox, Group, SegmentedControl, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue, useMediaQuery } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { kunci, useUnitList } from "../../api/hooks.ts";
import { isi, klien } from "../../api/klien.ts";
import { useSession } from "../../auth/session.tsx";
import { Paginasi } from "../../components/Paginasi.tsx";
import { Kosong, QueryState } from "../../components/QueryState.tsx";
import { KartuPegawai, TabelPegawai } from "./DaftarPegawai.tsx";

const UKURAN_HALAMAN = 25;
type FilterAktif = "true" | "false" | "semua";

export function PegawaiListPage() {
  const { t } = useTranslation();
  const { instansi } = useSession();
  const units = useUnitList(instansi.id);
  const [page, setPage] = useState(1);
  // the list's filter: one form; any change goes back to the first page
  const saring = useForm({
    initialValues: { q: "", unitId: null as string | null, subUnit: true, aktif: "true" as FilterAktif },
    onValuesChange: () => setPage(1),
  });
  const { unitId, subUnit, aktif } = saring.values;
  const [cari] = useDebouncedValue(saring.values.q.trim(), 300);
  // a phone gets one card per employee instead of a table that scrolls sideways
  const hp = useMediaQuery("(max-width: 48em)");

  const query = useQuery({
    queryKey: [...kunci.pegawai(instansi.id), { cari, unitId, subUnit, aktif, page }],
    queryFn: ({ signal }) =>
      isi(
        klien.GET("/api/instansi/{instansiId}/pegawai", {
          params: {
            path: { instansiId: instansi.id },
            query: {
              q: cari,
              unitId: unitId ?? undefined,
              subUnit: unitId ? (String(subUnit) as "true" | "false") : undefined,
              aktif: aktif === "semua" ? undefined : aktif,
              page,
              pageSize: UKURAN_HALAMAN,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Title order={2}>{t("pegawai.judul")}</Title>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t("pegawai.cari")}
          description={t("pegawai.cariPetunjuk")}
          type="search"
          style={{ flex: "2 1 240px" }}
          {...saring.getInputProps("q")}
        />
        <Select
          label={t("pegawai.filterUnit")}
          placeholder={t("pegawai.semuaUnit")}
          searchable
          clearable
          {...saring.getInputProps("unitId")}
          data={(units.data ?? []).map((u) => ({ value: u.id, label: `${u.kode} — ${u.nama}` }))}
          nothingFoundMessage={t("umum.tidakAda")}
          style={{ flex: "2 1 240px" }}
        />
        <Checkbox
          label={t("pegawai.termasukSubUnit")}
          disabled={!unitId}
          mb={8}
          {...saring.getInputProps("subUnit", { type: "checkbox" })}
        />
        <div>
          <Text size="sm" fw={500} id="label-filter-aktif" mb={4}>
            {t("pegawai.status")}
          </Text>
          <SegmentedControl
            aria-labelledby="label-filter-aktif"
            {...saring.getInputProps("aktif")}
            data={[
              { value: "true", label: t("pegawai.aktif") },
              { value: "false", label: t("pegawai.nonaktif") },
              { value: "semua", label: t("pegawai.semua") },
            ]}
          />
        </div>
      </Group>
      <QueryState
        query={query}
        isEmpty={(d) => d.items.length === 0}
        empty={<Kosong pesan={t("pegawai.kosong")} />}
      >
        {(data) => (
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
            {hp ? (
              <KartuPegawai items={data.items} />
            ) : (
              <TabelPegawai items={data.items} total={data.total} />
            )}
            <Paginasi page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
