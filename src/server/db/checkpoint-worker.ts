/**
 * The thread that copies a SQLite database's write-ahead log into the database file (see checkpoints.ts).
 * A PASSIVE checkpoint takes no lock that the server's writes wait on; it copies what no reader still needs.
 */
import { parentPort, workerData } from "node:worker_threads";
import SQLite from "better-sqlite3";

const { file, intervalMs } = workerData as { file: string; intervalMs: number };
const sqlite = new SQLite(file);
sqlite.pragma("busy_timeout = 5000");

function checkpoint() {
  try {
    sqlite.pragma("wal_checkpoint(PASSIVE)");
  } catch (err) {
    // Busy or a full disk: the log keeps growing until a later pass succeeds; the server is told.
    parentPort?.postMessage({ error: String(err) });
  }
}

const timer = setInterval(checkpoint, intervalMs);

parentPort?.once("message", () => {
  clearInterval(timer);
  sqlite.close();
  parentPort?.close();
});
