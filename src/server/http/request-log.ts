import { type FastifyReply, type FastifyRequest, LogController } from "fastify";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Quiet request logging: every request at debug level, and at info only what an operator reads — one line
 * per business event (a change someone made, which is also audited) and one per refused request. Fastify
 * logged two info lines for every request; one tester's 25 minutes made 15,000 of them. Server errors are
 * logged at error level by the error handler, with the error.
 */
export class QuietLogController extends LogController {
  incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, "incoming request");
  }

  requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const status = reply.statusCode;
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? request.url.split("?")[0],
      status,
      user: request.user?.username,
      responseTime: Math.round(reply.elapsedTime),
    };
    if (error) reply.log.error({ ...line, err: error }, "request errored");
    else if (status >= 400 && status < 500) reply.log.info(line, "request refused");
    else if (status < 400 && MUTATING.has(request.method) && request.url.startsWith("/api/"))
      reply.log.info(line, "business event");
    else reply.log.debug(line, "request completed");
  }
}
