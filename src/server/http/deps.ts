import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Sessions } from "../auth/sessions.ts";
import type { Config } from "../config.ts";
import type { Db } from "../db/database.ts";
import type { LiveBus } from "../live/bus.ts";
import type { OutboxDispatcher } from "../notifications/outbox/dispatcher.ts";
import type { Scheduler } from "../scheduler/scheduler.ts";

/** What every route family is built from. `now` is injected so that tests can move the clock. */
export interface Deps {
  db: Db;
  config: Config;
  now: () => Date;
  /** Tells open browsers about committed changes. */
  live: LiveBus;
  /** Fires deadlines; features register a handler per kind of deadline. */
  scheduler: Scheduler;
  /** Sends the notices waiting in the outbox to robots, SMS and e-mail. */
  outbox: OutboxDispatcher;
  /** Signed-in sessions kept for a few seconds; `invalidate` after ending one or changing its user. */
  sessions: Sessions;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
