import type { Axis } from "../../domain/complaints/classification.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Db } from "../db/database.ts";
import { invalid } from "../http/errors.ts";

interface CategoryEntry {
  axis: Axis;
  code: string;
  label: string;
  parentCode: string | null;
}

/**
 * Adds a category to a classification tree or renames/moves one, in one audited transaction. A parent must
 * exist on the same axis and cannot be the entry itself.
 */
export async function setCategory(db: Db, caller: Caller, entry: CategoryEntry): Promise<CategoryEntry> {
  const { axis, code, label, parentCode } = entry;
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
    await appendAudit(trx, caller.actor, {
      action: "complaints.category_set",
      entityType: "complaint_category",
      entityId: `${axis}:${code}`,
      before: before ? { label: before.label, parentCode: before.parent_code } : null,
      after: { label, parentCode },
    });
    return { axis, code, label, parentCode };
  });
}
