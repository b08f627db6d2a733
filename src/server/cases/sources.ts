import type { z } from "zod";
import { localDateOf } from "../../domain/calendar/dates.ts";
import type { createCaseBody } from "../../domain/cases/schema.ts";
import { OPINION_CASE_CATEGORY } from "../../domain/cases/vocabulary.ts";
import type { Db } from "../db/database.ts";
import { startsWith } from "../db/starts-with.ts";
import { conflict, invalid } from "../http/errors.ts";
import { unseal } from "../personal-data/vault.ts";

type Draft = z.input<typeof createCaseBody>;

/** Every string inside a JSON value, in order: the free text of a review or a decision, whatever its shape. */
function texts(json: string | null): string[] {
  if (!json) return [];
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string" && v.trim()) out.push(v.trim());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(JSON.parse(json));
  return out;
}

const TO_COMPLETE = "（待补充：这件事给我们的经验教训）";

/**
 * A draft case from a closed incident (事件复盘), complaint, counter exception or public-opinion event in the
 * caller's subtree: its summary and facts as the story, its review or decision as the starting point of the
 * lessons. Drills are not cases.
 */
export async function draftFromSource(
  db: Db,
  scopePath: string,
  ref: string,
  timeZone: string,
): Promise<Draft> {
  const taken = await db.selectFrom("cases").select("ref").where("source_ref", "=", ref).executeTakeFirst();
  if (taken) throw conflict("sourceRef", "cases.source_taken", { ref: taken.ref });
  if (ref.startsWith("CEX-")) return draftFromException(db, scopePath, ref, timeZone);
  if (ref.startsWith("YQ-")) return draftFromOpinion(db, scopePath, ref, timeZone);

  const incident = await db
    .selectFrom("incidents")
    .innerJoin("org_units", "org_units.id", "incidents.org_unit_id")
    .select([
      "incidents.category",
      "incidents.summary",
      "incidents.status",
      "incidents.drill",
      "incidents.reported_at",
      "incidents.review_json",
    ])
    .where("incidents.ref", "=", ref)
    .where(startsWith("org_units.path", scopePath))
    .executeTakeFirst();
  if (incident) {
    if (incident.status !== "closed" || incident.drill === 1)
      throw invalid("sourceRef", "cases.source_not_closed");
    const review = texts(incident.review_json);
    return {
      title: incident.summary.slice(0, 60),
      category: incident.category,
      outcome: "resolved_on_site",
      occurredOn: localDateOf(incident.reported_at, timeZone),
      story: incident.summary,
      lessons: review.length ? review.join("\n") : TO_COMPLETE,
      tags: [],
      sourceKind: "incident",
      sourceRef: ref,
      names: [],
    };
  }

  const complaint = await db
    .selectFrom("complaints")
    .innerJoin("org_units", "org_units.id", "complaints.org_unit_id")
    .select([
      "complaints.cause_code",
      "complaints.summary",
      "complaints.facts",
      "complaints.request",
      "complaints.status",
      "complaints.received_at",
      "complaints.decision_json",
      "complaints.complainant_name",
      "complaints.subject_staff_name",
    ])
    .where("complaints.ref", "=", ref)
    .where(startsWith("org_units.path", scopePath))
    .executeTakeFirst();
  if (!complaint) throw invalid("sourceRef", "not_found");
  if (complaint.status !== "closed") throw invalid("sourceRef", "cases.source_not_closed");
  const decision = texts(complaint.decision_json);
  return {
    title: complaint.summary.slice(0, 60),
    category: complaint.cause_code,
    outcome: "resolved_after_follow_up",
    occurredOn: localDateOf(complaint.received_at, timeZone),
    story: [complaint.summary, complaint.facts, complaint.request].filter(Boolean).join("\n"),
    lessons: decision.length ? decision.join("\n") : TO_COMPLETE,
    tags: [],
    sourceKind: "complaint",
    sourceRef: ref,
    // The complainant's and staff member's names become 张某-style initials.
    names: [unseal(complaint.complainant_name), complaint.subject_staff_name].filter(
      (n): n is string => !!n && n.length > 1,
    ),
  };
}

