import type { Kysely } from "kysely";
import type { Locale } from "../../domain/common/messages.ts";
import { COMPLAINT_STATUS_LABELS } from "../../domain/complaints/lifecycle.ts";
import { STATUS_LABELS as EXCEPTION_STATUS_LABELS } from "../../domain/counter-exceptions/vocabulary.ts";
import { STATUS_LABELS as INCIDENT_STATUS_LABELS } from "../../domain/incidents/lifecycle.ts";
import { mayRead, offersFor, type RecordFacts } from "../../domain/links/offers.ts";
import type { LinkedRecord, RecordRef } from "../../domain/links/schema.ts";
import type { RecordKind } from "../../domain/links/vocabulary.ts";
import {
  LEVEL_LABELS as OPINION_LEVEL_LABELS,
  STATUS_LABELS as OPINION_STATUS_LABELS,
} from "../../domain/opinion/vocabulary.ts";
import type { Caller } from "../auth/session-user.ts";
import { getComplaintRow } from "../complaints/store.ts";
import { getException } from "../counter-exceptions/store.ts";
import type { Database } from "../db/schema.ts";
import { AppError, notFound } from "../http/errors.ts";
import { getIncidentRow } from "../incidents/store.ts";
import { getEvent } from "../opinion/store.ts";

/** A record as its page shows it in a list of links, with where it sits in the tree and its facts. */
export interface VisibleRecord {
  record: LinkedRecord;
  orgUnit: { id: number; path: string };
  facts: RecordFacts;
}

/** Each family's own scoped read answers "absent" (404) outside the caller's subtree. */
const absent = (err: unknown) => {
  if (err instanceof AppError && err.status === 404) return undefined;
  throw err;
};

async function load(db: Kysely<Database>, scopePath: string, ref: RecordRef, locale: Locale) {
  if (ref.kind === "incident") {
    const r = await getIncidentRow(db, scopePath, ref.id).catch(absent);
    return (
      r && {
        record: {
          ...ref,
          ref: r.ref,
          title: r.summary,
          status: INCIDENT_STATUS_LABELS[r.status][locale],
          path: `/incidents/${r.id}`,
        },
        orgUnit: { id: r.org_unit_id, path: r.org_path },
        facts: { kind: "incident", category: r.category, drill: r.drill === 1 } as const,
      }
    );
  }
  if (ref.kind === "complaint") {
    const r = await getComplaintRow(db, scopePath, ref.id).catch(absent);
    return (
      r && {
        record: {
          ...ref,
          ref: r.ref,
          title: r.summary,
          status: COMPLAINT_STATUS_LABELS[r.status][locale],
          path: `/complaints/${r.id}`,
        },
        orgUnit: { id: r.org_unit_id, path: r.org_path },
        facts: { kind: "complaint", inPerson: r.in_person === 1, groupSize: r.group_size } as const,
      }
    );
  }
  if (ref.kind === "opinion_event") {
    const r = await getEvent(db, scopePath, ref.id).catch(absent);
    return (
      r && {
        record: {
          ...ref,
          ref: r.ref,
          title: r.summary,
          // With its level: the only place an incident or complaint page shows its linked events.
          status: `${OPINION_STATUS_LABELS[r.status][locale]} · ${OPINION_LEVEL_LABELS[r.level][locale]}`,
          path: `/opinion/${r.id}`,
        },
        orgUnit: { id: r.org_unit_id, path: r.org_path },
        facts: { kind: "opinion_event" } as const,
      }
    );
  }
  const r = await getException(db, scopePath, ref.id).catch(absent);
  return (
    r && {
      record: {
        ...ref,
        ref: r.ref,
        title: `${locale === "zh" ? r.type_zh : r.type_en} · ${r.description}`,
        status: EXCEPTION_STATUS_LABELS[r.status][locale],
        path: `/counter-exceptions/${r.id}`,
      },
      orgUnit: { id: r.org_unit_id, path: r.org_path },
      facts: { kind: "counter_exception", type: r.type, status: r.status } as const,
    }
  );
}

/**
 * A record the caller may open: their role reads its family and it lies in their part of the tree (each
 * family's own scope, so an incident covering one of their outlets counts). Otherwise undefined.
 */
export async function visibleRecord(
  db: Kysely<Database>,
  caller: Caller,
  ref: RecordRef,
): Promise<VisibleRecord | undefined> {
  if (!mayRead(caller.user.role, ref.kind)) return undefined;
  return load(db, caller.scopePath, ref, caller.locale);
}

/** The records linked to `ref` from either end, in the order they were linked. */
export async function linkedRefs(db: Kysely<Database>, ref: RecordRef): Promise<RecordRef[]> {
  const rows = await db
    .selectFrom("record_links")
    .select(["id", "a_kind", "a_id", "b_kind", "b_id"])
    .where((eb) =>
      eb.or([
        eb.and([eb("a_kind", "=", ref.kind), eb("a_id", "=", ref.id)]),
        eb.and([eb("b_kind", "=", ref.kind), eb("b_id", "=", ref.id)]),
      ]),
    )
    .orderBy("id")
    .execute();
  return rows.map((r) =>
    r.a_kind === ref.kind && r.a_id === ref.id
      ? { kind: r.b_kind, id: r.b_id }
      : { kind: r.a_kind as RecordKind, id: r.a_id },
  );
}

/** The linked records the caller may open; links to what they may not open are left out, not masked. */
export async function visibleLinks(db: Kysely<Database>, caller: Caller, ref: RecordRef) {
  const others = await linkedRefs(db, ref);
  const visible = await Promise.all(others.map((other) => visibleRecord(db, caller, other)));
  return { all: others, visible: visible.filter((v) => v !== undefined).map((v) => v.record) };
}

/** A record's links the caller may open, and what its page offers to open next; 404 outside their scope. */
export async function linksOf(db: Kysely<Database>, caller: Caller, ref: RecordRef) {
  const anchor = await visibleRecord(db, caller, ref);
  if (!anchor) throw notFound();
  const { all, visible } = await visibleLinks(db, caller, ref);
  return {
    links: visible,
    offers: offersFor(
      anchor.facts,
      all.map((r) => r.kind),
      caller.user.role,
    ),
  };
}
