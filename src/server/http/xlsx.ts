import type { PassThrough } from "node:stream";

/**
 * A streaming .xlsx writer into `out`. exceljs is loaded at the first export, not at start: importing it is a
 * large share of the start budget (bench/README.md, "Where the budgets are missed, and why", "Start-up").
 */
export async function xlsxWriter(out: PassThrough) {
  const { default: ExcelJS } = await import("exceljs");
  return new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
}
