import { z } from "zod";
import { ROLES } from "../auth/roles.ts";
import { describedText } from "../common/plausibility.ts";
import { playbookContent } from "../knowhow/playbook.ts";
import { MATERIAL_KINDS, QUESTION_KINDS, SESSION_KINDS } from "./vocabulary.ts";

const isoTime = z.iso.datetime({ offset: true });
const person = z.object({ id: z.number(), name: z.string() });

export const material = z.object({
  kind: z.enum(MATERIAL_KINDS),
  /** The scenario id of a script, the id of a case or of a compliance rule, the category of a playbook. */
  ref: z.string().trim().min(1).max(60),
});

/**
 * A linked material as a session shows it. A playbook keeps the version that was in force at the session's
 * unit when it was linked (a branch's own where it has one), whatever was published since.
 */
export const linkedMaterial = material.extend({
  title: z.string(),
  versionId: z.number().optional(),
  versionNo: z.number().optional(),
});

export const createSessionBody = z.object({
  kind: z.enum(SESSION_KINDS),
  topic: describedText(200),
  /** The unit whose staff are to attend; the caller's own unit when left out. */
  orgUnitId: z.number().int().positive().optional(),
  /** The person who runs it; the caller when left out. */
  trainerId: z.number().int().positive().optional(),
  startsAt: isoTime,
  endsAt: isoTime,
  notes: z.string().trim().max(5_000).default(""),
  materials: z.array(material).max(20).default([]),
});

