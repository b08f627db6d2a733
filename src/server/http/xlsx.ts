import type { PassThrough } from "node:stream";
import type { Worksheet } from "exceljs";
import { cellText } from "./cell-text.ts";

type RowValues = Parameters<Worksheet["addRow"]>[0];

function safeRow(values: RowValues): RowValues {
  if (Array.isArray(values)) return values.map(cellText);
  if (values && typeof values === "object")
    return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, cellText(v)]));
  return values;
}

/**
 * A streaming .xlsx writer into `out`. exceljs is loaded at the first export, not at start: importing it is a
 * large share of the start budget (bench/README.md, "Where the budgets are missed, and why", "Start-up").
 * Every row added to any of its sheets goes through cellText, so no export can carry a formula.
 */
export async function xlsxWriter(out: PassThrough) {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const addWorksheet = workbook.addWorksheet.bind(workbook);
  workbook.addWorksheet = (...args) => {
    const sheet = addWorksheet(...args);
    const addRow = sheet.addRow.bind(sheet);
    sheet.addRow = (values, style) => addRow(safeRow(values), style);
    return sheet;
  };
  return workbook;
}
