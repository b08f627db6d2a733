import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { en, zhCN } from "zod/locales";
import { formatMessage, isMessageKey, type Locale, type MessageKey } from "../../domain/common/messages.ts";
import { AppError } from "./errors.ts";
import { localeOf } from "./request.ts";

const zodLocales = { zh: zhCN(), en: en() };

interface ErrorBody {
  error: { code: string; message: string; field?: string; params?: Record<string, string> };
}

/** A Zod issue's message in the caller's language: our schemas use message keys, Zod's own come translated. */
function issueMessage(
  issue: { keyword: string; message?: string; params: Record<string, unknown> },
  locale: Locale,
) {
  const message = issue.message ?? "";
  if (isMessageKey(message)) return formatMessage(message, locale);
  const localized = zodLocales[locale].localeError({ code: issue.keyword, ...issue.params } as never);
  return (typeof localized === "string" ? localized : localized?.message) ?? message;
}

function body(code: string, message: string, field?: string, params?: Record<string, string>): ErrorBody {
  return {
    error: {
      code,
      message,
      ...(field && { field }),
      ...(params && Object.keys(params).length && { params }),
    },
  };
}

/**
 * Every error leaves the server through here, as `{error: {code, message, field?}}` in the caller's language.
 * With `appPages`, a GET for a page of the single-page app (no file extension, not the API) gets its
 * index.html, while a missing script or image stays a 404 rather than turning into HTML.
 */
export function registerErrorHandler(app: FastifyInstance, { appPages }: { appPages: boolean }): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const locale = localeOf(req);
    if (err instanceof AppError) {
      return reply
        .status(err.status)
        .send(
          body(
            err.key,
            formatMessage(err.key, locale, { field: err.field ?? "", ...err.params }),
            err.field,
            err.params,
          ),
        );
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issue = err.validation[0];
      const path = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
      const field = path || (err.validationContext ?? "body");
      const detail = issueMessage(issue, locale);
      return reply
        .status(400)
        .send(body("invalid", formatMessage("invalid", locale, { field, detail }), field, { detail }));
    }
    if (err.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return reply.status(413).send(body("body_too_large", formatMessage("body_too_large", locale)));
    }
    if (err.code?.startsWith("FST_CSRF")) {
      return reply.status(403).send(body("auth.csrf", formatMessage("auth.csrf", locale)));
    }
    const status = err.statusCode ?? 500;
    if (status < 500) {
      // Malformed JSON, wrong content type and the like: Fastify's own message is specific enough.
      return reply.status(status).send(body(err.code ?? "bad_request", err.message, "body"));
    }
    req.log.error({ err }, "request failed");
    return reply.status(500).send(body("internal", formatMessage("internal", locale)));
  });

  app.setNotFoundHandler((req, reply) => {
    const page = req.method === "GET" && !req.url.startsWith("/api/") && !/\.[a-z0-9]+(\?|$)/i.test(req.url);
    if (appPages && page) return reply.sendFile("index.html");
    const key: MessageKey = "route_not_found";
    return reply.status(404).send(body(key, formatMessage(key, localeOf(req))));
  });
}
