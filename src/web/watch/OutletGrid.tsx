import type { ECharts } from "echarts";
import { useEffect, useRef, useState } from "react";
import { LEVEL_COLOURS } from "../warnings/labels.ts";
import type { WatchBoard } from "./api.ts";

type Outlet = WatchBoard["outlets"][number];

/** Named cells for a sub-branch's or a branch's outlets; small unnamed ones (names on hover) for a whole bank. */
const LAYOUTS = {
  named: { maxOutlets: 60, height: 56 },
  dense: { columns: 30, height: 20 },
};

/**
 * The outlets as a grid of cells in the colour of their worst open item, drawn by ECharts (loaded on first
 * use); a click on a cell opens that outlet's items. The chart is made once and redrawn without animation
 * on every live refresh, so a board left open does not flicker.
 */
export function OutletGrid({ outlets, onOpen }: { outlets: Outlet[]; onOpen: (outlet: Outlet) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ECharts | null>(null);
  const dense = outlets.length > LAYOUTS.named.maxOutlets;
  const columns = dense
    ? LAYOUTS.dense.columns
    : Math.max(1, Math.min(outlets.length, outlets.length > 24 ? 10 : 6));
  const rows = Math.max(1, Math.ceil(outlets.length / columns));
  const cellHeight = dense ? LAYOUTS.dense.height : LAYOUTS.named.height;

  useEffect(() => {
    let made: ECharts | undefined;
    let disposed = false;
    const onResize = () => made?.resize();
    import("echarts").then((echarts) => {
      if (disposed || !ref.current) return;
      made = echarts.init(ref.current);
      setChart(made);
      window.addEventListener("resize", onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener("resize", onResize);
      made?.dispose();
    };
  }, []);

  useEffect(() => {
    if (!chart || !ref.current) return;
    chart.resize();
    const width = ref.current.clientWidth;
    const axis = (n: number) => ({ type: "category" as const, data: [...Array(n).keys()], show: false });
    const label = (o: Outlet) => `${o.name}${o.open ? `\n${o.open}` : ""}`;
    chart.setOption(
      {
        animation: false,
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
            symbol: "rect",
            symbolSize: [width / columns - (dense ? 2 : 8), cellHeight - (dense ? 2 : 8)],
            cursor: "pointer",
            data: outlets.map((o, i) => ({
              value: [i % columns, Math.floor(i / columns)],
              itemStyle: { color: LEVEL_COLOURS[o.worst], borderRadius: 6 },
              label: { color: o.worst === "none" || o.worst === "yellow" ? "#262626" : "#fff" },
            })),
            label: {
              show: true,
              fontSize: 12,
              formatter: (p: { dataIndex: number }) => label(outlets[p.dataIndex]),
            },
          },
        ],
      },
      true,
    );
    chart.off("click");
    chart.on("click", (p) => onOpen(outlets[p.dataIndex]));
  }, [chart, outlets, columns, rows, dense, cellHeight, onOpen]);

  return <div ref={ref} data-testid="outlet-grid" style={{ width: "100%", height: rows * cellHeight }} />;
}
