import { type Kysely, sql } from "kysely";
import type { ChangeTokenTable, Database } from "./schema.ts";

type Held = ChangeTokenTable["name"];

/**
 * The statement that reads the token of a set of tables (migration 203), to run alone or as a subquery. The
 * name is a literal: a statement compiled once (compiled-once.ts) may carry no parameters of its own.
 */
export const changeToken = (db: Kysely<Database>, name: Held) =>
  db.selectFrom("change_tokens").select("token").where("name", "=", sql.lit(name));

// One database in a server; a test process opens several, which each keep their own tokens.
const HELD_AT_MOST = 8;

/** Values derived from a set of tables, kept by the token that names the content they were derived from. */
export class HeldByToken<T> {
  private readonly held = new Map<string, T>();

  get(token: string): T | undefined {
    return this.held.get(token);
  }

  delete(token: string): void {
    this.held.delete(token);
  }

  set(token: string, value: T): T {
    this.held.delete(token);
    this.held.set(token, value);
    if (this.held.size > HELD_AT_MOST) this.held.delete(this.held.keys().next().value as string);
    return value;
  }
}
