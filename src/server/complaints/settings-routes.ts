import { z } from "zod";
import { AXES } from "../../domain/complaints/classification.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { setCategory } from "./settings.ts";
import { loadCategories } from "./store.ts";

const entry = z.object({
  axis: z.enum(AXES),
  code: z.string(),
  label: z.string(),
  parentCode: z.string().nullable(),
});
const entryParams = z.object({ axis: z.enum(AXES), code: z.string().regex(/^\d{2,8}$/, "invalid") });
const entryBody = z.object({
  label: z.string().trim().min(1).max(60),
  parentCode: z
    .string()
    .regex(/^\d{2,8}$/)
    .nullable()
    .default(null),
});

/** The JR/T 0169 classification trees: everyone who reads complaints reads them; administrators edit them. */
export function registerComplaintSettingsRoutes(app: App, { db }: Deps): void {
  app.get(
    "/api/complaints/categories",
    {
      preHandler: allow("complaints.read"),
      schema: { tags: ["complaints"], response: { 200: z.object({ items: z.array(entry) }) } },
    },
    async () => ({ items: await loadCategories(db) }),
  );

  app.put(
    "/api/complaints/categories/:axis/:code",
    {
      preHandler: allow("complaints.configure"),
      schema: { tags: ["complaints"], params: entryParams, body: entryBody, response: { 200: entry } },
    },
    async (req) => setCategory(db, callerOf(req), { ...req.params, ...req.body }),
  );
}
