/** The national dashboard's distributions: index by category (chart + the same figures as a table) and the province tile grid. */
import { Paper, SimpleGrid, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { isi, klien } from "../../api/klien.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { angka1, type Sebaran } from "./api.ts";

const GrafikBatang = lazy(() =>
  import("../../components/Grafik.tsx").then((m) => ({ default: m.GrafikBatang })),
);

/** Index distribution by category (chart + the same figures as a table) and the province tile grid. */
export function Distribusi() {
  const { t, i18n } = useTranslation();
  const b = i18n.language;
  const query = useQuery({
    queryKey: ["nasional", "sebaran"],
    queryFn: () => isi(klien.GET("/api/nasional/sebaran", {})),
  });
  return (
    <QueryState query={query}>
      {(d: Sebaran) => (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Paper withBorder p="md">
            <Title order={3} size="h4">
              {t("nasional.sebaranJenis")}
            </Title>
            <Text size="xs" c="gray.7" mb="xs">
              {t("nasional.sebaranPetunjuk")}
            </Text>
            <Suspense fallback={null}>
              <GrafikBatang
                label={d.jenis.map((j) => j.kelompok)}
                nilai={d.jenis.map((j) => Math.round((j.median ?? 0) * 10) / 10)}
                tinggi={Math.max(120, d.jenis.length * 40)}
              />
            </Suspense>
            <Table fz="xs" aria-label={t("nasional.sebaranJenis")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("nasional.jenis")}</Table.Th>
                  <Table.Th scope="col">{t("nasional.berindeks")}</Table.Th>
                  <Table.Th scope="col">{t("nasional.median")}</Table.Th>
                  <Table.Th scope="col">{t("nasional.rentang")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[d.nasional, ...d.jenis].map((j) => (
                  <Table.Tr key={j.kode || "nasional"}>
                    <Table.Td>{j.kelompok}</Table.Td>
                    <Table.Td>
                      {j.denganIndeks}/{j.instansi}
                    </Table.Td>
                    <Table.Td>{j.median === null ? "—" : angka1(j.median, b)}</Table.Td>
                    <Table.Td>
                      {j.min === null || j.maks === null ? "—" : `${angka1(j.min, b)}–${angka1(j.maks, b)}`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
          <Paper withBorder p="md">
            <Title order={3} size="h4">
              {t("nasional.petaProvinsi")}
            </Title>
            <Text size="xs" c="gray.7" mb="xs">
              {t("nasional.petaProvinsiPetunjuk")}
            </Text>
            <ul style={UBIN} aria-label={t("nasional.petaProvinsi")}>
              {d.provinsi.map((p) => (
                <li key={p.kode} title={p.kelompok}>
                  <span style={{ ...UBIN_KODE, background: warna(p.median) }}>{p.kode}</span>
                  <Text size="xs" ta="center">
                    {p.median === null ? "—" : angka1(p.median, b)}
                    <span className="sr-only">
                      {" "}
                      {p.kelompok}: {t("nasional.ubin", { n: p.instansi, k: p.denganIndeks })}
                    </span>
                  </Text>
                </li>
              ))}
            </ul>
          </Paper>
        </SimpleGrid>
      )}
    </QueryState>
  );
}

/** Tiles coloured by the province's median index (derajat, national reference mean 50). */
const warna = (m: number | null) =>
  m === null ? "#495057" : m >= 55 ? "#0b5d57" : m >= 45 ? "#1c3f7a" : "#8a3b00";
const UBIN_KODE = {
  display: "block",
  color: "#fff",
  borderRadius: 4,
  textAlign: "center",
  fontWeight: 700,
  fontSize: 12,
  padding: "2px 0",
} as const;

const UBIN = {
  display: "grid",
  gridTemplateColumns: "repeat(auto-fill, minmax(56px, 1fr))",
  gap: 6,
  listStyle: "none",
  padding: 0,
  margin: 0,
} as const;
