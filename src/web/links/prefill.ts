import { useSearchParams } from "react-router";
import { RECORD_KINDS, type RecordKind } from "../../domain/links/vocabulary.ts";
import type { RecordRef } from "./api.ts";

/** What a record hands the register page of the record it leads to: where it came from and what to prefill. */
export interface Prefill {
  from: RecordRef;
  fromRef: string;
  summary?: string;
  facts?: string;
  orgUnitId?: number;
  inPerson?: boolean;
}

/** The address of a register page prefilled from a record, e.g. /complaints/new?fromKind=incident&… */
export function prefillPath(path: string, p: Prefill): string {
  const query = new URLSearchParams({ fromKind: p.from.kind, fromId: String(p.from.id), fromRef: p.fromRef });
  if (p.summary) query.set("summary", p.summary.slice(0, 200));
  if (p.facts) query.set("facts", p.facts.slice(0, 2000));
  if (p.orgUnitId) query.set("orgUnitId", String(p.orgUnitId));
  if (p.inPerson) query.set("inPerson", "true");
  return `${path}?${query}`;
}

/** The prefill a register page was opened with, or null when it was opened plainly. */
export function usePrefill(): Prefill | null {
  const [params] = useSearchParams();
  const kind = params.get("fromKind");
  const id = Number(params.get("fromId"));
  if (!kind || !RECORD_KINDS.includes(kind as RecordKind) || !Number.isInteger(id) || id <= 0) return null;
  const orgUnitId = Number(params.get("orgUnitId"));
  return {
    from: { kind: kind as RecordKind, id },
    fromRef: params.get("fromRef") ?? "",
    summary: params.get("summary") ?? undefined,
    facts: params.get("facts") ?? undefined,
    orgUnitId: Number.isInteger(orgUnitId) && orgUnitId > 0 ? orgUnitId : undefined,
    inPerson: params.get("inPerson") === "true",
  };
}
