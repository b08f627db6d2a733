/**
 * One app instance's outbox dispatcher and nothing else, for the test that kills it with SIGKILL while it
 * sends (src/server/notifications/outbox/crash.test.ts). Reads the database and key from the environment.
 */
import { openDatabase } from "../src/server/db/database.ts";
import { OutboxDispatcher } from "../src/server/notifications/outbox/dispatcher.ts";
import { parseKeys, setPersonalDataKeys } from "../src/server/personal-data/vault.ts";

setPersonalDataKeys(parseKeys(process.env.PERSONAL_DATA_KEY, undefined));
const db = openDatabase({
  databaseUrl: process.env.DATABASE_URL || null,
  sqlitePath: process.env.SQLITE_PATH ?? "",
});
const dispatcher = new OutboxDispatcher(db, (err) => console.error(err));
dispatcher.start(20, () => new Date());
// The dispatcher's timer does not hold a server open by itself; here nothing else would.
setInterval(() => {}, 60_000);
console.log("dispatching");
