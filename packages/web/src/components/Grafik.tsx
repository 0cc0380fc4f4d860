import { BarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

/**
 * A small horizontal bar chart. The chart is decorative for screen readers
 * (`aria-hidden`); callers give the same figures as text or a table.
 */
export function GrafikBatang({
  label,
  nilai,
  tinggi = 220,
}: {
  label: string[];
  nilai: number[];
  tinggi?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: "svg" });
    chart.setOption({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis" },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: label, inverse: true },
      series: [{ type: "bar", data: nilai, itemStyle: { color: "#244d8d" }, barMaxWidth: 28 }],
      animation: false,
    });
    const amati = new ResizeObserver(() => chart.resize());
    amati.observe(ref.current);
    return () => {
      amati.disconnect();
      chart.dispose();
    };
  }, [label, nilai]);
  return <div ref={ref} style={{ width: "100%", height: tinggi }} aria-hidden="true" />;
}
