import type { Migration, MigrationProvider } from "kysely/migration";
import * as m001 from "./001_foundation.ts";
import * as m002 from "./002_platform.ts";

/** Every migration in order. A migration never changes after it has landed; add a new one instead. */
const MIGRATIONS: Record<string, Migration> = {
  "001_foundation": m001,
  "002_platform": m002,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
