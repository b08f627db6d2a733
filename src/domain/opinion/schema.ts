import { z } from "zod";
import { ROLES } from "../auth/roles.ts";
import { linkedRecord } from "../links/schema.ts";
import { MOVES, TASK_IDS } from "./tasks.ts";
import {
  CANDIDATE_STATUSES,
  LEVELS,
  PLATFORMS,
  SENTIMENTS,
  SOURCE_KINDS,
  STATEMENT_STATUSES,
  STATUSES,
  TOPICS,
  WATCH_KINDS,
} from "./vocabulary.ts";

/** The API contract of public opinion (舆情). Custom messages are keys of common/messages.ts. */

/** A complaint, incident or counter-exception reference. */
const recordRef = z
  .string()
  .trim()
  .regex(/^(CMP|INC|CEX)-\d{8}-\d{4,}$/, "opinion.link_format");

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const instant = z.iso.datetime({ offset: true });
const webUrl = z.url({ protocol: /^https?$/ }).max(2000);
const count = z.number().int().min(0).max(1e12);

export const reachBody = z.object({ views: count, shares: count, comments: count, likes: count });
export type ReachBody = z.infer<typeof reachBody>;

export const createEventBody = z.object({
  platform: z.enum(PLATFORMS),
  summary: text(500),
  firstSeenAt: instant,
  url: webUrl.optional(),
  /** The owning unit, inside the caller's scope; the caller's own unit when left out. */
  orgUnitId: z.number().int().positive().optional(),
  author: optionalText(200),
  sentiment: z.enum(SENTIMENTS).optional(),
  topics: z.array(z.enum(TOPICS)).max(TOPICS.length).optional(),
  reach: reachBody.partial().optional(),
  /** Other units the post is about. */
  unitIds: z.array(z.number().int().positive()).max(50).optional(),
  capturedText: optionalText(10_000),
  drill: z.boolean().optional(),
  /** The complaint, incident or counter exception the event is opened from (one click from its page). */
  linkRef: recordRef.optional(),
});
export type CreateEventBody = z.infer<typeof createEventBody>;

export const createdEvent = z.object({ id: z.number(), ref: z.string(), level: z.enum(LEVELS) });

export const stepBody = z.object({
  step: z.enum(["verify", "assess", "respond", "track", "review"]),
  /** Verification only: whether the post is about something real. */
  outcome: z.enum(["confirmed", "unfounded"]).optional(),
  note: text(4000),
});
export type StepBody = z.infer<typeof stepBody>;

export const levelBody = z.object({ level: z.enum(LEVELS), reason: text(1000) });
export const noteBody = z.object({ note: optionalText(2000) });
export const spokespersonBody = z.object({ userId: z.number().int().positive() });
export const linkBody = z.object({ ref: recordRef });
export const taskBody = z.object({ task: z.enum(TASK_IDS) });
export const linksQuery = z.object({ ref: recordRef });
export const captureBody = z.object({ text: text(10_000) });

/** The registers of the workflow, drawn from the five moves of seed 004. */
export const entryBody = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("media_contact"),
    outlet: text(200),
    contact: text(200),
    question: text(2000),
    answer: text(4000),
  }),
  z.object({ kind: z.literal("rumour"), claim: text(2000), facts: text(4000) }),
  z.object({ kind: z.literal("risk_note"), text: text(4000) }),
  z.object({ kind: z.literal("publicity"), text: text(4000), channel: optionalText(200) }),
]);
export type EntryBody = z.infer<typeof entryBody>;
export type EntryKind = EntryBody["kind"];

export const statementBody = z.object({ text: text(8000) });
export const publishBody = z.object({ where: text(500), at: instant.optional() });

export const statementIdParams = z.object({
  id: z.coerce.number().int().positive(),
  statementId: z.coerce.number().int().positive(),
});

