import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BandingKalibrasi as Banding, Beda, DifVariabel } from "./kalibrasi-tipe.ts";

const f3 = (x: number | null | undefined) => (x == null ? "—" : x.toFixed(3));
const fp = (x: number) => (x < 0.001 ? x.toExponential(1) : x.toFixed(3));

/** The comparison of a recalibration with the parameters in force: fit, drift per statement, DIF. */
export function BandingKalibrasi({ banding }: { banding: Banding }) {
  const { t } = useTranslation();
  const b = banding;
  const perPernyataan = [...(b.pergeseran.perPernyataan ?? [])].sort(
    (x, y) => Math.abs(y.beda ?? 0) - Math.abs(x.beda ?? 0),
  );
  const baris = (label: string, d: Beda) => (
    <Table.Tr key={label}>
      <Table.Td>{label}</Table.Td>
      <Table.Td>{f3(d.rmsd)}</Table.Td>
      <Table.Td>{f3(d.maks)}</Table.Td>
    </Table.Tr>
  );
  return (
    <Stack data-testid="banding-kalibrasi">
      <Text>{t("hasil.kalibrasi.bandingKepala", { lama: b.versiLama, baru: b.versiBaru, n: b.n })}</Text>
      <Paper withBorder p="md">
        <Title order={3} size="h4">
          {t("hasil.kalibrasi.kecocokan")}
        </Title>
        <Text size="sm">
          {b.kecocokan.konvergen ? (
            <Badge color="green">{t("hasil.kalibrasi.konvergen")}</Badge>
          ) : (
            <Badge color="red">{t("hasil.kalibrasi.tidakKonvergen")}</Badge>
          )}{" "}
          {t("hasil.kalibrasi.kecocokanRinci", {
            iterasi: b.kecocokan.iterasi ?? "—",
            srmr: f3(b.kecocokan.srmr),
            detik: b.detikKalibrasi.toFixed(1),
          })}
        </Text>
        {b.kecocokan.pesan && (
          <Text size="xs" c="dimmed">
            {b.kecocokan.pesan}
          </Text>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4">
          {t("hasil.kalibrasi.pergeseran")}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("hasil.kalibrasi.parameter")}</Table.Th>
              <Table.Th>RMSD</Table.Th>
              <Table.Th>{t("hasil.kalibrasi.maks")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {baris(t("hasil.kalibrasi.muatan"), b.pergeseran.muatan)}
            {baris(t("hasil.kalibrasi.ambang"), b.pergeseran.ambang)}
            {baris(t("hasil.kalibrasi.korelasi"), b.pergeseran.korelasiTrait)}
          </Table.Tbody>
        </Table>
        <Text size="sm" mt="sm">
          {t("hasil.kalibrasi.bergeser", { n: b.pergeseran.muatanBergeser.length })}
        </Text>
        {perPernyataan.length > 0 && (
          <Table.ScrollContainer minWidth={400} mah={320} type="native">
            <Table striped stickyHeader aria-label={t("hasil.kalibrasi.perPernyataan")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("hasil.kalibrasi.pernyataan")}</Table.Th>
                  <Table.Th>{t("hasil.kalibrasi.muatanLama")}</Table.Th>
                  <Table.Th>{t("hasil.kalibrasi.muatanBaru")}</Table.Th>
                  <Table.Th>Δ</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {perPernyataan.map((p) => (
                  <Table.Tr key={p.pernyataan}>
                    <Table.Td>{p.pernyataan}</Table.Td>
                    <Table.Td>{f3(p.lama)}</Table.Td>
                    <Table.Td>{f3(p.baru)}</Table.Td>
                    <Table.Td c={Math.abs(p.beda ?? 0) > 0.2 ? "red.8" : undefined}>{f3(p.beda)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4">
          {t("hasil.kalibrasi.dif")}
        </Title>
        {typeof b.dif === "string" ? (
          <Text size="sm">{b.dif}</Text>
        ) : (
          <Stack>
            <Text size="sm" c="dimmed">
              {t("hasil.kalibrasi.difMetode", {
                alpha: b.dif.alpha,
                min: b.dif.minKelompok,
                tanggal: b.dif.tanggalUsia,
              })}
            </Text>
            <Alert color="gray" variant="light">
              {b.dif.wilayah}
            </Alert>
            {b.dif.variabel.map((v) => (
              <DifSatuVariabel key={v.kode} v={v} />
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}

function DifSatuVariabel({ v }: { v: DifVariabel }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid={`dif-${v.kode}`}>
      <Group gap="xs">
        <Text fw={600}>{t(`hasil.kalibrasi.variabel.${v.kode}`)}</Text>
        {v.tidakDiuji ? (
          <Badge color="gray">{t("hasil.kalibrasi.tidakDiuji")}</Badge>
        ) : v.jumlahDitandai > 0 ? (
          <Badge color="red">
            {t("hasil.kalibrasi.ditandai", { n: v.jumlahDitandai, dari: v.jumlahDiuji })}
          </Badge>
        ) : (
          <Badge color="green">{t("hasil.kalibrasi.tanpaDif", { dari: v.jumlahDiuji })}</Badge>
        )}
      </Group>
      <Text size="sm">
        {v.kelompok.length === 0
          ? t("hasil.kalibrasi.tanpaKelompok")
          : v.kelompok
              .map(
                (g) =>
                  `${g.nama} (n = ${g.n}${g.nama === v.acuan ? `, ${t("hasil.kalibrasi.acuan")}` : ""}${g.diuji ? "" : `, ${t("hasil.kalibrasi.terlaluKecil")}`})`,
              )
              .join(" · ")}
        {v.tanpaData > 0 && ` · ${t("hasil.kalibrasi.tanpaData", { n: v.tanpaData })}`}
      </Text>
      {v.tidakDiuji && (
        <Text size="sm" c="dimmed">
          {t("hasil.kalibrasi.alasanTidakDiuji", { alasan: v.tidakDiuji })}
        </Text>
      )}
      {v.ditandai.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("hasil.kalibrasi.blok")}</Table.Th>
                <Table.Th>{t("hasil.kalibrasi.pasangan")}</Table.Th>
                <Table.Th>{t("hasil.kalibrasi.kelompok")}</Table.Th>
                <Table.Th>{t("hasil.kalibrasi.bedaP")}</Table.Th>
                <Table.Th>{t("hasil.kalibrasi.kelas")}</Table.Th>
                <Table.Th>{t("hasil.kalibrasi.jenis")}</Table.Th>
                <Table.Th>q</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {v.ditandai.map((d) => (
                <Table.Tr key={`${d.pertama}-${d.kedua}`}>
                  <Table.Td>{d.blok}</Table.Td>
                  <Table.Td>
                    {d.pertama} ≻ {d.kedua}
                  </Table.Td>
                  <Table.Td>
                    {d.perKelompok.map((k) => (
                      <div key={k.kelompok}>
                        {k.kelompok}: {k.bedaP != null && k.bedaP > 0 ? "+" : ""}
                        {f3(k.bedaP)}
                      </div>
                    ))}
                  </Table.Td>
                  <Table.Td>{f3(d.besaran)}</Table.Td>
                  <Table.Td>
                    <Badge color={d.kelas === "C" ? "red" : "orange"}>{d.kelas}</Badge>
                  </Table.Td>
                  <Table.Td>{t(`hasil.kalibrasi.jenisDif.${d.jenis}`)}</Table.Td>
                  <Table.Td>{fp(d.q)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
