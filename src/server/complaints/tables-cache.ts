import { type Kysely, sql } from "kysely";
import { jsonArrayFrom as postgresArray } from "kysely/helpers/postgres";
import { jsonArrayFrom as sqliteArray } from "kysely/helpers/sqlite";
import type { BusinessCalendar } from "../../domain/calendar/business-calendar.ts";
import type { Axis, CategoryEntry } from "../../domain/complaints/classification.ts";
import { calendarOf } from "../calendar/store.ts";
import { changeToken, HeldByToken } from "../db/change-tokens.ts";
import { isPostgres } from "../db/dialect.ts";
import { fromJson } from "../db/json-rows.ts";
import type { Database } from "../db/schema.ts";

/** The category table and the administrators' calendar days, as a complaint's labels and clock read them. */
export interface HeldTables {
  cats: CategoryEntry[];
  calendar: BusinessCalendar;
}

interface CategoryRow {
  axis: Axis;
  code: string;
  label: string;
  parent_code: string | null;
}

type DayRow = Parameters<typeof calendarOf>[0][number];

/** The columns `tablesAsJson` adds to a row. */
export interface TablesColumns {
  tables_token: string | null;
  categories: CategoryRow[] | string | null;
  days: DayRow[] | string | null;
}

export const categoriesOf = (rows: CategoryRow[]): CategoryEntry[] =>
  rows.map((r) => ({ axis: r.axis, code: r.code, label: r.label, parentCode: r.parent_code }));

/**
 * What a statement selects beside its row to have the tables: the token that names their present content
 * (migration 203), and the tables as JSON arrays only when `known`, the token the server holds them for, is
 * not it. A detail read carried some 4 KB of categories at every call, which PostgreSQL built and the driver
 * parsed again each time.
 */
export function tablesAsJson(db: Kysely<Database>, known: string) {
  const jsonArrayFrom = isPostgres(db) ? postgresArray : sqliteArray;
  const token = changeToken(db, "complaint_tables");
  const unlessKnown = <T>(array: ReturnType<typeof jsonArrayFrom>) =>
    sql<T[] | string | null>`case when ${token} = ${known} then null else ${array} end`;
  return [
    token.as("tables_token"),
    unlessKnown<CategoryRow>(
      jsonArrayFrom(
        db
          .selectFrom("complaint_categories as cat")
          .select(["cat.axis", "cat.code", "cat.label", "cat.parent_code"])
          .orderBy("cat.sort"),
      ),
    ).as("categories"),
    unlessKnown<DayRow>(
      jsonArrayFrom(db.selectFrom("calendar_days as day").select(["day.date", "day.kind"])),
    ).as("days"),
  ] as const;
}

const held = new HeldByToken<HeldTables>();
let latest = "";

/**
 * Runs `read`, a statement that selects `tablesAsJson(db, known)` beside its row, with the token last seen, and
 * returns the row with the tables: parsed from it when they came, else the copy held for its token. Should
 * that copy have been dropped meanwhile (several databases in one process), reads again, asking for them.
 */
export async function withTables<R extends TablesColumns>(
  read: (known: string) => Promise<R | undefined>,
): Promise<{ row: Omit<R, keyof TablesColumns>; tables: HeldTables } | undefined> {
  const found = await read(latest);
  if (!found) return undefined;
  const { tables_token: token, categories, days, ...row } = found;
  if (token === null) throw new Error("change_tokens has no complaint_tables row: migration 203 not run");
  if (categories !== null && days !== null) {
    const tables = { cats: categoriesOf(fromJson(categories)), calendar: calendarOf(fromJson(days)) };
    latest = token;
    return { row, tables: held.set(token, tables) };
  }
  const tables = held.get(token);
  return tables ? { row, tables } : withTables(() => read(""));
}
