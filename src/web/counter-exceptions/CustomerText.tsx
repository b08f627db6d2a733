import { ID_TYPE_LABELS } from "../../domain/common/plausibility.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { Detail } from "./api.ts";

/** Name, phone, ID and account on one line, as the server sent them (masked unless revealed). */
export function CustomerText({ customer, empty }: { customer: Detail["customer"]; empty: string }) {
  const { locale } = useI18n();
  if (!customer) return <>{empty}</>;
  const id =
    customer.idNumber &&
    [customer.idType && ID_TYPE_LABELS[customer.idType][locale], customer.idNumber].filter(Boolean).join(" ");
  const parts = [customer.name, customer.phone, id, customer.accountNo].filter(Boolean);
  return <>{parts.join(" · ")}</>;
}
