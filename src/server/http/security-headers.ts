import type { IncomingMessage, ServerResponse } from "node:http";
import helmet, { type HelmetOptions } from "helmet";
import type { Config } from "../config.ts";
import type { App } from "./deps.ts";

/**
 * The headers a bank's security review looks for, on every answer (pages, print pages, API, errors, /docs):
 * scripts only from our own origin and never inline; inline styles allowed because Ant Design writes its
 * CSS-in-JS into <style> elements at run time; no framing; no MIME sniffing; referrers kept on our origin.
 * HSTS and upgrade-insecure-requests only behind HTTPS (COOKIE_SECURE=true): on plain HTTP they would cut
 * the app off from its own scripts.
 */
function options(config: Pick<Config, "cookieSecure">): HelmetOptions {
  return {
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
  };
}

/**
 * The headers helmet writes for these options, taken once: none depends on the request, and @fastify/helmet
 * built a new helmet, parsing the policy again, for every request.
 */
function headersOf(config: Pick<Config, "cookieSecure">): [string, string][] {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: string | number) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
  };
  let finished = false;
  helmet(options(config))({} as IncomingMessage, res as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  // An option that made helmet wait for something would leave headers out without a word.
  if (!finished) throw new Error("helmet did not set its headers at once");
  return [...headers];
}

export function registerSecurityHeaders(app: App, config: Pick<Config, "cookieSecure">) {
  const headers = headersOf(config);
  // On the raw response, as helmet itself does, so that answers Fastify does not send (SSE streams) have them.
  app.addHook("onRequest", (_req, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}
