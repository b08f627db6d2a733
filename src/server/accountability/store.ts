import { MEASURE_LABELS } from "../../domain/accountability/vocabulary.ts";
import { can } from "../../domain/auth/permissions.ts";
import type { Caller } from "../auth/session-user.ts";
import { startsWith } from "../db/starts-with.ts";
import type { Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";

/**
 * Records the caller may read: their own, and for a manager those of the staff below them. Colleagues never
 * see each other's.
 */
function visible(deps: Deps, caller: Caller) {
  const manager = can(caller.user.role, "accountability.decide");
  return deps.db
    .selectFrom("accountability_records as r")
    .innerJoin("users as u", "u.id", "r.user_id")
    .innerJoin("org_units", "org_units.id", "r.org_unit_id")
    .innerJoin("users as by", "by.id", "r.decided_by")
    .select([
      "r.id",
      "r.user_id",
      "u.display_name",
      "org_units.name as org_name",
      "r.kind",
      "r.measure",
      "r.reason",
      "r.source_ref",
      "r.amount",
      "r.decided_on",
      "r.decided_by",
      "by.display_name as decider",
    ])
    .where((eb) =>
      manager
        ? eb.or([eb("r.user_id", "=", caller.user.id), startsWith("org_units.path", caller.scopePath)])
        : eb("r.user_id", "=", caller.user.id),
    );
}

type Row = Awaited<ReturnType<ReturnType<typeof visible>["executeTakeFirstOrThrow"]>>;

const present = (r: Row, caller: Caller) => ({
  id: r.id,
  user: { id: r.user_id, name: r.display_name, orgUnitName: r.org_name },
  kind: r.kind,
  measure: r.measure,
  measureLabel: MEASURE_LABELS[r.measure][caller.locale],
  reason: r.reason,
  sourceRef: r.source_ref,
  amount: r.amount === null ? null : Number(r.amount),
  decidedOn: r.decided_on,
  decidedBy: { id: r.decided_by, name: r.decider },
});

export async function listRecords(deps: Deps, caller: Caller, userId: number | undefined) {
  let q = visible(deps, caller);
  if (userId !== undefined) q = q.where("r.user_id", "=", userId);
  const rows = await q.orderBy("r.decided_on", "desc").orderBy("r.id", "desc").limit(500).execute();
  return { items: rows.map((r) => present(r, caller)) };
}

export async function getRecord(deps: Deps, caller: Caller, id: number) {
  const row = await visible(deps, caller).where("r.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return present(row, caller);
}
