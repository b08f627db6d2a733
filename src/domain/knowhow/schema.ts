import { z } from "zod";
import { CATEGORY_CODES } from "../incidents/categories.ts";
import { TECHNIQUES } from "../scripts/vocabulary.ts";
import { VERSION_STATUSES } from "./vocabulary.ts";

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

export const scriptKeyParams = z.object({ key: z.string().regex(/^[a-z0-9-]{1,60}$/) });
export const versionParams = z.object({ id: z.coerce.number().int().positive() });

/** Saves the caller's draft of a script: for the whole bank at head office, else for the caller's subtree. */
export const saveScriptDraftBody = z.object({ content: scriptContent });

export const knowhowVersion = z.object({
  id: z.number(),
  kind: z.literal("script"),
  key: z.string(),
  versionNo: z.number(),
  status: z.enum(VERSION_STATUSES),
  /** The unit whose subtree the version is for; null for the whole bank. */
  orgUnitId: z.number().nullable(),
  orgUnitName: z.string().nullable(),
  content: scriptContent,
  author: z.string().nullable(),
  createdAt: z.string(),
  publisher: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** What the caller may do with it, from the server's policy. */
  allowedActions: z.array(z.enum(["edit", "publish"])),
});

/** One script in the editor: the version that applies to the caller, and the drafts and history they may see. */
export const scriptVersions = z.object({
  key: z.string(),
  versions: z.array(knowhowVersion),
});
