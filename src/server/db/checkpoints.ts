import { Worker } from "node:worker_threads";
import type SQLite from "better-sqlite3";

/**
 * Moves SQLite's checkpoints off the thread that answers requests. By default the connection that commits the
 * 1,000th page of the write-ahead log copies it into the database file and syncs both, inside that commit,
 * and every request in the server waits for it (bench/README.md, "Checkpoints on the request thread"). Here a
 * worker thread with a connection of its own checkpoints every `intervalMs`.
 *
 * The log starts again from its beginning only at a write that begins reading when every frame has been
 * copied, and under steady writes a pass never ends in such a gap. So the server's own connection still
 * checkpoints once the log reaches 16,384 frames (64 MB): by then the worker has copied nearly all of it, so
 * that checkpoint is short, and the next write starts the log anew.
 */
const LONG_LOG_FRAMES = 16_384;
const DEFAULT_FRAMES = 1000;

export function checkpointInBackground(
  sqlite: SQLite.Database,
  file: string,
  onError: (message: string) => void,
  intervalMs = 20,
): { stop(): void } {
  sqlite.pragma(`wal_autocheckpoint = ${LONG_LOG_FRAMES}`);
  // When the log starts anew, its file is cut back to that length.
  sqlite.pragma(`journal_size_limit = ${LONG_LOG_FRAMES * 4096}`);
  const worker = new Worker(new URL("./checkpoint-worker.ts", import.meta.url), {
    workerData: { file, intervalMs },
  });
  let stopping = false;
  worker.on("message", (m: { error: string }) => onError(m.error));
  worker.on("error", (err) => onError(String(err)));
  worker.on("exit", () => {
    // Without the thread the log would grow without end: the server's connection checkpoints again.
    if (!stopping) sqlite.pragma(`wal_autocheckpoint = ${DEFAULT_FRAMES}`);
  });
  // The process may end without closing the database (a failed start); the thread must not keep it alive.
  worker.unref();
  return {
    stop() {
      stopping = true;
      worker.postMessage("stop");
    },
  };
}
