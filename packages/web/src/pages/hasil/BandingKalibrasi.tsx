import { Alert, Badge, Box, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { BandingKalibrasi as Banding, Beda, DifVariabel } from "./kalibrasi-tipe.ts";

/** Text dark enough on each light badge background (WCAG AA 4.5:1), as components/StatusBadge.tsx. */
const TEKS_LENCANA: Record<string, string> = {
  green: "#1b5e20",
  gray: "gray.8",
  red: "#8b1a1a",
  orange: "#8a3b00",
  blue: "#0b4a80",
  yellow: "#6b5200",
};

/** A status badge in one of the colours above. */
export function Lencana({ warna, children }: { warna: keyof typeof TEKS_LENCANA; children: ReactNode }) {
  return (
    <Badge
      variant="light"
      color={warna}
      c={TEKS_LENCANA[warna]}
      styles={{ root: { overflow: "visible" }, label: { overflow: "visible", textOverflow: "clip" } }}
    >
      {children}
    </Badge>
  );
}

/** Group names come from the server in Bahasa Indonesia (domain dif-kelompok.ts); shown in the UI language. */
const NAMA_TETAP: Record<string, string> = {
  "Laki-laki": "lakiLaki",
  Perempuan: "perempuan",
  Struktural: "struktural",
  Fungsional: "fungsional",
  Pelaksana: "pelaksana",
  PPPK: "pppk",
};

export function namaKelompok(nama: string, t: TFunction): string {
  const tetap = NAMA_TETAP[nama];
  if (tetap) return t(`hasil.kalibrasi.namaKelompok.${tetap}`);
  const gol = /^Golongan (I|II|III|IV)$/.exec(nama);
  if (gol) return t("hasil.kalibrasi.namaKelompok.golongan", { n: gol[1] });
  const usia = /^(.*) tahun$/.exec(nama);
  if (usia) return t("hasil.kalibrasi.namaKelompok.usia", { rentang: usia[1] });
  return nama;
}

const f3 = (x: number | null | undefined) => (x == null ? "—" : x.toFixed(3));
const fp = (x: number) => (x < 0.001 ? x.toExponential(1) : x.toFixed(3));

/** The comparison of a recalibration with the parameters in force: fit, drift per statement, DIF. */
export function BandingKalibrasi({ banding }: { banding: Banding }) {
  const { t } = useTranslation();
  const b = banding;
  const minKelompok = typeof b.dif === "string" ? 0 : b.dif.minKelompok;
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
            <Lencana warna="green">{t("hasil.kalibrasi.konvergen")}</Lencana>
          ) : (
            <Lencana warna="red">{t("hasil.kalibrasi.tidakKonvergen")}</Lencana>
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
          // a focusable region, so the keyboard can scroll it (WCAG 2.1.1)
          <Box
            tabIndex={0}
            role="region"
            aria-label={t("hasil.kalibrasi.perPernyataan")}
            style={{ maxHeight: 320, overflow: "auto" }}
          >
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
                    <Table.Td
                      c={Math.abs(p.beda ?? 0) > 0.2 ? TEKS_LENCANA.red : undefined}
                      fw={Math.abs(p.beda ?? 0) > 0.2 ? 700 : undefined}
                    >
                      {f3(p.beda)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
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
              {t("hasil.kalibrasi.wilayah")}
            </Alert>
            {b.dif.variabel.map((v) => (
              <DifSatuVariabel key={v.kode} v={v} minKelompok={minKelompok} />
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}

function DifSatuVariabel({ v, minKelompok }: { v: DifVariabel; minKelompok: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid={`dif-${v.kode}`}>
      <Group gap="xs">
        <Text fw={600}>{t(`hasil.kalibrasi.variabel.${v.kode}`)}</Text>
        {v.tidakDiuji ? (
          <Lencana warna="gray">{t("hasil.kalibrasi.tidakDiuji")}</Lencana>
        ) : v.jumlahDitandai > 0 ? (
          <Lencana warna="red">
            {t("hasil.kalibrasi.ditandai", { n: v.jumlahDitandai, dari: v.jumlahDiuji })}
          </Lencana>
        ) : (
          <Lencana warna="green">{t("hasil.kalibrasi.tanpaDif", { dari: v.jumlahDiuji })}</Lencana>
        )}
      </Group>
      <Text size="sm">
        {v.kelompok.length === 0
          ? t("hasil.kalibrasi.tanpaKelompok")
          : v.kelompok
              .map(
                (g) =>
                  `${namaKelompok(g.nama, t)} (n = ${g.n}${g.nama === v.acuan ? `, ${t("hasil.kalibrasi.acuan")}` : ""}${g.diuji ? "" : `, ${t("hasil.kalibrasi.terlaluKecil")}`})`,
              )
              .join(" · ")}
        {v.tanpaData > 0 && ` · ${t("hasil.kalibrasi.tanpaData", { n: v.tanpaData })}`}
      </Text>
      {v.tidakDiuji && (
        <Text size="sm" c="dimmed">
          {t("hasil.kalibrasi.alasanTidakDiuji", { min: minKelompok })}
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
                        {namaKelompok(k.kelompok, t)}: {k.bedaP != null && k.bedaP > 0 ? "+" : ""}
                        {f3(k.bedaP)}
                      </div>
                    ))}
                  </Table.Td>
                  <Table.Td>{f3(d.besaran)}</Table.Td>
                  <Table.Td>
                    <Lencana warna={d.kelas === "C" ? "red" : "orange"}>{d.kelas}</Lencana>
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
