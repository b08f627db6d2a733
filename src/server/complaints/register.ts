import type { Kysely, Transaction } from "kysely";
import { formatLocalTime } from "../../domain/common/time.ts";
import { type Axis, type CategoryEntry, resolveCategory } from "../../domain/complaints/classification.ts";
import { forwardingDueAt } from "../../domain/complaints/deadline.ts";
import { complainantKey } from "../../domain/complaints/personal-data.ts";
import type { CreateComplaintBody } from "../../domain/complaints/schema.ts";
import { FORWARDED_SOURCES, GROUP_EMERGENCY_THRESHOLD } from "../../domain/complaints/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Config } from "../config.ts";
import { assignRef, provisionalRef } from "../db/refs.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import type { Deps } from "../http/deps.ts";
import { invalid } from "../http/errors.ts";
import { checkPastTime } from "../http/plausible.ts";
import { addLink, lockChainsForLink } from "../links/commands.ts";
import { orgTopics } from "../live/bus.ts";
import { notify } from "../notifications/notify.ts";
import { hashedKey, seal, sealJson } from "../personal-data/vault.ts";
import { addDue } from "../scheduler/scheduler.ts";
import { clockOf, clockSettings, dueItemsOf } from "./clock.ts";
import { applyFigures } from "./figures/rollup.ts";
import { toComplaint } from "./present.ts";
import { type ComplaintRow, loadRegistrationInputs } from "./store.ts";

type RegistrationInputs = NonNullable<Awaited<ReturnType<typeof loadRegistrationInputs>>>;

/** Recusal (§17) and scope: the handler works at the complaint's unit or above and is not the person complained about. */
export async function checkHandler(
  trx: Transaction<Database>,
  unitPath: string,
  handlerId: number,
  subjectStaffUserId: number | null,
) {
  if (handlerId === subjectStaffUserId) throw invalid("handlerId", "complaints.recusal");
  const handler = await trx
    .selectFrom("users")
    .innerJoin("org_units", "org_units.id", "users.org_unit_id")
    .select(["users.id", "users.display_name", "org_units.path"])
    .where("users.id", "=", handlerId)
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
  if (!handler || !unitPath.startsWith(handler.path)) throw invalid("handlerId", "complaints.handler_scope");
  return handler;
}

function resolveAll(cats: readonly CategoryEntry[], body: CreateComplaintBody) {
  const fields: [Axis, "channel" | "businessCategory" | "cause"][] = [
    ["channel", "channel"],
    ["business_category", "businessCategory"],
    ["cause", "cause"],
  ];
  const codes = {} as Record<Axis, string>;
  for (const [axis, field] of fields) {
    const found = resolveCategory(cats, axis, body[field]);
    if (found === "unknown") throw invalid(field, "complaints.category_unknown", { value: body[field] });
    if (found === "ambiguous") throw invalid(field, "complaints.category_ambiguous", { value: body[field] });
    codes[axis] = found.code;
  }
  return codes;
}

/**
 * How many earlier open complaints of the same complainant and business a registration names, oldest first:
 * the oldest is the one a repeat links to. Reading them all made every registration of someone who keeps
 * complaining slower than the last (issue 22: 679 -> 189 req/s within seconds for one complainant).
 */
export const REPEAT_CANDIDATES = 5;

/**
 * The repeat candidates in the caller's subtree, read from migration 151's (complainant, status, business, id)
 * index: as many index entries as candidates, whatever the person's history.
 */
export const repeatCandidates = (db: Kysely<Database>, scopePath: string, key: string, business: string) =>
  db
    .selectFrom("complaints")
    .innerJoin("org_units", "org_units.id", "complaints.org_unit_id")
    .select(["complaints.id", "complaints.ref", "complaints.summary"])
    .where("complaints.complainant_key", "=", key)
    .where("complaints.status", "=", "open")
    .where("complaints.business_category_code", "=", business)
    .where(startsWith("org_units.path", scopePath))
    .orderBy("complaints.id")
    .limit(REPEAT_CANDIDATES);

