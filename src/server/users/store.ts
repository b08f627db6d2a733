import type { Kysely } from "kysely";
import type { z } from "zod";
import type { listUsersQuery, User } from "../../domain/users/schema.ts";
import type { Database } from "../db/schema.ts";
import { startsWith } from "../db/starts-with.ts";
import { decodeCursor, encodeCursor } from "../http/cursor.ts";
import { notFound } from "../http/errors.ts";
import { filterPath } from "../org/subtree.ts";

function usersInScope(db: Kysely<Database>, scopePath: string) {
  return db
    .selectFrom("users")
    .innerJoin("org_units", "org_units.id", "users.org_unit_id")
    .select([
      "users.id",
      "users.username",
      "users.display_name",
      "users.mobile_phone",
      "users.email",
      "users.role",
      "users.org_unit_id",
      "org_units.code as org_code",
      "org_units.name as org_name",
      "org_units.path as org_path",
      "users.disabled_at",
      "users.locked_until",
      "users.created_at",
    ])
    .where(startsWith("org_units.path", scopePath));
}

type UserRow = Awaited<ReturnType<ReturnType<typeof usersInScope>["executeTakeFirstOrThrow"]>>;

function toUser(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    mobilePhone: r.mobile_phone,
    email: r.email,
    role: r.role,
    orgUnitId: r.org_unit_id,
    orgUnitCode: r.org_code,
    orgUnitName: r.org_name,
    disabled: r.disabled_at !== null,
    lockedUntil: r.locked_until && new Date(r.locked_until) > new Date() ? r.locked_until : null,
    createdAt: r.created_at,
  };
}

export async function listUsers(
  db: Kysely<Database>,
  scopePath: string,
  filter: z.infer<typeof listUsersQuery> & { limit: number; cursor?: string },
): Promise<{ items: User[]; nextCursor: string | null }> {
  let q = usersInScope(db, scopePath);
  const narrowest = await filterPath(db, scopePath, filter.orgUnitId);
  if (narrowest !== scopePath) q = q.where(startsWith("org_units.path", narrowest));
  if (filter.role) q = q.where("users.role", "=", filter.role);
  if (filter.q) {
    // Wildcards are dropped rather than escaped: SQLite's LIKE has no default escape character.
    const like = `%${filter.q.replace(/[%_]/g, "")}%`;
    q = q.where((eb) => eb.or([eb("users.username", "like", like), eb("users.display_name", "like", like)]));
  }
  const after = decodeCursor(filter.cursor);
  if (after !== null) q = q.where("users.id", ">", after);
  const rows = await q
    .orderBy("users.id")
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map(toUser),
    nextCursor: rows.length > filter.limit ? encodeCursor(page[page.length - 1].id) : null,
  };
}

/** One user inside the caller's scope, with the path of their unit for auditing; 404 outside the scope. */
export async function getUser(db: Kysely<Database>, scopePath: string, id: number) {
  const row = await usersInScope(db, scopePath).where("users.id", "=", id).executeTakeFirst();
  if (!row) throw notFound();
  return { user: toUser(row), orgPath: row.org_path };
}
