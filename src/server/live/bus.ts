import { EventEmitter } from "node:events";
import pg from "pg";

/**
 * A change that open browsers should hear about. Events carry ids, not records: a browser that hears one
 * refetches what it shows, through the same permission-checked API as always.
 */
export interface LiveEvent {
  type: string;
  id?: number;
}

export interface LiveBus {
  /** Publish after the change has committed. */
  publish(topics: string[], event: LiveEvent): Promise<void>;
  subscribe(topic: string, listener: (event: LiveEvent) => void): () => void;
  close(): Promise<void>;
}

const CHANNEL = "bulwark_live";

function localEmitter() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return emitter;
}

/** One process: events go straight to this process's subscribers. */
export function memoryBus(): LiveBus {
  const emitter = localEmitter();
  return {
    async publish(topics, event) {
      for (const topic of topics) emitter.emit(topic, event);
    },
    subscribe(topic, listener) {
      emitter.on(topic, listener);
      return () => emitter.off(topic, listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/**
 * Several app instances on one PostgreSQL database: events travel by NOTIFY, so a browser connected to
 * instance A hears of a change made through instance B.
 */
export async function postgresBus(databaseUrl: string): Promise<LiveBus> {
  const emitter = localEmitter();
  const listener = new pg.Client({ connectionString: databaseUrl });
  await listener.connect();
  listener.on("notification", (msg) => {
    if (!msg.payload) return;
    const { topics, event } = JSON.parse(msg.payload) as { topics: string[]; event: LiveEvent };
    for (const topic of topics) emitter.emit(topic, event);
  });
  await listener.query(`LISTEN ${CHANNEL}`);
  const publisher = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  return {
    async publish(topics, event) {
      await publisher.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ topics, event })]);
    },
    subscribe(topic, fn) {
      emitter.on(topic, fn);
      return () => emitter.off(topic, fn);
    },
    async close() {
      emitter.removeAllListeners();
      await listener.end();
      await publisher.end();
    },
  };
}

/** Topics of a record at `orgPath`: its unit and every unit above it, so each level's board hears of it. */
export function orgTopics(orgPath: string): string[] {
  return orgPath
    .split("/")
    .filter(Boolean)
    .map((id) => `org:${id}`);
}
