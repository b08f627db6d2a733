import { useEffect, useRef } from "react";

interface Props {
  labels: string[];
  values: number[];
  /** Horizontal bars suit long category names. */
  horizontal?: boolean;
  height?: number;
}

/** A bar chart drawn by Apache ECharts, loaded on first use so that other pages never download it. */
export function BarChart({ labels, values, horizontal = false, height = 260 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | undefined;
    const onResize = () => chart?.resize();
    import("echarts").then((echarts) => {
      if (disposed || !ref.current) return;
      const c = echarts.init(ref.current);
      chart = c;
      const category = {
        type: "category" as const,
        data: labels,
        axisLabel: { width: 140, overflow: "truncate" as const },
      };
      const value = { type: "value" as const, minInterval: 1 };
      c.setOption({
        grid: { left: horizontal ? 150 : 40, right: 16, top: 16, bottom: 40 },
        tooltip: { trigger: "axis" },
        xAxis: horizontal ? value : category,
        yAxis: horizontal ? { ...category, inverse: true } : value,
        series: [{ type: "bar", data: values, itemStyle: { color: "#1677ff" }, barMaxWidth: 28 }],
      });
      window.addEventListener("resize", onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener("resize", onResize);
      chart?.dispose();
    };
  }, [labels, values, horizontal]);
  return <div ref={ref} style={{ width: "100%", height }} />;
}
