import { z } from "zod";
import { STEPS } from "../counter-exceptions/vocabulary.ts";

const text = z.object({ zh: z.string().trim().min(1).max(500), en: z.string().trim().min(1).max(500) });

/**
 * 柜面异常处置指引 of one exception type as know-how: what to do at each of the five steps and how to keep it
 * from happening again. A type without its own guidance reads the `other` item's.
 */
export const counterGuidanceContent = z.object({
  steps: z.object(
    Object.fromEntries(STEPS.map((s) => [s, text])) as Record<(typeof STEPS)[number], typeof text>,
  ),
  prevention: text,
});
export type CounterGuidanceContent = z.infer<typeof counterGuidanceContent>;
