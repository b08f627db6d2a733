import { z } from "zod";
import { AXES } from "../../domain/complaints/classification.ts";
import { appendAudit } from "../audit/append.ts";
import type { App, Deps } from "../http/deps.ts";
import { invalid } from "../http/errors.ts";
import { allow, callerOf } from "../http/request.ts";
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
export function registerComplaintSetupRoutes(app: App, { db }: Deps): void {
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
    async (req) => {
      const { axis, code } = req.params;
      const { label, parentCode } = req.body;
      return db.transaction().execute(async (trx) => {
        if (parentCode) {
          const parent = await trx
            .selectFrom("complaint_categories")
            .select("id")
            .where("axis", "=", axis)
            .where("code", "=", parentCode)
            .executeTakeFirst();
          if (!parent || parentCode === code) throw invalid("parentCode", "not_found");
        }
        const before = await trx
          .selectFrom("complaint_categories")
          .selectAll()
          .where("axis", "=", axis)
          .where("code", "=", code)
          .executeTakeFirst();
        if (before) {
          await trx
            .updateTable("complaint_categories")
            .set({ label, parent_code: parentCode })
            .where("id", "=", before.id)
            .execute();
        } else {
          const { n } = await trx
            .selectFrom("complaint_categories")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow();
          await trx
            .insertInto("complaint_categories")
            .values({ axis, code, label, parent_code: parentCode, sort: Number(n) })
            .execute();
        }
        await appendAudit(trx, callerOf(req).actor, {
          action: "complaints.category_set",
          entityType: "complaint_category",
          entityId: `${axis}:${code}`,
          before: before ? { label: before.label, parentCode: before.parent_code } : null,
          after: { label, parentCode },
        });
        return { axis, code, label, parentCode };
      });
    },
  );
}
