import { cellText } from "./cell-text.ts";

function csvCell(value: unknown): string {
  const s = String(cellText(value ?? ""));
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV record (RFC 4180, CRLF), every text cell safe to open in a spreadsheet program. */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
