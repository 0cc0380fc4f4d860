/**
 * The evaluation period on the national dashboard (kept in the URL,
 * `?periode=KODE`) and the trend across periods (docs/nasional.md): per
 * period, the index (median for a category, with the lowest–highest agency;
 * the 95 % interval for one agency), the level distribution and the mean
 * worksheet score. The chart is decorative; the table carries the figures.
 */
import { Badge, Modal, Paper, Select, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isi, type Jawaban, klien } from "../../api/klien.ts";
import { QueryState } from "../../components/QueryState.tsx";
import { angka1, namaJenis } from "./api.ts";

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

type Tren = Jawaban<"/api/nasional/tren">;

/** The period in the URL (`?periode=`), and a setter that keeps it there (no new history entry). */
export function usePeriodeUrl(): [string | null, (v: string | null) => void] {
  const [p, setP] = useState<string | null>(() => new URLSearchParams(window.location.search).get("periode"));
  const atur = (v: string | null) => {
    const q = new URLSearchParams(window.location.search);
    if (v) q.set("periode", v);
    else q.delete("periode");
    const s = q.toString();
    window.history.replaceState(null, "", `${window.location.pathname}${s ? `?${s}` : ""}`);
    setP(v);
  };
  return [p, atur];
}

const kueriPeriode = () => ({
  queryKey: ["evaluasi", "periode"],
  queryFn: () => isi(klien.GET("/api/evaluasi/periode", {})),
});

/** The id of the period whose code is in the URL (the report card's route takes the id). */
export function usePeriodeId(kode: string | null): string | null {
  const q = useQuery(kueriPeriode());
  return (kode && q.data?.find((p) => p.kode === kode)?.id) || null;
}

export function PilihPeriode({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (v: string | null) => void;
}) {
  const { t } = useTranslation();
  const q = useQuery(kueriPeriode());
  return (
    <Select
      label={t("nasional.periode")}
      placeholder={t("nasional.periodeSemua")}
      clearable
      data={(q.data ?? []).map((p) => ({ value: p.kode, label: `${p.nama} (${p.kode})` }))}
      value={value}
      onChange={onChange}
      style={{ flex: "1 1 200px" }}
    />
  );
}

function GrafikTren({ d }: { d: Tren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: "svg" });
    chart.setOption({
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: d.map((p) => p.kode) },
      yAxis: { type: "value", scale: true },
      series: [
        {
          type: "line",
          data: d.map((p) => (p.indeks ? Math.round(p.indeks.nilai * 10) / 10 : null)),
          itemStyle: { color: "#244d8d" },
          connectNulls: false,
        },
      ],
      animation: false,
    });
    const amati = new ResizeObserver(() => chart.resize());
    amati.observe(ref.current);
    return () => {
      amati.disconnect();
      chart.dispose();
    };
  }, [d]);
  return <div ref={ref} style={{ width: "100%", height: 180 }} aria-hidden="true" />;
}

function TabelTren({ d, satu }: { d: Tren; satu: boolean }) {
  const { t, i18n } = useTranslation();
  const b = i18n.language;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="tabel-gulir" tabIndex={0} aria-label={t("nasional.tren.judul")}>
      <Table fz="xs" miw={480} aria-label={t("nasional.tren.judul")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("nasional.periode")}</Table.Th>
            <Table.Th scope="col">{satu ? t("nasional.indeks") : t("nasional.tren.median")}</Table.Th>
            <Table.Th scope="col">{t("nasional.level")}</Table.Th>
            <Table.Th scope="col">{t("nasional.tren.skorLke")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.map((p) => {
            const n = p.level?.reduce((a, x) => a + x, 0) || 1;
            return (
              <Table.Tr key={p.periodeId}>
                <Table.Td>
                  {p.nama}{" "}
                  <Badge size="xs" variant="light" c="dark.8" color={p.beku ? "gray" : "teal"}>
                    {p.beku ? t("nasional.tren.beku") : t("nasional.tren.berjalan")}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {p.indeks
                    ? `${angka1(p.indeks.nilai, b)} (${angka1(p.indeks.bawah, b)}–${angka1(p.indeks.atas, b)})`
                    : "—"}
                  {!satu && (
                    <Text size="xs" c="gray.7">
                      {t("nasional.ubin", { n: p.instansi, k: p.denganIndeks })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {p.level
                    ? p.level.map((x, i) => `L${i + 1} ${Math.round((100 * x) / n)}%`).join(" · ")
                    : "—"}
                </Table.Td>
                <Table.Td>{p.skorLke === null ? "—" : angka1(p.skorLke, b)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/** The trend of a category (the dashboard's category filter) or of every participant. */
export function TrenPanel({ jenis }: { jenis: string | null }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({
    queryKey: ["nasional", "tren", "jenis", jenis],
    queryFn: () =>
      isi(klien.GET("/api/nasional/tren", { params: { query: { jenis: (jenis ?? undefined) as never } } })),
  });
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4">
        {t("nasional.tren.judul")}
        {jenis ? ` — ${namaJenis(jenis, i18n.language)}` : ""}
      </Title>
      <Text size="xs" c="gray.7" mb="xs">
        {t("nasional.tren.petunjuk")}
      </Text>
      <QueryState query={q}>
        {(d: Tren) =>
          d.length === 0 ? (
            <Text size="sm">{t("nasional.tren.kosong")}</Text>
          ) : (
            <>
              <GrafikTren d={d} />
              <TabelTren d={d} satu={false} />
            </>
          )
        }
      </QueryState>
    </Paper>
  );
}

/** One agency's trend (from the dashboard row's menu). */
export function TrenInstansiDialog({
  instansi,
  onTutup,
}: {
  instansi: { id: string; nama: string };
  onTutup: () => void;
}) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ["nasional", "tren", "instansi", instansi.id],
    queryFn: () => isi(klien.GET("/api/nasional/tren", { params: { query: { instansiId: instansi.id } } })),
  });
  return (
    <Modal
      opened
      onClose={onTutup}
      title={t("nasional.tren.judulInstansi", { nama: instansi.nama })}
      size="lg"
      closeButtonProps={{ "aria-label": t("umum.tutup") }}
    >
      <QueryState query={q}>
        {(d: Tren) =>
          d.length === 0 ? (
            <Text size="sm">{t("nasional.tren.kosong")}</Text>
          ) : (
            <>
              <GrafikTren d={d} />
              <TabelTren d={d} satu />
            </>
          )
        }
      </QueryState>
    </Modal>
  );
}
