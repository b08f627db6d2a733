import { z } from "zod";
import { IMPROVEMENT_STATUSES } from "../improvements/vocabulary.ts";
import { CATEGORY_CODES } from "../incidents/categories.ts";
import { TECHNIQUES } from "../scripts/vocabulary.ts";
import { KNOWHOW_KINDS, VERSION_STATUSES } from "./vocabulary.ts";

const line = z.string().trim().min(1).max(500);
const example = z.object({ text: z.string().trim().min(1).max(1000), why: line });

/** What a script version holds: a scenario of the library without its key. */
export const scriptContent = z.object({
  title: z.string().trim().min(1).max(60),
  situation: z.string().trim().min(1).max(1000),
  customerLine: line,
  technique: z.enum(TECHNIQUES),
  incidentCategories: z.array(z.enum(CATEGORY_CODES)).max(20),
  complaintCauses: z.array(z.string().trim().min(1).max(60)).max(20),
  goodReplies: z.array(example).min(1).max(10),
  badReplies: z.array(example).max(10),
  traps: z.array(line).max(20),
  steps: z.array(line).max(20),
});
export type ScriptContent = z.infer<typeof scriptContent>;

export const scriptKeyParams = z.object({ key: z.string().regex(/^[a-z0-9_-]{1,60}$/) });
export const versionParams = z.object({ id: z.coerce.number().int().positive() });

/** The open improvement actions a draft answers, named when it is saved or published. */
export const improvementIds = z.array(z.number().int().positive()).max(10).optional();
export const publishBody = z.object({ improvementIds }).optional();

/** An improvement action a version answers, as the editor lists it. */
export const linkedImprovement = z.object({
  id: z.number(),
  sourceRef: z.string(),
  what: z.string(),
  status: z.enum(IMPROVEMENT_STATUSES),
});

/** One version of a piece of know-how whose content is `content`, as the editor shows it. */
export const versionOf = <C extends z.ZodTypeAny>(content: C) =>
  z.object({
    id: z.number(),
    kind: z.enum(KNOWHOW_KINDS),
    key: z.string(),
    versionNo: z.number(),
    status: z.enum(VERSION_STATUSES),
    /** The unit whose subtree the version is for; null for the whole bank. */
    orgUnitId: z.number().nullable(),
    orgUnitName: z.string().nullable(),
    content,
    author: z.string().nullable(),
    createdAt: z.string(),
    publisher: z.string().nullable(),
    publishedAt: z.string().nullable(),
    /** What the caller may do with it, from the server's policy. */
    allowedActions: z.array(z.enum(["edit", "publish"])),
    /** The improvement actions of the caller's subtree it answers. */
    improvements: z.array(linkedImprovement),
  });

/** One item in the editor: the version that applies to the caller, and the drafts and history they may see. */
export const versionsOf = <C extends z.ZodTypeAny>(content: C) =>
  z.object({ key: z.string(), versions: z.array(versionOf(content)) });

export const knowhowVersion = versionOf(scriptContent);
export const scriptVersions = versionsOf(scriptContent);
