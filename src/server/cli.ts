import { parseArgs } from "node:util";
import { verifyAuditChain } from "./audit/verify.ts";
import { COMPLIANCE_USAGE, runComplianceCheck } from "./compliance/cli.ts";
import { loadConfig } from "./config.ts";
import { migrateToLatest, openDatabase } from "./db/database.ts";
import { seedDemoData } from "./seed/demo.ts";

const USAGE = `Usage: npm run cli -- <command>

Commands:
  audit verify   check the audit log's hash chain; exits 1 and names the first broken entry
  migrate        bring the database schema up to date
  seed-demo      fill an empty database with the demo org tree and users
${COMPLIANCE_USAGE}

The database is the one the server would use (DATABASE_URL, else SQLITE_PATH).`;

const { positionals } = parseArgs({ allowPositionals: true, strict: false, options: {} });
const command = positionals.join(" ");
const config = loadConfig();
const db = openDatabase(config);

async function run(): Promise<number> {
  if (command.startsWith("compliance check")) return runComplianceCheck(db, process.argv.slice(2));
  switch (command) {
    case "audit verify": {
      const result = await verifyAuditChain(db, (n) => process.stderr.write(`\rchecked ${n} entries`));
      process.stderr.write("\n");
      if (result.ok) {
        console.log(`Audit chain intact: ${result.entries} entries verified.`);
        return 0;
      }
      console.log(`Audit chain BROKEN at entry ${result.brokenAt}: ${result.reason}.`);
      console.log(`${result.entries} entries before it verified.`);
      return 1;
    }
    case "migrate":
      await migrateToLatest(db);
      console.log("Database schema is up to date.");
      return 0;
    case "seed-demo":
      await migrateToLatest(db);
      console.log(
        (await seedDemoData(db))
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
