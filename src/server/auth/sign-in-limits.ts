import type { FastifyReply, FastifyRequest } from "fastify";
import type { App, Deps } from "../http/deps.ts";
import { AppError } from "../http/errors.ts";
import { storableText } from "../http/validation.ts";

/** The username a sign-in names, as a counter key: case folded, storable, bounded. */
export function attemptedUsername(body: unknown): string {
  const username = (body as { username?: unknown } | null)?.username;
  return typeof username === "string" ? storableText(username.slice(0, 100)).toLowerCase() : "";
}

/**
 * Failed sign-ins counted per client address and per username with @fastify/rate-limit over the database
 * store, so that guessing is slowed however it is spread: many usernames from one address, or one username
 * from many. Only failures count, so colleagues behind one proxy address can all sign in.
 */
export function signInLimits(app: App, { config }: Deps) {
  const timeWindow = config.loginLimitWindowMinutes * 60_000;
  const limiters = [
    app.createRateLimit({
      keyGenerator: (req) => `sign-in:address:${req.ip}`,
      max: config.loginLimitPerAddress,
      timeWindow,
    }),
    app.createRateLimit({
      keyGenerator: (req) => `sign-in:username:${attemptedUsername(req.body)}`,
      max: config.loginLimitPerUsername,
      timeWindow,
    }),
  ];
  return {
    /** 429 with Retry-After when the address or the username has used up its failures in this window. */
    async check(req: FastifyRequest, reply: FastifyReply): Promise<void> {
      for (const limiter of limiters) {
        const status = await limiter(req, { increment: false });
        if (!status.isAllowed && status.remaining === 0) {
          reply.header("retry-after", status.ttlInSeconds);
          throw new AppError(429, "auth.rate_limited", {
            minutes: String(Math.max(1, Math.ceil(status.ttlInSeconds / 60))),
          });
        }
      }
    },
    async recordFailure(req: FastifyRequest): Promise<void> {
      for (const limiter of limiters) await limiter(req);
    },
  };
}
