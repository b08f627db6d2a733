import type { Transaction } from "kysely";
import type { Role } from "../../domain/auth/roles.ts";
import { pathIds } from "../../domain/org/units.ts";
import type { Database } from "../db/schema.ts";
import { staffAt } from "../notifications/notify.ts";

type Trx = Transaction<Database>;

/**
 * The nearest holders of `roles` at the unit or above it: an outlet has no consumer-protection officer of
 * its own, so its sub-branch's officer is the one told.
 */
export async function nearestWithRoles(trx: Trx, path: string, roles: Role[]): Promise<number[]> {
  const ids = pathIds(path);
  const staff = await staffAt(trx, ids, roles);
  for (const unitId of ids.reverse()) {
    const here = staff.filter((u) => u.org_unit_id === unitId).map((u) => u.id);
    if (here.length) return here;
  }
  return [];
}

/** Who works an event at its unit: the nearest consumer-protection officers, and the nearest heads or managers. */
export async function handlersOf(trx: Trx, path: string): Promise<number[]> {
  const officers = await nearestWithRoles(trx, path, ["cp_officer"]);
  const heads = await nearestWithRoles(trx, path, ["outlet_head", "manager"]);
  return [...new Set([...officers, ...heads])];
}

/** The management one level above the unit at `path`, or none at the top of the tree. */
export async function managersAbove(trx: Trx, path: string, levels: number): Promise<number[]> {
  const ids = pathIds(path);
  const target = ids[ids.length - 1 - levels];
  if (target === undefined) return [];
  return (await staffAt(trx, [target], ["manager", "cp_officer"])).map((u) => u.id);
}
