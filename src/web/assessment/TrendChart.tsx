import { useEffect, useRef } from "react";

interface Props {
  months: string[];
  outlets: { name: string; totals: (number | null)[] }[];
}

/**
 * The outlets' monthly totals as lines, drawn by Apache ECharts (loaded on first use, as the complaint
 * charts are); a month with nothing to count is a gap in the line, not a zero.
 */
export function TrendChart({ months, outlets }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | undefined;
    const onResize = () => chart?.resize();
    import("echarts").then((echarts) => {
      if (disposed || !ref.current) return;
      const c = echarts.init(ref.current);
      chart = c;
      c.setOption({
        grid: { left: 40, right: 16, top: 36, bottom: 30 },
        tooltip: { trigger: "axis" },
        legend: { type: "scroll", top: 0 },
        xAxis: { type: "category", data: months },
        yAxis: { type: "value", min: 0, max: 100 },
        series: outlets.map((o) => ({ type: "line", name: o.name, data: o.totals, connectNulls: false })),
      });
      window.addEventListener("resize", onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener("resize", onResize);
      chart?.dispose();
    };
  }, [months, outlets]);
  return <div ref={ref} data-testid="scorecard-trend-chart" style={{ width: "100%", height: 260 }} />;
}
