import path from "node:path";
import { parseArgs } from "node:util";
import { chainName, verifyAuditChain } from "./audit/verify.ts";
import { rebuildFigures } from "./complaints/figures/rebuild.ts";
import { COMPLIANCE_USAGE, runComplianceCheck } from "./compliance/cli.ts";
import { loadConfig } from "./config.ts";
import { backupSqlite, restoreSqlite } from "./db/backup.ts";
import { migrateToLatest, openDatabase } from "./db/database.ts";
import { reencryptPersonalData } from "./personal-data/store.ts";
import { setPersonalDataKeys } from "./personal-data/vault.ts";
import { planRetention, sweepRetention } from "./retention/retention.ts";
import { seedDemoData } from "./seed/demo.ts";

const USAGE = `Usage: npm run cli -- <command>

Commands:
  audit verify   check the audit log's hash chains (one per branch); exits 1 and names each broken one
  backup <file>  copy the SQLite database to <file> while the server runs (consistent, then checked
                 as by audit verify); for PostgreSQL use pg_dump (README, Backup and restore)
  restore <file> check the copy as by audit verify, then put it in place of the SQLite database (stop
                 the server first); the database it replaces is kept beside it
  complaints rebuild-figures
                 count the complaint statistics rollup afresh from the complaints (needed after
                 changing BULWARK_TIME_ZONE, which moves complaints between local months)
  migrate        bring the database schema up to date
  retention dry-run
                 list the closed records whose personal data the retention sweep would remove now
                 (RETENTION_YEARS after closing), changing nothing
  retention run  remove it now, as the daily sweep does, audited
  personal-data encrypt
                 encrypt personal data still in clear and re-encrypt what older keys hold under
                 PERSONAL_DATA_KEY (after setting it first, and after each rotation)
  seed-demo      fill an empty database with the demo org tree and users, and sample records
                 unless DEMO_DATA=minimal
${COMPLIANCE_USAGE}

The database is the one the server would use (DATABASE_URL, else SQLITE_PATH).`;

const { positionals } = parseArgs({ allowPositionals: true, strict: false, options: {} });
const command = positionals.join(" ");
const config = loadConfig();

/** backup and restore work on the file, not through an open connection of the CLI's own. */
async function copyCommand(verb: "backup" | "restore", file: string | undefined): Promise<number> {
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  if (config.databaseUrl) {
    console.error(`${verb} copies a SQLite database; for PostgreSQL use pg_dump/pg_restore (README).`);
    return 2;
  }
  const result =
    verb === "backup"
      ? await backupSqlite(config.sqlitePath, path.resolve(file))
      : await restoreSqlite(path.resolve(file), config.sqlitePath);
  if (!result.ok) {
    console.error(`${verb} refused: ${result.reason}. Nothing was changed.`);
    return 1;
  }
  console.log(
    verb === "backup"
      ? `Backed up ${config.sqlitePath} to ${file}; audit chain intact (${result.entries} entries).`
      : `Restored ${file} to ${config.sqlitePath}; audit chain intact (${result.entries} entries).`,
  );
  return 0;
}

if (positionals[0] === "backup" || positionals[0] === "restore") {
  process.exit(await copyCommand(positionals[0], positionals[1]));
}

const db = openDatabase(config);
setPersonalDataKeys(config.personalDataKeys);
const retentionPolicy = { years: config.retentionYears, timeZone: config.timeZone };

async function run(): Promise<number> {
  if (command.startsWith("compliance check")) return runComplianceCheck(db, process.argv.slice(2));
  switch (command) {
    case "audit verify": {
      const result = await verifyAuditChain(db, (n) => process.stderr.write(`\rchecked ${n} entries`));
      process.stderr.write("\n");
      if (result.ok) {
        console.log(`Audit chain intact: ${result.entries} entries in ${result.chains} chains verified.`);
        return 0;
      }
      for (const p of result.problems) {
        const where = p.brokenAt === null ? "" : ` at entry ${p.brokenAt}`;
        console.log(`Audit chain BROKEN${where}, in ${chainName(p.chain)}: ${p.reason}.`);
      }
      console.log(`${result.entries} entries verified; a broken chain is not checked past its first break.`);
      return 1;
    }
    case "retention dry-run": {
      const plan = await planRetention(db, new Date(), retentionPolicy);
      console.log(
        `Closed before ${plan.cutoff} (${config.retentionYears} years): personal data would be removed from ` +
          `${plan.complaints.length} complaint(s) and ${plan.counterExceptions.length} counter exception(s).`,
      );
      for (const ref of [...plan.complaints, ...plan.counterExceptions]) console.log(`  ${ref}`);
      return 0;
    }
    case "retention run": {
      let total = 0;
      for (;;) {
        const { erased, more } = await db
          .transaction()
          .execute((trx) => sweepRetention(trx, new Date(), retentionPolicy));
        total += erased;
        if (!more) break;
      }
      console.log(`Personal data removed from ${total} closed record(s); each erasure is audited.`);
      return 0;
    }
    case "personal-data encrypt": {
      const [current] = config.personalDataKeys;
      if (!current) {
        console.error("Set PERSONAL_DATA_KEY first (README, Personal data at rest).");
        return 2;
      }
      const changed = await reencryptPersonalData(db, current.id, config.timeZone);
      console.log(
        `Under key ${current.id}: ${changed.complaints} complaint(s) and ${changed.counterExceptions} ` +
          "counter exception(s) (re-)encrypted; the rest already were.",
      );
      return 0;
    }
    case "complaints rebuild-figures":
      await rebuildFigures(db, config.timeZone);
      console.log("Complaint statistics rollup rebuilt.");
      return 0;
    case "migrate":
      await migrateToLatest(db, config);
      console.log("Database schema is up to date.");
      return 0;
    case "seed-demo":
      await migrateToLatest(db, config);
      console.log(
        (await seedDemoData(
          db,
          config.demoData === "minimal" ? undefined : { timeZone: config.timeZone, now: new Date() },
        ))
          ? "Demo data added."
          : "The database already has an org tree; nothing added.",
      );
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

const code = await run();
await db.destroy();
process.exit(code);
