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

/** One event for the subscribers of any of these topics. */
export interface LiveMessage {
  topics: string[];
  event: LiveEvent;
}

export interface LiveBus {
  /** Publish after the change has committed; a change's several events go in one call, one NOTIFY. */
  publish(...messages: LiveMessage[]): Promise<void>;
  subscribe(topic: string, listener: (event: LiveEvent) => void): () => void;
  /** Whether messages from every instance reach this one now: false while a lost listener reconnects. */
  listening(): boolean;
  /** Called when messages may have been missed (the listener was lost) and when they flow again. */
  onGap(listener: () => void): () => void;
  close(): Promise<void>;
}

/** The local topic of onGap: no browser subscribes to it (their topics are "user:…" and "org:…"). */
const GAP = "bus:gap";

/** A notification holds a list of messages. */
const CHANNEL = "bulwark_live_messages";
/**
 * Where instances from before the lists sent one message each, and listen still: sending lists there would
 * crash them mid rolling upgrade. Heard, so that their events still reach this instance's browsers.
 */
const SINGLE_MESSAGE_CHANNEL = "bulwark_live";

function localEmitter() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return emitter;
}

/** One process: events go straight to this process's subscribers. */
export function memoryBus(): LiveBus {
  const emitter = localEmitter();
  return {
    async publish(...messages) {
      for (const { topics, event } of messages) for (const topic of topics) emitter.emit(topic, event);
    },
    subscribe(topic, listener) {
      emitter.on(topic, listener);
      return () => emitter.off(topic, listener);
    },
    listening: () => true,
    onGap: () => () => {},
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/** What a worker process sends its cluster's primary, and the primary every other worker (see relayBus). */
export interface Relayed {
  bulwarkLive: LiveMessage[];
}

export const isRelayed = (m: unknown): m is Relayed =>
  typeof m === "object" && m !== null && Array.isArray((m as Relayed).bulwarkLive);

/**
 * One of several worker processes of one machine on SQLite (WORKERS, main.ts): events reach this process's
 * subscribers at once and go to the cluster's primary, which hands them to every other worker. A worker that
 * loses its channel to the primary reports a gap and stops listening.
 */
export function relayBus(): LiveBus {
  const emitter = localEmitter();
  const emit = (messages: LiveMessage[]) => {
    for (const { topics, event } of messages) for (const topic of topics) emitter.emit(topic, event);
  };
  const onMessage = (m: unknown) => {
    if (isRelayed(m)) emit(m.bulwarkLive);
  };
  const onDisconnect = () => emitter.emit(GAP);
  process.on("message", onMessage);
  process.on("disconnect", onDisconnect);
  return {
    async publish(...messages) {
      emit(messages);
      if (process.connected) process.send?.({ bulwarkLive: messages } satisfies Relayed);
    },
    subscribe(topic, listener) {
      emitter.on(topic, listener);
      return () => emitter.off(topic, listener);
    },
    listening: () => process.connected === true,
    onGap(listener) {
      emitter.on(GAP, listener);
      return () => emitter.off(GAP, listener);
    },
    async close() {
      process.off("message", onMessage);
      process.off("disconnect", onDisconnect);
      emitter.removeAllListeners();
    },
  };
}

/**
 * Several app instances on one PostgreSQL database: events travel by NOTIFY, so a browser connected to
 * instance A hears of a change made through instance B. A lost listening connection (a database restart, a
 * failover) is re-opened with a growing pause; events sent meanwhile are missed, and browsers catch up on
 * their next refetch.
 */
export async function postgresBus(
  databaseUrl: string,
  onError: (err: unknown) => void = () => {},
): Promise<LiveBus> {
  const emitter = localEmitter();
  let listener: pg.Client | undefined;
  let closed = false;
  let listening = false;
  const gap = () => emitter.emit(GAP);

  const listen = async (attempt = 0): Promise<void> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on("notification", (msg) => {
      // A throw here would end the process: it runs in the connection's socket callback.
      try {
        for (const { topics, event } of messagesIn(msg.payload)) {
          for (const topic of topics) emitter.emit(topic, event);
        }
      } catch (err) {
        onError(err);
      }
    });
    client.on("error", (err) => {
      // Before anything else: whoever relies on hearing every message (the session cache) stops trusting now.
      listening = false;
      gap();
      onError(err);
      client.end().catch(() => {});
      if (!closed) setTimeout(() => listen(attempt + 1).catch(onError), Math.min(30_000, 500 * 2 ** attempt));
    });
    client.on("end", () => {
      if (listener !== client) return;
      listening = false;
      gap();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    await client.query(`LISTEN ${SINGLE_MESSAGE_CHANNEL}`);
    listener = client;
    listening = true;
    gap();
  };
  await listen();

  const publisher = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // An idle connection the server dropped is discarded by the pool; without a listener it would crash us.
  publisher.on("error", onError);
  return {
    async publish(...messages) {
      const addressed = messages.filter((m) => m.topics.length > 0);
      if (addressed.length === 0) return;
      await publisher.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(addressed)]);
    },
    subscribe(topic, fn) {
      emitter.on(topic, fn);
      return () => emitter.off(topic, fn);
    },
    listening: () => listening && !closed,
    onGap(fn) {
      emitter.on(GAP, fn);
      return () => emitter.off(GAP, fn);
    },
    async close() {
      closed = true;
      emitter.removeAllListeners();
      await listener?.end();
      await publisher.end();
    },
  };
}

/**
 * The messages of one notification: a list, or a single message from an instance not yet upgraded. Anything
 * else is skipped.
 */
function messagesIn(payload: string | undefined): LiveMessage[] {
  if (!payload) return [];
  const parsed: unknown = JSON.parse(payload);
  const list: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
  return list.filter(
    (m): m is LiveMessage =>
      typeof m === "object" && m !== null && Array.isArray((m as LiveMessage).topics) && "event" in m,
  );
}

/** Topics of a record at `orgPath`: its unit and every unit above it, so each level's board hears of it. */
export function orgTopics(orgPath: string): string[] {
  return orgPath
    .split("/")
    .filter(Boolean)
    .map((id) => `org:${id}`);
}
