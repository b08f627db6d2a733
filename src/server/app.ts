import fs from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyCsrf from "@fastify/csrf-protection";
import fastifyMultipart from "@fastify/multipart";
import fastifyRateLimit from "@fastify/rate-limit";
import { fastifySSE } from "@fastify/sse";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify from "fastify";
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { DestinationStream } from "pino";
import { registerAccountabilityRoutes } from "./accountability/routes.ts";
import { registerAssessmentRoutes } from "./assessment/routes.ts";
import { registerHistoryRoutes } from "./audit/history-routes.ts";
import { registerAuditRoutes } from "./audit/routes.ts";
import { databaseRateLimitStore } from "./auth/rate-limit-store.ts";
import { registerAuthRoutes, registerSessionHook } from "./auth/routes.ts";
import { registerCalendarRoutes } from "./calendar/routes.ts";
import { registerCampaignRoutes } from "./campaigns/routes.ts";
import { registerCaseRoutes } from "./cases/routes.ts";
import { registerComplaintRoutes } from "./complaints/routes.ts";
import { registerMaterialRoutes } from "./compliance/materials/routes.ts";
import { registerComplianceRoutes } from "./compliance/routes.ts";
import { registerCounterExceptionRoutes } from "./counter-exceptions/routes.ts";
import { bearerToken } from "./http/bearer.ts";
import type { App, Deps } from "./http/deps.ts";
import { frameworkErrors, registerErrorHandler } from "./http/error-handler.ts";
import { unauthorized } from "./http/errors.ts";
import { registerHealthRoutes } from "./http/health.ts";
import { QuietLogController } from "./http/request-log.ts";
import { registerSecurityHeaders } from "./http/security-headers.ts";
import { validatorCompiler } from "./http/validation.ts";
import { registerImprovementRoutes } from "./improvements/routes.ts";
import { registerIncidentRoutes } from "./incidents/routes.ts";
import { registerInspectionRoutes } from "./inspections/routes.ts";
import { registerKnowhowRoutes } from "./knowhow/routes.ts";
import { registerLinkRoutes } from "./links/routes.ts";
import { registerLiveRoutes } from "./live/routes.ts";
import { registerOutboxRoutes } from "./notifications/outbox/routes.ts";
import { registerNotificationRoutes } from "./notifications/routes.ts";
import { registerOpinionRoutes } from "./opinion/routes.ts";
import { registerOrgRoutes } from "./org/routes.ts";
import { openVault } from "./personal-data/store.ts";
import { registerRetention } from "./retention/retention.ts";
import { registerRosterRoutes } from "./roster/routes.ts";
import { registerScriptRoutes } from "./scripts/routes.ts";
import { registerSelfEvaluationRoutes } from "./self-evaluations/routes.ts";
import { registerDiscRoutes } from "./training/disc-routes.ts";
import { registerDrillEvaluationRoutes } from "./training/drill-routes.ts";
import { registerQuizRoutes } from "./training/quiz-routes.ts";
import { registerTrainingRoutes } from "./training/routes.ts";
import { registerUserRoutes } from "./users/routes.ts";
import { registerWarnings } from "./warnings/evaluate.ts";
import { registerWarningRoutes } from "./warnings/routes.ts";
import { registerWatchRoutes } from "./watch/routes.ts";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The whole HTTP application, without a socket: serve.ts listens, tests call `inject` (and may read its log). */
export async function buildApp(deps: Deps, log: { stream?: DestinationStream } = {}): Promise<App> {
  const app = Fastify({
    logger: { level: deps.config.logLevel, ...(log.stream && { stream: log.stream }) },
    logController: new QuietLogController(),
    bodyLimit: 1024 * 1024,
    frameworkErrors,
    // Only the configured proxies may name the client (TRUST_PROXY); anyone else's X-Forwarded-For is ignored.
    trustProxy: deps.config.trustProxy.length ? deps.config.trustProxy : false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await openVault(deps.db, deps.config.personalDataKeys);
  const webRoot = deps.config.webRoot;
  const serveWeb = webRoot !== null && fs.existsSync(path.join(webRoot, "index.html"));
  registerErrorHandler(app, { appPages: serveWeb });

  registerSecurityHeaders(app, deps.config);
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    cookieOpts: { path: "/", httpOnly: true, sameSite: "strict", secure: deps.config.cookieSecure },
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Bulwark API",
        description:
          "网点应急与客诉管理平台. Mutating requests need the x-csrf-token header from GET /api/auth/csrf.",
        version: "0.1.0",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: "/docs",
    // The whole API described is a map for an attacker: by default only for signed-in users (DOCS_PUBLIC).
    uiHooks: {
      preHandler: async (req) => {
        if (!deps.config.docsPublic && !req.user) throw unauthorized();
      },
    },
  });
  await app.register(fastifySSE, { heartbeatInterval: 20_000 });
  // No global limit: sign-in counts its own failures (src/server/auth/sign-in-limits.ts).
  await app.register(fastifyRateLimit, { global: false, store: databaseRateLimitStore(deps.db, deps.now) });
  await app.register(fastifyMultipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 5 } });

  registerHealthRoutes(app, deps);
  registerSessionHook(app, deps);
  app.addHook("onRequest", (req, reply, done) => {
    // A request carrying a bearer token is a system's (warning signals, public-opinion mentions), authenticated
    // by the token alone: a forged cross-site request cannot set that header, so it needs no anti-forgery token.
    const bearer = bearerToken(req.headers.authorization) !== null;
    if (MUTATING.has(req.method) && req.url.startsWith("/api/") && !bearer)
      return app.csrfProtection(req, reply, done);
    done();
  });

  registerAuthRoutes(app, deps);
  registerOrgRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerHistoryRoutes(app, deps);
  registerComplianceRoutes(app, deps);
  registerMaterialRoutes(app, deps);
  registerScriptRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerIncidentRoutes(app, deps);
  registerCounterExceptionRoutes(app, deps);
  registerComplaintRoutes(app, deps);
  registerCalendarRoutes(app, deps);
  registerLiveRoutes(app, deps);
  registerImprovementRoutes(app, deps);
  await registerWarningRoutes(app, deps);
  await registerWarnings(deps);
  registerWatchRoutes(app, deps);
  registerInspectionRoutes(app, deps);
  registerCampaignRoutes(app, deps);
  registerSelfEvaluationRoutes(app, deps);
  registerLinkRoutes(app, deps);
  registerTrainingRoutes(app, deps);
  registerQuizRoutes(app, deps);
  registerDrillEvaluationRoutes(app, deps);
  registerAssessmentRoutes(app, deps);
  registerAccountabilityRoutes(app, deps);
  registerDiscRoutes(app, deps);
  registerOpinionRoutes(app, deps);
  registerOutboxRoutes(app, deps);
  registerRosterRoutes(app, deps);
  registerKnowhowRoutes(app, deps);
  await registerRetention(
    deps.db,
    deps.scheduler,
    { years: deps.config.retentionYears, timeZone: deps.config.timeZone },
    deps.now,
  );

  if (serveWeb && webRoot) {
    // Files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: webRoot, wildcard: true });
  }
  return app;
}
