import { z } from "zod";
import { finding } from "../compliance/schema.ts";
import { ELEMENTS, TECHNIQUES } from "./vocabulary.ts";

const example = z.object({ text: z.string(), why: z.string() });

export const scenario = z.object({
  id: z.string(),
  title: z.string(),
  situation: z.string(),
  customerLine: z.string(),
  technique: z.enum(TECHNIQUES),
  incidentCategories: z.array(z.string()),
  complaintCauses: z.array(z.string()),
  goodReplies: z.array(example),
  badReplies: z.array(example),
  traps: z.array(z.string()),
});

export const scenarioParams = z.object({ id: z.string().regex(/^[a-z0-9-]{1,60}$/) });

export const listScenariosQuery = z.object({
  incidentCategory: z.string().trim().max(60).optional(),
  complaintCause: z.string().trim().max(60).optional(),
});

export const practiceBody = z.object({ reply: z.string().trim().min(1).max(2000) });

export const practiceResult = z.object({
  findings: z.array(finding),
  elements: z.array(
    z.object({
      element: z.enum(ELEMENTS),
      expected: z.boolean(),
      present: z.boolean(),
      evidence: z.string().nullable(),
    }),
  ),
  score: z.number(),
  verdict: z.enum(["good", "needs_work"]),
});
