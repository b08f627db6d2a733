import { parseArgs } from "node:util";
import { chainName, verifyAuditChain } from "./audit/verify.ts";
import { rebuildFigures } from "./complaints/figures/rebuild.ts";
import { COMPLIANCE_USAGE, runComplianceCheck } from "./compliance/cli.ts";
import { loadConfig } from "./config.ts";
import { migrateToLatest, openDatabase } from "./db/database.ts";
import { seedDemoData } from "./seed/demo.ts";

const USAGE = `Usage: npm run cli -- <command>

Commands:
  audit verify   check the audit log's hash chains (one per branch); exits 1 and names each broken one
  complaints rebuild-figures
                 count the complaint statistics rollup afresh from the complaints (needed after
                 changing BULWARK_TIME_ZONE, which moves complaints between local months)
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
