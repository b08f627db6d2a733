import type { z } from "zod";
import type {
  ChecklistItem,
  createChecklistItemBody,
  updateChecklistItemBody,
} from "../../domain/inspections/schema.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Deps } from "../http/deps.ts";
import { conflict, notFound } from "../http/errors.ts";
import type { InspectionChecklistItemTable } from "./tables.ts";

type ItemRow = Omit<InspectionChecklistItemTable, "id"> & { id: number };

export const presentItem = (row: ItemRow): ChecklistItem => ({
  id: row.id,
  code: row.code,
  labelZh: row.label_zh,
  labelEn: row.label_en,
  position: row.position,
  enabled: row.disabled_at === null,
});

/** The checklist is the bank's: administrators at head office or a branch edit it for every inspection after. */
const bankWide = (caller: Caller) => ({ id: caller.user.orgUnit.id, path: caller.user.orgUnit.path });

export async function createItem(deps: Deps, caller: Caller, body: z.infer<typeof createChecklistItemBody>) {
  return deps.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom("inspection_checklist_items")
      .select("id")
      .where("code", "=", body.code)
      .executeTakeFirst();
    if (taken) throw conflict("code", "inspections.code_taken", { code: body.code });
    const last = await trx
      .selectFrom("inspection_checklist_items")
      .select((eb) => eb.fn.max("position").as("p"))
      .executeTakeFirst();
    const row = await trx
      .insertInto("inspection_checklist_items")
      .values({
        code: body.code,
        label_zh: body.labelZh,
        label_en: body.labelEn,
        position: body.position ?? Number(last?.p ?? 0) + 10,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "inspections.checklist_create",
      entityType: "inspection_checklist_item",
      entityId: row.id,
      orgUnit: bankWide(caller),
      after: body,
    });
    return presentItem(row);
  });
}

export async function updateItem(
  deps: Deps,
  caller: Caller,
  id: number,
  body: z.infer<typeof updateChecklistItemBody>,
) {
  return deps.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("inspection_checklist_items")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    if (!before) throw notFound();
    const disabledAt =
      body.enabled === undefined
        ? before.disabled_at
        : body.enabled
          ? null
          : (before.disabled_at ?? deps.now().toISOString());
    const row = await trx
      .updateTable("inspection_checklist_items")
      .set({
        label_zh: body.labelZh ?? before.label_zh,
        label_en: body.labelEn ?? before.label_en,
        position: body.position ?? before.position,
        disabled_at: disabledAt,
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, caller.actor, {
      action: "inspections.checklist_update",
      entityType: "inspection_checklist_item",
      entityId: id,
      orgUnit: bankWide(caller),
      before: presentItem(before),
      after: presentItem(row),
    });
    return presentItem(row);
  });
}