/**
 * A draft case from a closed counter exception: what happened, what verification found and what was done
 * as the story; the root cause and prevention measure given at closing as the lessons. The customer's
 * name becomes initials; numbers in the text are stripped like any case's.
 */
async function draftFromException(db: Db, scopePath: string, ref: string, timeZone: string): Promise<Draft> {
  const e = await db
    .selectFrom("counter_exceptions as ce")
    .innerJoin("org_units as ou", "ou.id", "ce.org_unit_id")
    .innerJoin("counter_exception_types as ty", "ty.code", "ce.type")
    .select(["ce.type", "ty.label_zh", "ce.status", "ce.reported_at", "ce.description", "ce.findings"])
    .select(["ce.handling_detail", "ce.root_cause", "ce.prevention", "ce.customer_name"])
    .where("ce.ref", "=", ref)
    .where(startsWith("ou.path", scopePath))
    .executeTakeFirst();
  if (!e) throw invalid("sourceRef", "not_found");
  if (e.status !== "closed") throw invalid("sourceRef", "cases.source_not_closed");
  const lessons = [e.root_cause, e.prevention].filter((t): t is string => !!t);
  return {
    title: `${e.label_zh}：${e.description}`.slice(0, 60),
    category: e.type,
    outcome: "resolved_after_follow_up",
    occurredOn: localDateOf(e.reported_at, timeZone),
    story: [e.description, e.findings, e.handling_detail].filter(Boolean).join("\n"),
    lessons: lessons.length ? lessons.join("\n") : TO_COMPLETE,
    tags: [],
    sourceKind: "counter_exception",
    sourceRef: ref,
    names: [unseal(e.customer_name)].filter((n): n is string => !!n && n.length > 1),
  };
}

/**
 * A draft case from a closed public-opinion event: the post, what was captured of it and the statements
 * the bank published as the story; the review, the rumours with the facts that rebutted them and the
 * reputation-risk notes as the lessons. The media-contact log (journalists' names and numbers) stays out;
 * the account that posted becomes initials. Drills are not cases.
 */
async function draftFromOpinion(db: Db, scopePath: string, ref: string, timeZone: string): Promise<Draft> {
  const e = await db
    .selectFrom("opinion_events as e")
    .innerJoin("org_units as ou", "ou.id", "e.org_unit_id")
    .select(["e.id", "e.summary", "e.status", "e.drill", "e.first_seen_at", "e.author", "e.review_text"])
    .where("e.ref", "=", ref)
    .where(startsWith("ou.path", scopePath))
    .executeTakeFirst();
  if (!e) throw invalid("sourceRef", "not_found");
  if (e.status !== "closed" || e.drill === 1) throw invalid("sourceRef", "cases.source_not_closed");
  const [entries, statements] = await Promise.all([
    db
      .selectFrom("opinion_event_entries")
      .select(["kind", "data_json"])
      .where("event_id", "=", e.id)
      .where("kind", "in", ["capture", "rumour", "risk_note"])
      .orderBy("id")
      .execute(),
    db
      .selectFrom("opinion_statements")
      .select("text")
      .where("event_id", "=", e.id)
      .where("status", "=", "published")
      .orderBy("version")
      .execute(),
  ]);
  const of = (kind: string) => entries.filter((x) => x.kind === kind).flatMap((x) => texts(x.data_json));
  const lessons = [e.review_text, ...of("rumour"), ...of("risk_note")].filter((t): t is string => !!t);
  return {
    title: e.summary.slice(0, 60),
    category: OPINION_CASE_CATEGORY,
    outcome: "regulator_or_media",
    occurredOn: localDateOf(e.first_seen_at, timeZone),
    story: [e.summary, ...of("capture"), ...statements.map((s) => s.text)].join("\n"),
    lessons: lessons.length ? lessons.join("\n") : TO_COMPLETE,
    tags: [],
    sourceKind: "opinion_event",
    sourceRef: ref,
    names: [e.author?.replace(/^@/, "")].filter((n): n is string => !!n && n.length > 1 && n.length <= 30),
  };
}