export const listQuery = z.object({
  status: z.enum([...STATUSES, "open"]).optional(),
  level: z.enum(LEVELS).optional(),
  orgUnitId: z.coerce.number().int().positive().optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

const person = z.object({ id: z.number(), name: z.string() });
const unit = z.object({ id: z.number(), name: z.string() });

export const listItem = z.object({
  id: z.number(),
  ref: z.string(),
  status: z.enum(STATUSES),
  level: z.enum(LEVELS),
  platform: z.enum(PLATFORMS),
  summary: z.string(),
  orgUnit: unit,
  firstSeenAt: z.string(),
  createdAt: z.string(),
  verifyDueAt: z.string(),
  reportDueAt: z.string(),
  verifiedAt: z.string().nullable(),
  reportedToBranchAt: z.string().nullable(),
  drill: z.boolean(),
});
export type ListItem = z.infer<typeof listItem>;

export const statement = z.object({
  id: z.number(),
  version: z.number(),
  text: z.string(),
  status: z.enum(STATEMENT_STATUSES),
  draftedBy: person,
  draftedAt: z.string(),
  approvedBy: person.nullable(),
  approvedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedWhere: z.string().nullable(),
  /** Whether the caller may approve it (someone other than its author, with the right). */
  mayApprove: z.boolean(),
});
export type Statement = z.infer<typeof statement>;

export const entry = z.object({
  id: z.number(),
  kind: z.string(),
  actor: person.nullable(),
  at: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type Entry = z.infer<typeof entry>;

export const detail = listItem.extend({
  url: z.string().nullable(),
  author: z.string().nullable(),
  sentiment: z.enum(SENTIMENTS),
  topics: z.array(z.enum(TOPICS)),
  reach: reachBody,
  levelReasons: z.array(z.string()),
  levelOverrideReason: z.string().nullable(),
  units: z.array(unit),
  /** Records linked to the event from either end, as far as the reader may open them. */
  links: z.array(linkedRecord),
  screenshots: z.array(
    z.object({ id: z.number(), fileName: z.string(), mime: z.string(), size: z.number() }),
  ),
  spokesperson: person.nullable(),
  reviewText: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdBy: person,
  statements: z.array(statement),
  entries: z.array(entry),
  /** The tasks of the five moves: who does each, who ticked it and when, whether the reader may tick it. */
  tasks: z.array(
    z.object({
      id: z.enum(TASK_IDS),
      move: z.enum(MOVES),
      roles: z.array(z.enum(ROLES)),
      doneBy: person.nullable(),
      doneAt: z.string().nullable(),
      mayDo: z.boolean(),
    }),
  ),
  allowed: z.object({
    verify: z.boolean(),
    assess: z.boolean(),
    respond: z.boolean(),
    track: z.boolean(),
    review: z.boolean(),
    setLevel: z.boolean(),
    reportToBranch: z.boolean(),
    record: z.boolean(),
    speak: z.boolean(),
    approveStatement: z.boolean(),
  }),
});
export type Detail = z.infer<typeof detail>;

export const settingsBody = z.object({
  verifyMinutes: z.object(Object.fromEntries(LEVELS.map((l) => [l, z.number().int().min(5).max(10_080)]))),
  reportMinutes: z.object(Object.fromEntries(LEVELS.map((l) => [l, z.number().int().min(5).max(10_080)]))),
});

// Monitoring (把好网络的口)

export const createSourceBody = z
  .object({
    kind: z.enum(["rss", "api"]),
    name: text(100),
    url: webUrl.optional(),
    intervalMinutes: z.number().int().min(5).max(1440).optional(),
  })
  .refine((b) => b.kind !== "rss" || b.url !== undefined, { message: "opinion.url_required", path: ["url"] });

export const createdSource = z.object({ id: z.number(), token: z.string().optional() });

export const source = z.object({
  id: z.number(),
  kind: z.enum(SOURCE_KINDS),
  name: z.string(),
  url: z.string().nullable(),
  intervalMinutes: z.number(),
  lastPolledAt: z.string().nullable(),
  lastOkAt: z.string().nullable(),
  lastError: z.string().nullable(),
  failures: z.number(),
  nextPollAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Source = z.infer<typeof source>;

export const mentionBody = z.object({
  url: webUrl,
  title: text(500),
  text: z.string().trim().max(20_000),
  publishedAt: instant,
  platform: z.enum(PLATFORMS).optional(),
  /** The post's figures as the service counts them now; sent again with the same URL, they update events. */
  reach: reachBody.partial().optional(),
});
export type MentionBody = z.infer<typeof mentionBody>;

export const mentionAnswer = z.object({
  id: z.number(),
  /** The candidate it joined, or null when it names nothing we watch. */
  candidateId: z.number().nullable(),
  repeat: z.boolean(),
});

export const candidatesQuery = z.object({ status: z.enum(CANDIDATE_STATUSES).optional() });

export const candidate = z.object({
  id: z.number(),
  status: z.enum(CANDIDATE_STATUSES),
  orgUnit: unit,
  title: z.string(),
  url: z.string(),
  platform: z.enum(PLATFORMS),
  mentionCount: z.number(),
  riskWords: z.array(z.string()),
  entities: z.array(z.string()),
  firstAt: z.string(),
  lastAt: z.string(),
  eventId: z.number().nullable(),
  dismissReason: z.string().nullable(),
  mentions: z.array(
    z.object({ id: z.number(), url: z.string(), title: z.string(), publishedAt: z.string() }),
  ),
});
export type Candidate = z.infer<typeof candidate>;

export const openCandidateBody = z.object({
  summary: optionalText(500),
  topics: z.array(z.enum(TOPICS)).max(TOPICS.length).optional(),
  drill: z.boolean().optional(),
});
export const dismissBody = z.object({ reason: text(1000) });

export const watchRule = z.object({
  id: z.number(),
  kind: z.enum(WATCH_KINDS),
  phrase: z.string(),
  orgUnit: unit.nullable(),
  createdAt: z.string(),
});
export type WatchRule = z.infer<typeof watchRule>;

export const createRuleBody = z.object({
  kind: z.enum(WATCH_KINDS),
  phrase: text(100),
  /** Left out: a bank-wide rule (administrators only). */
  orgUnitId: z.number().int().positive().optional(),
});
