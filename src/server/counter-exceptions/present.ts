import type { Locale } from "../../domain/common/messages.ts";
import { type Customer, maskCustomer } from "../../domain/counter-exceptions/masking.ts";
import { isOverdue } from "../../domain/counter-exceptions/procedure.ts";
import type { Detail, LegalTrack, ListItem } from "../../domain/counter-exceptions/schema.ts";
import { unseal } from "../personal-data/vault.ts";
import type { ExceptionRow, timelineOf } from "./store.ts";

/** Rows become API JSON here only, so masking cannot be forgotten by one route. */

export function customerOf(row: ExceptionRow): Customer | null {
  const c = {
    name: unseal(row.customer_name),
    phone: unseal(row.customer_phone),
    idType: row.customer_id_type,
    idNumber: unseal(row.customer_id_number),
    accountNo: unseal(row.customer_account_no),
  };
  return Object.values(c).some((v) => v !== null) ? c : null;
}

/** A list line: customer data always masked. */
export function toListItem(row: ExceptionRow, locale: Locale, now: Date): ListItem {
  const customer = customerOf(row);
  return {
    id: row.id,
    ref: row.ref,
    status: row.status,
    type: row.type,
    typeLabel: locale === "zh" ? row.type_zh : row.type_en,
    orgUnitId: row.org_unit_id,
    orgUnitCode: row.org_code,
    orgUnitName: row.org_name,
    description: row.description,
    amount: row.amount,
    transactionRef: row.transaction_ref,
    customer: customer && maskCustomer(customer),
    reportedBy: { id: row.reported_by, name: row.reporter_name },
    reportedAt: row.reported_at,
    followUpDueAt: row.follow_up_due_at,
    overdue: isOverdue(row.status, row.follow_up_due_at, now),
    patternCount: row.pattern_count,
    complaintRef: row.complaint_ref,
  };
}

const person = (id: number, names: Map<number, string>) => ({ id, name: names.get(id) ?? `#${id}` });

/** The stored legal track names its recorder by id; the answer names them. */
function legalOf(json: string, names: Map<number, string>): LegalTrack {
  const { recordedById, ...track } = JSON.parse(json) as Omit<LegalTrack, "recordedBy"> & {
    recordedById: number;
  };
  return { ...track, recordedBy: person(recordedById, names) };
}

export function toDetail(
  row: ExceptionRow,
  opts: {
    locale: Locale;
    now: Date;
    reveal: boolean;
    names: Map<number, string>;
    timeline: Awaited<ReturnType<typeof timelineOf>>;
    allowed: Detail["allowed"];
    links: Detail["links"];
    techSupportPhone: string | null;
    /** The guidance of the exception's type, from the version that applies at its unit. */
    guidance: Detail["guidance"];
  },
): Detail {
  const { names } = opts;
  const customer = customerOf(row);
  return {
    ...toListItem(row, opts.locale, opts.now),
    customer: customer && (opts.reveal ? customer : maskCustomer(customer)),
    customerRevealed: opts.reveal && customer !== null,
    immediateAction: row.immediate_action,
    verification:
      row.verify_outcome && row.verified_by && row.verified_at
        ? {
            outcome: row.verify_outcome,
            findings: row.findings ?? "",
            originalType: row.original_type,
            consultations: JSON.parse(row.consultations_json ?? "[]"),
            by: person(row.verified_by, names),
            at: row.verified_at,
          }
        : null,
    handling:
      row.handled_by && row.handling_recorded_by && row.handled_at
        ? {
            actions: JSON.parse(row.corrective_actions_json ?? "[]"),
            detail: row.handling_detail ?? "",
            handledBy: person(row.handled_by, names),
            recordedBy: person(row.handling_recorded_by, names),
            at: row.handled_at,
          }
        : null,
    closedAt: row.closed_at,
    verifyDueAt: row.verify_due_at,
    handleDueAt: row.handle_due_at,
    escalatedAt: row.escalated_at,
    closing:
      row.root_cause && row.prevention ? { rootCause: row.root_cause, prevention: row.prevention } : null,
    legal: row.legal_json ? legalOf(row.legal_json, names) : null,
    guidance: opts.guidance,
    techSupportPhone: opts.techSupportPhone,
    links: opts.links,
    timeline: opts.timeline.map((e) => ({
      step: e.step as Detail["timeline"][number]["step"],
      actor: e.actor_id === null ? null : { id: e.actor_id, name: e.actor_name ?? `#${e.actor_id}` },
      at: e.at,
      data: JSON.parse(e.data_json),
    })),
    allowed: opts.allowed,
  };
}