/** What `writeComplaint` needs besides the request: who registers it, where, and under which reference. */
export interface ComplaintToWrite {
  body: CreateComplaintBody;
  /** Read in one statement by `loadRegistrationInputs`. */
  inputs: RegistrationInputs;
  /** The caller's subtree, where earlier open complaints of the same complainant count as repeats. */
  scopePath: string;
  ref: string;
  now: Date;
  createdBy: number;
  subjectName: string | null;
  handlerId: number | null;
}

/**
 * The rows a registration writes, whoever registers: the classification resolved, the repeats found, the
 * clock started and its deadlines scheduled, and the statistics rollup. Checking the caller, the audit
 * entry, the notice and the answer are the command's; the bench's floor (bench/floor-server.ts) runs this alone.
 */
export async function writeComplaint(trx: Transaction<Database>, config: Config, w: ComplaintToWrite) {
  const { body, now } = w;
  const { unit, cats, calendar } = w.inputs;
  const codes = resolveAll(cats, body);
  const receivedAt = new Date(body.receivedAt).toISOString();
  const key = hashedKey(complainantKey(body.complainant));
  const repeats = await repeatCandidates(trx, w.scopePath, key, codes.business_category).execute();
  const c = body.complainant;
  const settings = clockSettings(config);
  const forwardDueAt = FORWARDED_SOURCES.includes(body.source)
    ? forwardingDueAt(receivedAt, calendar, settings)
    : null;
  // The 15 days run from receipt (§18): the clock is computed here rather than read back after the insert.
  const clock = clockOf(
    {
      kind: "complaint",
      status: "open",
      clock_started_at: receivedAt,
      extension_level: 0,
      ended_at: null,
      decided_at: null,
    },
    [],
    calendar,
    settings,
  );
  const inserted = await trx
    .insertInto("complaints")
    .values({
      ref: w.ref,
      kind: "complaint",
      status: "open",
      org_unit_id: unit.id,
      channel_code: codes.channel,
      business_category_code: codes.business_category,
      cause_code: codes.cause,
      source: body.source,
      grade: body.grade,
      sensitive_tags_json: JSON.stringify([...new Set(body.sensitiveTags)]),
      received_at: receivedAt,
      clock_started_at: receivedAt,
      summary: body.summary,
      facts: body.facts || null,
      request: body.request,
      complainant_kind: c.kind,
      complainant_name: seal(c.name),
      complainant_phone: seal(c.phone || null),
      complainant_id_type: c.idNumber ? (c.idType ?? "resident_id") : null,
      complainant_id_number: seal(c.idNumber || null),
      complainant_extra_json: sealJson({
        address: c.address,
        creditCode: c.creditCode,
        legalRepresentative: c.legalRepresentative,
        agent: c.agent,
        representatives: body.representatives ?? [],
      }),
      complainant_key: key,
      group_size: body.groupSize ?? null,
      in_person: body.inPerson ? 1 : 0,
      subject_institution: body.subjectInstitution || null,
      subject_staff_user_id: body.subjectStaffUserId ?? null,
      subject_staff_name: w.subjectName,
      amount_claimed_fen: body.amountClaimed === undefined ? null : Math.round(body.amountClaimed * 100),
      psychology: body.psychology ?? null,
      disc: body.disc ?? null,
      handler_user_id: w.handlerId,
      repeat_of_id: repeats[0]?.id ?? null,
      forward_due_at: forwardDueAt,
      decision_due_at: clock.state === "running" ? clock.dueAt : null,
      created_by: w.createdBy,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  // A new complaint has no deadlines pending to replace.
  await addDue(trx, inserted.id, dueItemsOf(clock, null, now, config.timeZone));
  await applyFigures(trx, null, { ...inserted, org_path: unit.path }, config.timeZone);
  return { inserted, cats, codes, repeats, clock };
}

/** Registers a complaint: classification resolved, the clock started, repeats and group size checked. */
export async function registerComplaint(deps: Deps, caller: Caller, body: CreateComplaintBody) {
  const now = deps.now();
  checkPastTime("receivedAt", body.receivedAt, now);
  const out = await deps.db.transaction().execute(async (trx) => {
    const inputs = await loadRegistrationInputs(
      trx,
      caller.scopePath,
      body.orgUnitId ?? caller.user.orgUnit.id,
    );
    if (!inputs) throw invalid("orgUnitId", "not_found");
    const { unit } = inputs;
    let subjectName = body.subjectStaffName ?? null;
    if (body.subjectStaffUserId) {
      const staff = await trx
        .selectFrom("users")
        .select("display_name")
        .where("id", "=", body.subjectStaffUserId)
        .executeTakeFirst();
      if (!staff) throw invalid("subjectStaffUserId", "not_found");
      subjectName ??= staff.display_name;
    }
    const handler = body.handlerId
      ? await checkHandler(trx, unit.path, body.handlerId, body.subjectStaffUserId ?? null)
      : null;
    const { inserted, cats, codes, repeats, clock } = await writeComplaint(trx, deps.config, {
      body,
      inputs,
      scopePath: caller.scopePath,
      ref: provisionalRef(),
      now,
      createdBy: caller.user.id,
      subjectName,
      handlerId: handler?.id ?? null,
    });
    const id = inserted.id;
    if (body.linkFrom) await lockChainsForLink(trx, caller, body.linkFrom, unit.path);
    // Personal data stays out of the append-only audit log: it could never be erased from there.
    await appendAudit(trx, caller.actor, {
      action: "complaints.register",
      entityType: "complaint",
      entityId: id,
      orgUnit: unit,
      after: {
        ...codes,
        source: body.source,
        grade: body.grade,
        handlerId: handler?.id ?? null,
        repeatOf: repeats[0]?.id ?? null,
      },
    });
    // The day's number last, once the audit chains' heads are held: the counter row stays locked until the
    // commit and every registration in the bank waits for it. The entry names the complaint by id (the audit
    // log shows its reference beside it); a link's entry quotes the number and comes after it.
    const ref = await assignRef(trx, "complaints", id, "CMP", now, deps.config.timeZone);
    if (body.linkFrom) {
      const fields = { from: "linkFrom", to: "linkFrom" };
      await addLink(trx, caller, body.linkFrom, { kind: "complaint", id }, now, fields);
    }
    const topics = handler
      ? await notify(
          trx,
          [handler.id],
          {
            key: "notify.complaint_assigned",
            params: {
              ref,
              dueLocal: clock.state === "running" ? formatLocalTime(clock.dueAt, deps.config.timeZone) : "-",
            },
            link: `/complaints/${id}`,
          },
          now,
        )
      : [];
    // The answer is built from what the transaction wrote: a new complaint has no extensions, pauses,
    // notices or reviews yet, and re-reading it cost eight statements after the commit.
    const row: ComplaintRow = {
      ...inserted,
      ref,
      org_code: unit.code,
      org_name: unit.name,
      org_path: unit.path,
      org_kind: unit.kind,
      org_parent_id: unit.parentId,
      handler_name: handler?.display_name ?? null,
    };
    const first = repeats[0];
    const children = {
      extensions: [],
      pauses: [],
      notices: [],
      reviews: [],
      reviewOf: null,
      mergedInto: null,
      repeatOf: first ? { id: first.id, ref: first.ref } : null,
    };
    const complaint = toComplaint(row, children, clock, cats, caller, now, deps.config.timeZone);
    return { complaint, unitPath: unit.path, topics, repeats };
  });
  await deps.live.publish({
    topics: [...orgTopics(out.unitPath), ...out.topics],
    event: { type: "complaint.updated", id: out.complaint.id },
  });
  return {
    ...out.complaint,
    repeatCandidates: out.repeats.map((r) => ({ id: r.id, ref: r.ref, summary: r.summary })),
    suggestServiceEmergency: Boolean(body.inPerson) && (body.groupSize ?? 0) >= GROUP_EMERGENCY_THRESHOLD,
  };
}
