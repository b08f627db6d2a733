import { useEffect, useRef } from "react";
import { LEVEL_COLOURS } from "../warnings/labels.ts";
import type { WatchBoard } from "./api.ts";

type Outlet = WatchBoard["outlets"][number];

const CELL_HEIGHT = 56;

/**
 * The outlets as a grid of cells in the colour of their worst open item, drawn by ECharts (loaded on first
 * use); a click on a cell opens that outlet's items.
 */
export function OutletGrid({ outlets, onOpen }: { outlets: Outlet[]; onOpen: (outlet: Outlet) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const columns = Math.max(1, Math.min(outlets.length, outlets.length > 24 ? 10 : 6));
  const rows = Math.ceil(outlets.length / columns);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | undefined;
    const onResize = () => chart?.resize();
    import("echarts").then((echarts) => {
      if (disposed || !ref.current) return;
      const c = echarts.init(ref.current);
      chart = c;
      const width = ref.current.clientWidth;
      const axis = (n: number) => ({ type: "category" as const, data: [...Array(n).keys()], show: false });
      c.setOption({
        grid: { left: 0, right: 0, top: 0, bottom: 0 },
        xAxis: axis(columns),
        yAxis: { ...axis(rows), inverse: true },
        tooltip: {
          formatter: (p: { dataIndex: number }) =>
            `${outlets[p.dataIndex].name}（${outlets[p.dataIndex].open}）`,
        },
        series: [
          {
            type: "scatter",
            symbol: "roundRect",
            symbolSize: [width / columns - 8, CELL_HEIGHT - 8],
            data: outlets.map((o, i) => ({
              value: [i % columns, Math.floor(i / columns)],
              itemStyle: { color: LEVEL_COLOURS[o.worst] },
              label: { color: o.worst === "none" || o.worst === "yellow" ? "#262626" : "#fff" },
            })),
            label: {
              show: true,
              formatter: (p: { dataIndex: number }) =>
                `${outlets[p.dataIndex].name}${outlets[p.dataIndex].open ? `\n${outlets[p.dataIndex].open}` : ""}`,
              fontSize: 12,
            },
            cursor: "pointer",
          },
        ],
      });
      c.on("click", (p) => onOpen(outlets[p.dataIndex]));
      window.addEventListener("resize", onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener("resize", onResize);
      chart?.dispose();
    };
  }, [outlets, columns, rows, onOpen]);
  return <div ref={ref} data-testid="outlet-grid" style={{ width: "100%", height: rows * CELL_HEIGHT }} />;
}
