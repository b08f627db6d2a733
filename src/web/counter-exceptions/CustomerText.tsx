import type { Detail } from "./api.ts";

/** Name, phone, ID and account on one line, as the server sent them (masked unless revealed). */
export function CustomerText({ customer, empty }: { customer: Detail["customer"]; empty: string }) {
  if (!customer) return <>{empty}</>;
  const parts = [customer.name, customer.phone, customer.idNumber, customer.accountNo].filter(Boolean);
  return <>{parts.join(" · ")}</>;
}
