import fastifyHelmet from "@fastify/helmet";
import type { Config } from "../config.ts";
import type { App } from "./deps.ts";

/**
 * The headers a bank's security review looks for, on every answer (pages, print pages, API, errors, /docs):
 * scripts only from our own origin and never inline; inline styles allowed because Ant Design writes its
 * CSS-in-JS into <style> elements at run time; no framing; no MIME sniffing; referrers kept on our origin.
 * HSTS and upgrade-insecure-requests only behind HTTPS (COOKIE_SECURE=true): on plain HTTP they would cut
 * the app off from its own scripts.
 */
export async function registerSecurityHeaders(app: App, config: Pick<Config, "cookieSecure">) {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.cookieSecure && { upgradeInsecureRequests: [] }),
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
    strictTransportSecurity: config.cookieSecure
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true }
      : false,
  });
}
