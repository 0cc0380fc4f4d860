import { BarChart, ScatterChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([BarChart, ScatterChart, GridComponent, TooltipComponent, SVGRenderer]);

export interface SkorGrafik {
  nama: string;
  t: number;
  tBawah: number;
  tAtas: number;
}

/**
 * T-scores with their 95 % bands: the band is a floating bar from tBawah to
 * tAtas, the point is T; the reference mean 50 is marked. Decorative for
 * screen readers (`aria-hidden`); the page gives the same figures as a table.
 */
export function GrafikProfil({ skor, tinggi }: { skor: SkorGrafik[]; tinggi?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: "svg" });
    const label = skor.map((s) => s.nama);
    chart.setOption({
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      tooltip: {
        trigger: "axis",
        formatter: (p: { dataIndex: number }[]) => {
          const s = skor[p[0]?.dataIndex ?? 0];
          return `${s.nama}<br/>T ${s.t.toFixed(1)} (${s.tBawah.toFixed(1)}–${s.tAtas.toFixed(1)})`;
        },
      },
      xAxis: { type: "value", min: 20, max: 80 },
      yAxis: { type: "category", data: label, inverse: true },
      series: [
        {
          type: "bar",
          stack: "pita",
          data: skor.map((s) => s.tBawah - 20),
          itemStyle: { color: "transparent" },
        },
        {
          type: "bar",
          stack: "pita",
          data: skor.map((s) => s.tAtas - s.tBawah),
          itemStyle: { color: "#9db4d8" },
          barMaxWidth: 16,
          markLine: {
            symbol: "none",
            data: [{ xAxis: 50 }],
            lineStyle: { color: "#888", type: "dashed" },
            label: { show: false },
          },
        },
        {
          type: "scatter",
          data: skor.map((s, i) => [s.t, i]),
          itemStyle: { color: "#1a3a6b" },
          symbolSize: 9,
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
  }, [skor]);
  return (
    <div ref={ref} style={{ width: "100%", height: tinggi ?? 40 + skor.length * 28 }} aria-hidden="true" />
  );
}