export const sessionSummary = z.object({
  id: z.number(),
  ref: z.string(),
  kind: z.enum(SESSION_KINDS),
  topic: z.string(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  trainer: person,
  startsAt: z.string(),
  endsAt: z.string(),
  hours: z.number(),
  attendeeCount: z.number(),
  expectedCount: z.number(),
});

/** A file uploaded to a session, without its bytes. */
export const sessionFile = z.object({
  id: z.number(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});

export const sessionFileParams = z.object({
  id: z.coerce.number().int().positive(),
  fileId: z.coerce.number().int().positive(),
});

export const sessionDetail = sessionSummary.extend({
  notes: z.string(),
  materials: z.array(linkedMaterial),
  files: z.array(sessionFile),
  attendees: z.array(person.extend({ signedAt: z.string() })),
  /** Staff of the unit's subtree expected and not signed in. */
  absentees: z.array(person.extend({ orgUnitName: z.string() })),
  quizIds: z.array(z.number()),
  signInOpen: z.boolean(),
  /** Whether the caller may show the sign-in code and attach quizzes. */
  canManage: z.boolean(),
  signedIn: z.boolean(),
});

export const listSessionsQuery = z.object({
  from: isoTime.optional(),
  to: isoTime.optional(),
  kind: z.enum(SESSION_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const signInCode = z.object({ token: z.string(), expiresAt: z.string() });
export const signInBody = z.object({ token: z.string().trim().min(1).max(300) });
export const signInResult = z.object({ sessionId: z.number(), topic: z.string(), signedAt: z.string() });

const optionText = z.string().trim().min(1).max(200);
export const createQuestionBody = z.object({
  kind: z.enum(QUESTION_KINDS),
  text: describedText(1_000),
  /** The choices of a single or multiple choice question; none for true/false. */
  options: z.array(optionText).max(8).default([]),
  correct: z.array(z.number().int().min(0)).max(8),
  explanation: z.string().trim().max(1_000).default(""),
});

/** A source questions can be drafted from: a script scenario, a published case, a compliance rule, a playbook. */
export const questionSources = z.object({
  items: z.array(z.object({ ref: z.string(), title: z.string() })),
});
export const questionSourcesQuery = z.object({
  kind: z.enum(MATERIAL_KINDS),
  /** The unit whose scripts, rules and playbooks apply (a session's); the caller's own when left out. */
  orgUnitId: z.coerce.number().int().positive().optional(),
});

export const sessionPlaybookParams = z.object({
  id: z.coerce.number().int().positive(),
  versionId: z.coerce.number().int().positive(),
});

/** A playbook linked to a session, in the version the session keeps, for everyone who may open the session. */
export const sessionPlaybook = z.object({
  category: z.string(),
  title: z.string(),
  versionId: z.number(),
  versionNo: z.number(),
  /** The unit whose own version it is; null: the whole bank's. */
  orgUnitName: z.string().nullable(),
  content: playbookContent,
});

/** Draft questions from one source, to be edited and saved one by one (createQuestionBody). */
export const questionDrafts = z.object({
  source: material.extend({ title: z.string() }),
  items: z.array(
    z.object({
      kind: z.enum(QUESTION_KINDS),
      text: z.string(),
      options: z.array(z.string()),
      correct: z.array(z.number()),
      explanation: z.string(),
    }),
  ),
});

export const question = z.object({
  id: z.number(),
  kind: z.enum(QUESTION_KINDS),
  text: z.string(),
  options: z.array(z.string()),
  /** Sent only to those who write questions, and to a person after they submitted. */
  correct: z.array(z.number()).optional(),
  explanation: z.string().optional(),
});

export const createQuizBody = z.object({
  title: describedText(200),
  questionIds: z.array(z.number().int().positive()).min(1).max(50),
  /** Taken by the attendees of this session; otherwise by the roles below in the unit's subtree. */
  sessionId: z.number().int().positive().optional(),
  orgUnitId: z.number().int().positive().optional(),
  /** No roles: everyone in the unit's subtree. */
  roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  dueAt: isoTime.optional(),
});

export const quizSummary = z.object({
  id: z.number(),
  title: z.string(),
  sessionId: z.number().nullable(),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  roles: z.array(z.enum(ROLES)),
  dueAt: z.string().nullable(),
  questionCount: z.number(),
  /** The caller's own score, once submitted. */
  myScore: z.number().nullable(),
});

export const quizDetail = quizSummary.extend({ questions: z.array(question) });

export const submitQuizBody = z.object({
  /** Question id → chosen option indices. */
  answers: z.record(z.string().regex(/^\d+$/), z.array(z.number().int().min(0).max(7)).max(8)),
});

export const quizAttempt = z.object({
  quizId: z.number(),
  score: z.number(),
  right: z.number(),
  total: z.number(),
  submittedAt: z.string(),
  results: z.array(z.object({ questionId: z.number(), right: z.boolean() })),
});

export const quizResults = z.object({
  quizId: z.number(),
  title: z.string(),
  results: z.array(
    person.extend({
      orgUnitName: z.string(),
      score: z.number().nullable(),
      submittedAt: z.string().nullable(),
    }),
  ),
  averageScore: z.number().nullable(),
});

export const recordQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const userParams = z.object({ userId: z.coerce.number().int().positive() });

export const trainingRecord = z.object({
  user: person.extend({ orgUnitName: z.string(), role: z.enum(ROLES) }),
  year: z.number(),
  hours: z.number(),
  sessions: z.array(
    z.object({
      id: z.number(),
      ref: z.string(),
      kind: z.enum(SESSION_KINDS),
      topic: z.string(),
      startsAt: z.string(),
      hours: z.number(),
      signedAt: z.string(),
    }),
  ),
  quizzes: z.array(
    z.object({ quizId: z.number(), title: z.string(), score: z.number(), submittedAt: z.string() }),
  ),
  /** The year's replies practised in the script library, with the grader's verdict. */
  practice: z.array(
    z.object({
      scenarioId: z.string(),
      title: z.string(),
      score: z.number(),
      verdict: z.enum(["good", "needs_work"]),
      at: z.string(),
    }),
  ),
  drills: z.array(
    z.object({ incidentId: z.number(), ref: z.string(), category: z.string(), reportedAt: z.string() }),
  ),
});
export type TrainingRecord = z.infer<typeof trainingRecord>;

const discStyle = z.enum(["D", "I", "S", "C"]);

export const discQuestions = z.object({
  questions: z.array(
    z.object({ id: z.string(), prompt: z.string(), options: z.record(discStyle, z.string()) }),
  ),
});

export const submitDiscBody = z.object({
  /** Question id → the style of the option most like the person. */
  answers: z.record(z.string().regex(/^[a-z_]{1,30}$/), discStyle),
});

export const discResultSchema = z.object({
  userId: z.number(),
  style: discStyle,
  scores: z.record(discStyle, z.number()),
  strength: z.string(),
  watch: z.string(),
  shared: z.boolean(),
  takenAt: z.string(),
});

export const myDiscResult = z.object({ result: discResultSchema.nullable() });
export const shareDiscBody = z.object({ shared: z.boolean() });
