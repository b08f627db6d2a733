import type { Transaction } from "kysely";
import { saveDraft as draftable, publish } from "../../domain/knowhow/policy.ts";
import type { KnowhowKind } from "../../domain/knowhow/vocabulary.ts";
import type { Caller } from "../auth/session-user.ts";
import { type RecordKind, runCommand, type ScopedRecord } from "../common/command.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import type { Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";
import { linkImprovements } from "./improvements.ts";
import { editUnitOf, itemInScope } from "./store.ts";

type Trx = Transaction<Database>;

/**
 * A draft is saved by its editor for their unit (head office: the whole bank): the frame loads the editor's
 * unit, and the audit entry sits on it with the version's id, number and content.
 */
const editorUnits: RecordKind<ScopedRecord, "knowhow"> = {
  auditPrefix: "knowhow",
  entityType: "org_unit",
  async load(trx, scopePath, id) {
    const row = await trx
      .selectFrom("org_units")
      .select(["id", "id as org_unit_id", "path as org_path"])
      .where("id", "=", id)
      .where(startsWith("path", scopePath))
      .executeTakeFirst();
    if (!row) throw notFound();
    return row;
  },
};

/** The item of `kind` and `key` owned by `unitId` (null: the whole bank). */
const itemOf = (trx: Trx, kind: KnowhowKind, key: string, unitId: number | null) =>
  trx
    .selectFrom("knowhow_items")
    .select("id")
    .where("kind", "=", kind)
    .where("key", "=", key)
    .where((eb) => (unitId === null ? eb("org_unit_id", "is", null) : eb("org_unit_id", "=", unitId)))
    .executeTakeFirst();

/**
 * Saves the caller's draft of an item (content already valid against its kind's schema): changes their unit's
 * open draft, or starts its next version.
 */
export async function saveDraft(
  deps: Deps,
  caller: Caller,
  kind: KnowhowKind,
  key: string,
  content: unknown,
  improvementIds: number[] = [],
) {
  const unitId = editUnitOf(caller);
  return runCommand(
    deps,
    caller,
    editorUnits,
    caller.user.orgUnit.id,
    async (_row, trx) => {
      // Only items the bank has are edited; a key it lacks is not there to draft from.
      if (!(await itemOf(trx, kind, key, null))) throw notFound();
      return draftable(caller.user.role);
    },
    async ({ trx, now, audit }) => {
      const item =
        (await itemOf(trx, kind, key, unitId)) ??
        (await trx
          .insertInto("knowhow_items")
          .values({ kind, key, org_unit_id: unitId, created_at: now.toISOString() })
          .returning("id")
          .executeTakeFirstOrThrow());
      const draft = await trx
        .selectFrom("knowhow_versions")
        .select(["id", "version_no", "content_json"])
        .where("item_id", "=", item.id)
        .where("status", "=", "draft")
        .executeTakeFirst();
      const contentJson = JSON.stringify(content);
      // The last to save a draft is its author, so they are the one who may not publish it.
      const authored = {
        content_json: contentJson,
        author_id: caller.user.id,
        created_at: now.toISOString(),
      };
      let id: number;
      let versionNo: number;
      if (draft) {
        await trx.updateTable("knowhow_versions").set(authored).where("id", "=", draft.id).execute();
        ({ id, version_no: versionNo } = draft);
      } else {
        // Numbered across the bank's and the branches' versions of the item: "version 3" is one thing.
        const last = await trx
          .selectFrom("knowhow_versions as v")
          .innerJoin("knowhow_items as i", "i.id", "v.item_id")
          .select((eb) => eb.fn.max("v.version_no").as("n"))
          .where("i.kind", "=", kind)
          .where("i.key", "=", key)
          .executeTakeFirst();
        versionNo = Number(last?.n ?? 0) + 1;
        ({ id } = await trx
          .insertInto("knowhow_versions")
          .values({
            item_id: item.id,
            version_no: versionNo,
            status: "draft",
            ...authored,
            publisher_id: null,
            published_at: null,
            superseded_at: null,
          })
          .returning("id")
          .executeTakeFirstOrThrow());
      }
      await linkImprovements(trx, caller, { id, kind }, improvementIds, "improvementIds", now);
      await audit("draft", draft ? { versionId: draft.id, content: JSON.parse(draft.content_json) } : null, {
        versionId: id,
        kind,
        key,
        versionNo,
        content,
        improvementIds,
      });
      return { result: id };
    },
  );
}

interface VersionRow extends ScopedRecord {
  item_id: number;
  kind: KnowhowKind;
  key: string;
  version_no: number;
  status: "draft" | "published" | "superseded";
  author_id: number | null;
}

/** A version inside the caller's subtree; a whole-bank version only for callers at head office. */
const versionsOf = (caller: Caller): RecordKind<VersionRow, "knowhow"> => ({
  auditPrefix: "knowhow",
  entityType: "knowhow_version",
  async load(trx, _scopePath, id) {
    const row = await trx
      .selectFrom("knowhow_versions as v")
      .innerJoin("knowhow_items as i", "i.id", "v.item_id")
      .leftJoin("org_units as o", "o.id", "i.org_unit_id")
      .select([
        "v.id",
        "v.item_id",
        "i.kind",
        "i.key",
        "v.version_no",
        "v.status",
        "v.author_id",
        "o.id as unit_id",
        "o.path",
      ])
      .where("v.id", "=", id)
      .executeTakeFirst();
    if (!row || !itemInScope(caller, row.path)) throw notFound();
    const unit = row.unit_id === null ? caller.user.orgUnit : { id: row.unit_id, path: row.path as string };
    return { ...row, org_unit_id: unit.id, org_path: unit.path };
  },
});

/** Publishes a draft (four eyes): the version it replaces for the same unit is superseded. */
export async function publishVersion(
  deps: Deps,
  caller: Caller,
  id: number,
  improvementIds: number[] = [],
): Promise<{ kind: KnowhowKind; key: string }> {
  return runCommand(
    deps,
    caller,
    versionsOf(caller),
    id,
    (row) => publish({ status: row.status, authorId: row.author_id }, caller.user),
    async ({ trx, row, now, audit }) => {
      const at = now.toISOString();
      const previous = await trx
        .selectFrom("knowhow_versions")
        .select("id")
        .where("item_id", "=", row.item_id)
        .where("status", "=", "published")
        .executeTakeFirst();
      if (previous) {
        await trx
          .updateTable("knowhow_versions")
          .set({ status: "superseded", superseded_at: at })
          .where("id", "=", previous.id)
          .execute();
      }
      await trx
        .updateTable("knowhow_versions")
        .set({ status: "published", publisher_id: caller.user.id, published_at: at })
        .where("id", "=", row.id)
        .execute();
      await linkImprovements(trx, caller, row, improvementIds, "improvementIds", now);
      await audit(
        "publish",
        { status: row.status, supersededVersionId: previous?.id ?? null },
        { status: "published", kind: row.kind, key: row.key, versionNo: row.version_no, improvementIds },
      );
      return { result: { kind: row.kind, key: row.key } };
    },
  );
}
