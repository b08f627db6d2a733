import type { Kysely } from "kysely";
import type { OrgUnit } from "../../domain/org/schema.ts";
import type { OrgKind } from "../../domain/org/units.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { notFound } from "../http/errors.ts";

/** org_units columns under names that do not clash with the table they are joined to. */
export const orgUnitColumns = [
  "org_units.id as org_id",
  "org_units.code as org_code",
  "org_units.name as org_name",
  "org_units.kind as org_kind",
  "org_units.parent_id as org_parent_id",
  "org_units.path as org_path",
  "org_units.duty_phone as org_duty_phone",
  "org_units.tech_support_phone as org_tech_support_phone",
] as const;

interface OrgUnitRow {
  org_id: number;
  org_code: string;
  org_name: string;
  org_kind: OrgKind;
  org_parent_id: number | null;
  org_path: string;
  org_duty_phone: string | null;
  org_tech_support_phone: string | null;
}

export function toOrgUnit(r: OrgUnitRow): OrgUnit {
  return {
    id: r.org_id,
    code: r.org_code,
    name: r.org_name,
    kind: r.org_kind,
    parentId: r.org_parent_id,
    path: r.org_path,
    dutyPhone: r.org_duty_phone,
    techSupportPhone: r.org_tech_support_phone,
  };
}

/** Units in the subtree at scopePath, root first and each parent before its children. */
export async function listOrgUnits(db: Kysely<Database>, scopePath: string): Promise<OrgUnit[]> {
  const rows = await db
    .selectFrom("org_units")
    .select(orgUnitColumns)
    .where(startsWith("path", scopePath))
    .orderBy("path")
    .execute();
  return rows.map(toOrgUnit);
}

/** One unit inside the caller's scope; a unit outside it is as absent as one that does not exist. */
export async function getOrgUnit(db: Kysely<Database>, scopePath: string, id: number): Promise<OrgUnit> {
  const row = await db
    .selectFrom("org_units")
    .select(orgUnitColumns)
    .where("id", "=", id)
    .where(startsWith("path", scopePath))
    .executeTakeFirst();
  if (!row) throw notFound();
  return toOrgUnit(row);
}
