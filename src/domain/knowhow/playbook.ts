import { z } from "zod";
import { ROLES } from "../auth/roles.ts";
import { CATEGORY_CODES, QUESTIONS, type QuestionKey } from "../incidents/categories.ts";
import { CONTACT_KINDS } from "../incidents/guidance.ts";
import { STEP_KEYS } from "../incidents/playbook.ts";
import { SEVERITIES } from "../incidents/severity.ts";

const text = z.object({ zh: z.string().trim().min(1).max(500), en: z.string().trim().min(1).max(500) });

/** One task of a playbook; its key is what keeps a task once when a category and an answer both bring it. */
export const playbookTask = z.object({
  key: z.string().regex(/^[a-z0-9_]+\.[a-z0-9_]+$/),
  step: z.enum(STEP_KEYS),
  role: z.enum(ROLES),
  text,
});

/** What a "yes" to one quick question adds to an incident of the playbook's category. */
export const answerRule = z.object({
  /** Numbers put above the category's own: the ones that save a life. */
  callFirst: z.array(z.enum(CONTACT_KINDS)).max(7),
  /** Numbers added after the category's own. */
  callAlso: z.array(z.enum(CONTACT_KINDS)).max(7),
  /** Tasks that lead their step of the closed loop. */
  tasks: z.array(playbookTask).max(20),
  /** The lowest level the event can have once the answer is yes. */
  floor: z.object({ level: z.enum(SEVERITIES), reason: text }).optional(),
  /** A category that fits better; the room offers the switch. */
  betterCategory: z.enum(CATEGORY_CODES).optional(),
});
export type AnswerRule = z.infer<typeof answerRule>;

const QUESTION_KEYS = Object.keys(QUESTIONS) as [QuestionKey, ...QuestionKey[]];

/**
 * 处置预案 of one incident category as know-how: its tasks before any answer, what each answer adds, the lines
 * that calm customers and the numbers to call. An incident keeps the version it was reported under.
 */
export const playbookContent = z.object({
  tasks: z.array(playbookTask).min(1).max(60),
  answers: z.object(
    Object.fromEntries(QUESTION_KEYS.map((k) => [k, answerRule])) as Record<QuestionKey, typeof answerRule>,
  ),
  calming: z.array(text).max(10),
  contacts: z.array(z.enum(CONTACT_KINDS)).max(7),
});
export type PlaybookContent = z.infer<typeof playbookContent>;
