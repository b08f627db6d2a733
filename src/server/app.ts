import fs from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyCsrf from "@fastify/csrf-protection";
import fastifyMultipart from "@fastify/multipart";
import { fastifySSE } from "@fastify/sse";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { registerAuditRoutes } from "./audit/routes.ts";
import { registerAuthRoutes, registerSessionHook } from "./auth/routes.ts";
import { registerCalendarRoutes } from "./calendar/routes.ts";
import { registerCaseRoutes } from "./cases/routes.ts";
import { registerComplaintRoutes } from "./complaints/routes.ts";
import { registerMaterialRoutes } from "./compliance/materials/routes.ts";
import { registerComplianceRoutes } from "./compliance/routes.ts";
import { registerCounterExceptionRoutes } from "./counter-exceptions/routes.ts";
import type { App, Deps } from "./http/deps.ts";
import { registerErrorHandler } from "./http/error-handler.ts";
import { registerHealthRoutes } from "./http/health.ts";
import { registerIncidentRoutes } from "./incidents/routes.ts";
import { registerLiveRoutes } from "./live/routes.ts";
import { registerNotificationRoutes } from "./notifications/routes.ts";
import { registerOrgRoutes } from "./org/routes.ts";
import { registerScriptRoutes } from "./scripts/routes.ts";
import { registerUserRoutes } from "./users/routes.ts";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The whole HTTP application, without a socket: serve.ts listens, tests call `inject`. */
export async function buildApp(deps: Deps): Promise<App> {
  const app = Fastify({
    logger: { level: deps.config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webRoot = deps.config.webRoot;
  const serveWeb = webRoot !== null && fs.existsSync(path.join(webRoot, "index.html"));
  registerErrorHandler(app, { appPages: serveWeb });

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
  await app.register(fastifySwaggerUi, { routePrefix: "/docs" });
  await app.register(fastifySSE, { heartbeatInterval: 20_000 });
  await app.register(fastifyMultipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 5 } });

  registerHealthRoutes(app, deps);
  registerSessionHook(app, deps);
  app.addHook("onRequest", (req, reply, done) => {
    if (MUTATING.has(req.method) && req.url.startsWith("/api/")) return app.csrfProtection(req, reply, done);
    done();
  });

  registerAuthRoutes(app, deps);
  registerOrgRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerAuditRoutes(app, deps);
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

  if (serveWeb && webRoot) {
    // Files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: webRoot, wildcard: true });
  }
  return app;
}
