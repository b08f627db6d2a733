/** Characters that make a spreadsheet program read the start of a cell as a formula or a command (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text a user typed, written so that Excel, WPS and LibreOffice show it rather than run it: a leading
 * apostrophe marks the cell as text. Numbers and dates pass unchanged; only strings can carry a formula.
 */
export function cellText<T>(value: T): T | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}
