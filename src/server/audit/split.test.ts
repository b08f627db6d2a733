import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Kysely, sql } from "kysely";
import { Migrator } from "kysely/migration";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { type Db, migrateToLatest, openDatabase } from "../db/database.ts";
import { migrationProvider } from "../db/migrations/index.ts";
import { appendAudit, SYSTEM_ACTOR } from "./append.ts";
import { entryHash, GENESIS_HASH, ROOT_CHAIN, SPLIT_ACTION } from "./chain.ts";
import { verifyAuditChain } from "./verify.ts";

/** Entries written the way the application did before migration 023: one chain, one head row. */
async function writeSingleChain(db: Db, paths: (string | null)[]) {
  // biome-ignore lint/suspicious/noExplicitAny: the schema as it was before migration 023.
  const old = db as unknown as Kysely<any>;
  let prev = GENESIS_HASH;
  let lastId = 0;
  for (const [n, orgPath] of paths.entries()) {
    const fields = {
      at: new Date(Date.UTC(2026, 0, n + 1)).toISOString(),
      actor_id: null,
      actor_username: "system",
      action: "test.before_split",
      entity_type: "test",
      entity_id: String(n),
      org_unit_id: null,
      org_path: orgPath,
      before_json: null,
      after_json: null,
      ip: null,
    };
    const hash = entryHash(prev, fields);
    const row = await old
      .insertInto("audit_log")
      .values({ ...fields, prev_hash: prev, hash })
      .returning("id")
      .executeTakeFirstOrThrow();
    [prev, lastId] = [hash, row.id];
  }
  await old.insertInto("audit_head").values({ id: 1, last_id: lastId, last_hash: prev }).execute();
}

describe("splitting the single audit chain (migration 023) [sqlite]", () => {
  let dir: string;
  let db: Db;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-split-"));
    db = openDatabase({ databaseUrl: null, sqlitePath: path.join(dir, "split.db") });
    const migrator = new Migrator({
      db,
      provider: migrationProvider(loadConfig({})),
      allowUnorderedMigrations: true,
    });
    const { error } = await migrator.migrateTo("022_complaints_status_id");
    if (error) throw error;
    await writeSingleChain(db, ["/1/2/4/9/", null, "/1/3/", "/1/"]);
    await migrateToLatest(db, loadConfig({}));
  });
  afterAll(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("the old chain goes on as the root chain, closed by an entry marking the split", async () => {
    const rows = await db.selectFrom("audit_log").selectAll().orderBy("id").execute();
    expect(rows.map((r) => r.chain)).toEqual(Array(5).fill(ROOT_CHAIN));
    expect(rows[4]).toMatchObject({ action: SPLIT_ACTION, prev_hash: rows[3].hash });
    expect(await db.selectFrom("audit_heads").selectAll().execute()).toEqual([
      { chain: ROOT_CHAIN, last_id: rows[4].id, last_hash: rows[4].hash },
    ]);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 5, chains: 1 });
  });

  it("new entries go to their branch's chain and the whole log still verifies", async () => {
    await db.transaction().execute(async (trx) => {
      await appendAudit(trx, SYSTEM_ACTOR, {
        action: "org.update",
        entityType: "system",
        orgUnit: { id: 9, path: "/1/2/4/9/" },
      });
      await appendAudit(trx, SYSTEM_ACTOR, {
        action: "org.update",
        entityType: "system",
        orgUnit: { id: 1, path: "/1/" },
      });
    });
    const [branch, root] = await db
      .selectFrom("audit_log")
      .selectAll()
      .orderBy("id", "desc")
      .limit(2)
      .execute()
      .then((r) => r.reverse());
    expect(branch).toMatchObject({ chain: "/1/2/", prev_hash: GENESIS_HASH });
    const marker = await db
      .selectFrom("audit_log")
      .select("hash")
      .where("action", "=", SPLIT_ACTION)
      .executeTakeFirstOrThrow();
    expect(root).toMatchObject({ chain: ROOT_CHAIN, prev_hash: marker.hash });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 7, chains: 2 });
  });

  it("removing the split marker, head row fixed up to match, shows the old entries as out of place", async () => {
    const marker = await db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", SPLIT_ACTION)
      .executeTakeFirstOrThrow();
    const before = await db
      .selectFrom("audit_log")
      .select(["id", "hash"])
      .where("id", "<", marker.id)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    await sql`DROP TRIGGER audit_log_no_delete`.execute(db);
    await db.transaction().execute(async (trx) => {
      // Take the root chain back to where it was before the split: the marker and the root entry after it.
      await sql`DELETE FROM audit_log WHERE chain = '' AND id >= ${marker.id}`.execute(trx);
      await trx
        .updateTable("audit_heads")
        .set({ last_id: before.id, last_hash: before.hash })
        .where("chain", "=", ROOT_CHAIN)
        .execute();
    });
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      chain: ROOT_CHAIN,
      brokenAt: 1,
      reason: "the entry belongs to the chain of branch /1/2/ but was moved here",
    });
  });
});
