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

/** Below this width (px) the chart is laid out for a phone: fewer ticks, scale names wrapped. */
const LEBAR_SEMPIT = 480;
const TINGGI_BARIS = 32;

/** The T axis: 20–80 unless a band reaches beyond it, in steps of 10. */
function rentangSumbu(skor: SkorGrafik[]): { min: number; max: number } {
  const bawah = Math.min(20, ...skor.map((s) => s.tBawah));
  const atas = Math.max(80, ...skor.map((s) => s.tAtas));
  return { min: Math.max(0, Math.floor(bawah / 10) * 10), max: Math.ceil(atas / 10) * 10 };
}

/**
 * The band is drawn as a stacked pair of bars: an invisible one from 0 up to
 * tBawah, then the visible one of length tAtas − tBawah on top of it, so the
 * visible bar spans exactly tBawah–tAtas on the value axis (the axis starts
 * at its minimum; the invisible part below it is clipped).
 */
function opsiGrafik(skor: SkorGrafik[], sempit: boolean): echarts.EChartsCoreOption {
  return {
    grid: { left: 8, right: sempit ? 12 : 24, top: 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: "axis",
      formatter: (p: { dataIndex: number }[]) => {
        const s = skor[p[0]?.dataIndex ?? 0];
        return `${s.nama}<br/>T ${s.t.toFixed(1)} (${s.tBawah.toFixed(1)}–${s.tAtas.toFixed(1)})`;
      },
    },
    xAxis: {
      type: "value",
      ...rentangSumbu(skor),
      interval: sempit ? 20 : 10,
      axisLabel: { hideOverlap: true },
    },
    yAxis: {
      type: "category",
      data: skor.map((s) => s.nama),
      inverse: true,
      // long sub-dimension names wrap instead of squeezing the plot on a phone
      // at most two lines per name (12 px each) in a 32 px row, so neighbours never touch
      axisLabel: { width: sempit ? 130 : 220, overflow: "break", lineHeight: 12, fontSize: sempit ? 11 : 12 },
    },
    series: [
      {
        type: "bar",
        stack: "pita",
        data: skor.map((s) => s.tBawah),
        itemStyle: { color: "transparent" },
        silent: true,
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
  };
}

/**
 * T-scores with their 95 % bands: the band is a floating bar from tBawah to
 * tAtas, the point is T; the reference mean 50 is marked. Decorative for
 * screen readers (`aria-hidden`); the page gives the same figures as a table.
 */
export function GrafikProfil({ skor, tinggi }: { skor: SkorGrafik[]; tinggi?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: "svg" });
    let sempit = el.clientWidth < LEBAR_SEMPIT;
    chart.setOption(opsiGrafik(skor, sempit));
    const amati = new ResizeObserver(() => {
      const kini = el.clientWidth < LEBAR_SEMPIT;
      if (kini !== sempit) {
        sempit = kini;
        chart.setOption(opsiGrafik(skor, sempit), { notMerge: true });
      }
      chart.resize();
    });
    amati.observe(el);
    return () => {
      amati.disconnect();
      chart.dispose();
    };
  }, [skor]);
  return (
    <div
      ref={ref}
      data-grafik="profil"
      style={{ width: "100%", height: tinggi ?? 40 + skor.length * TINGGI_BARIS }}
      aria-hidden="true"
    />
  );
}
