import type { PassThrough } from "node:stream";

/**
 * A streaming .xlsx writer into `out`. exceljs is loaded at the first export, not at start: importing it
 * took 0.4 s on this machine's slow evening, a fifth of the start budget (bench/README.md).
 */
export async function xlsxWriter(out: PassThrough) {
  const { default: ExcelJS } = await import("exceljs");
  return new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
}
