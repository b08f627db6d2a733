/**
 * Customer data is masked wherever it is listed, printed or exported, so that a screen or a sheet left
 * lying on a desk shows no full name, phone, ID or account number. Full values need a role that may reveal
 * them, and every reveal is audited.
 */

import type { IdType } from "../common/plausibility.ts";

export interface Customer {
  name: string | null;
  phone: string | null;
  /** Which document the number belongs to; null for numbers recorded before the type was asked. */
  idType: IdType | null;
  idNumber: string | null;
  accountNo: string | null;
}

/** 张三丰 → 张**; a single character stays as it is. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join("");
  return chars[0] + "*".repeat(chars.length - 1);
}

/** Keeps the first `head` and last `tail` digits/letters, stars the rest; short values keep only the tail. */
function maskMiddle(value: string, head: number, tail: number): string {
  const compact = value.replace(/\s+/g, "");
  if (compact.length <= tail) return "*".repeat(compact.length);
  const keepHead = compact.length > head + tail ? head : 0;
  return (
    compact.slice(0, keepHead) +
    "*".repeat(compact.length - keepHead - tail) +
    compact.slice(compact.length - tail)
  );
}

/** 13812345678 → 138****5678 */
export const maskPhone = (phone: string) => maskMiddle(phone, 3, 4);
/** 110101199001061234 → 1101**********1234 */
export const maskIdNumber = (id: string) => maskMiddle(id, 4, 4);
/** 6222021234567890123 → ***************0123 */
export const maskAccountNo = (account: string) => maskMiddle(account, 0, 4);

export function maskCustomer(c: Customer): Customer {
  return {
    name: c.name && maskName(c.name),
    phone: c.phone && maskPhone(c.phone),
    idType: c.idType,
    idNumber: c.idNumber && maskIdNumber(c.idNumber),
    accountNo: c.accountNo && maskAccountNo(c.accountNo),
  };
}
