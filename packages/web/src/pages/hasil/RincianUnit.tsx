import { Paper, Radio, Stack, Table, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { DialogForm } from "../../components/kit/index.ts";
import { Paginasi } from "../../components/Paginasi.tsx";
import { QueryState } from "../../components/QueryState.tsx";

/** Why named results are opened (server fitur/hasil/rinci.ts, docs/hasil.md). */
const TUJUAN = ["pendampingan", "rencana_pengembangan", "tindak_lanjut_monev", "verifikasi_data"] as const;
type Tujuan = (typeof TUJUAN)[number];

/**
 * Named individuals of a unit: a small dialog first asks why they are opened
 * (the purpose goes with every read into the audit log), then the list shows.
 * `onBatal` closes it without reading anything.
 */
export function RincianUnit({
  instansiId,
  kampanyeId,
  unit,
  namaUnit,
  onBatal,
}: {
  instansiId: string;
  kampanyeId: string;
  unit: { id: string; nama: string };
  /** Unit names by id, to tell apart people of the same name (the answer has no NIP). */
  namaUnit: ReadonlyMap<string, string>;
  onBatal: () => void;
}) {
  const { t } = useTranslation();
  const [tujuan, setTujuan] = useState<Tujuan | null>(null);
  const form = useForm<{ tujuan: Tujuan | null }>({
    initialValues: { tujuan: null },
    validate: { tujuan: (v) => (v ? null : t("hasil.peta.rinciTujuanWajib")) },
  });
  // the purpose is asked first (and written with the read to the audit log); nothing is sent here
  if (!tujuan)
    return (
      <DialogForm
        judul={t("hasil.peta.rinciTujuanJudul")}
        form={form}
        kirim={async (v) => v.tujuan}
        onBerhasil={(v) => setTujuan(v)}
        onTutup={onBatal}
        labelKirim={t("hasil.peta.rinciTampilkan")}
      >
        <Text size="sm" fw={500}>
          {unit.nama}
        </Text>
        <Text size="sm">{t("hasil.peta.rinciTujuanPenjelasan")}</Text>
        <Radio.Group
          label={t("hasil.peta.rinciTujuan")}
          {...form.getInputProps("tujuan")}
          // the error in a darker red than the default, for contrast (WCAG AA)
          styles={{ error: { color: "var(--mantine-color-red-9)" } }}
          withAsterisk
        >
          <Stack gap="xs" mt="xs">
            {TUJUAN.map((k) => (
              <Radio key={k} value={k} label={t(`hasil.tujuanRinci.${k}`)} />
            ))}
          </Stack>
        </Radio.Group>
      </DialogForm>
    );
  return (
    <DaftarRincian
      instansiId={instansiId}
      kampanyeId={kampanyeId}
      unit={unit}
      namaUnit={namaUnit}
      tujuan={tujuan}
    />
  );
}

function DaftarRincian({
  instansiId,
  kampanyeId,
  unit,
  namaUnit,
  tujuan,
}: {
  instansiId: string;
  kampanyeId: string;
  unit: { id: string; nama: string };
  namaUnit: ReadonlyMap<string, string>;
  tujuan: Tujuan;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ["hasil", "rinci", instansiId, kampanyeId, unit.id, tujuan, page],
    queryFn: () =>
      isi(
        klien.GET("/api/instansi/{instansiId}/hasil/kampanye/{kampanyeId}/unit/{unitId}/pegawai", {
          params: {
            path: { instansiId, kampanyeId, unitId: unit.id },
            query: { page, pageSize: 50, tujuan },
          },
        }),
      ),
  });
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4">
        {t("hasil.peta.rinci")} — {unit.nama}
      </Title>
      <Text size="xs" c="dimmed">
        {t("hasil.peta.rinciDengan", { tujuan: t(`hasil.tujuanRinci.${tujuan}`) })}.{" "}
        {t("hasil.peta.rinciAudit")}
      </Text>
      <QueryState query={q}>
        {(d) => (
          <Stack>
            <Table.ScrollContainer
              minWidth={520}
              scrollAreaProps={{
                viewportProps: { tabIndex: 0, role: "region", "aria-label": t("hasil.peta.rinci") },
              }}
            >
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("hasil.nama")}</Table.Th>
                    <Table.Th>{t("hasil.unit")}</Table.Th>
                    <Table.Th>{t("hasil.derajat")}</Table.Th>
                    <Table.Th>{t("hasil.level")}</Table.Th>
                    <Table.Th>{t("hasil.tinjauan")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.items.map((r) => (
                    <Table.Tr key={r.pegawaiId}>
                      <Table.Td>{r.nama}</Table.Td>
                      <Table.Td>{(r.unitId && namaUnit.get(r.unitId)) ?? "—"}</Table.Td>
                      <Table.Td>{r.derajat.toFixed(0)}</Table.Td>
                      <Table.Td>{r.level}</Table.Td>
                      <Table.Td>{t(`hasil.status.${r.tinjauan}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Paginasi page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}
