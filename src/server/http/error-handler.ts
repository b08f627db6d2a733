import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { formatMessage, type MessageKey } from "../../domain/common/messages.ts";
import { AppError } from "./errors.ts";
import { issueMessage } from "./issue-messages.ts";
import { localeOf } from "./request.ts";
import type { ValidationIssue } from "./validation.ts";

interface ErrorBody {
  error: {
    code: string;
    message: string;
    field?: string;
    params?: Record<string, string>;
    /** Every invalid field of a validation error; `field` and `message` name the first. */
    fields?: { field: string; message: string }[];
  };
}

function body(
  code: string,
  message: string,
  field?: string,
  params?: Record<string, string>,
  fields?: ErrorBody["error"]["fields"],
): ErrorBody {
  return {
    error: {
      code,
      message,
      ...(field && { field }),
      ...(params && Object.keys(params).length && { params }),
      ...(fields && { fields }),
    },
  };
}

/** Fastify's and its plugins' own error codes, answered with our keys. */
const FRAMEWORK_CODES: Record<string, { status: number; key: MessageKey; field?: string }> = {
  FST_ERR_BAD_URL: { status: 400, key: "bad_url" },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, key: "uri_too_long" },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, key: "body_too_large", field: "body" },
  FST_REQ_FILE_TOO_LARGE: { status: 413, key: "body_too_large", field: "body" },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, key: "invalid_json", field: "body" },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, key: "invalid_json", field: "body" },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, key: "unsupported_media_type", field: "body" },
};

/** The message of an error Fastify or a plugin answered itself, by its status. */
const STATUS_KEYS: Record<number, MessageKey> = {
  404: "route_not_found",
  405: "method_not_allowed",
  406: "not_acceptable",
  413: "body_too_large",
  414: "uri_too_long",
  415: "unsupported_media_type",
};

const statusKey = (status: number): MessageKey => STATUS_KEYS[status] ?? "bad_request";

/** Each invalid field once, the first issue about it, as the form shows it under the field. */
function fieldsOf(issues: ValidationIssue[], context: string, locale: ReturnType<typeof localeOf>) {
  const fields = new Map<string, string>();
  for (const issue of issues) {
    const field = issue.instancePath.replace(/^\//, "").replaceAll("/", ".") || context;
    if (!fields.has(field)) fields.set(field, issueMessage(issue, locale));
  }
  return [...fields].map(([field, message]) => ({ field, message }));
}

/**
 * Errors the router meets before any hook runs (a malformed or over-long URL): Fastify's `frameworkErrors`
 * option, so that they too answer in our shape.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const known = err.code ? FRAMEWORK_CODES[err.code] : undefined;
  const status = known?.status ?? err.statusCode ?? 400;
  const key = known?.key ?? statusKey(status);
  reply.status(status).send(body(key, formatMessage(key, localeOf(req))));
}

/**
 * Every error leaves the server through here, as `{error: {code, message, field?}}` in the caller's language.
 * A validation error lists every invalid field in `fields`. With `appPages`, a GET for a page of the
 * single-page app (no file extension, not the API) gets its index.html, while a missing script or image
 * stays a 404 rather than turning into HTML.
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
      const fields = fieldsOf(
        err.validation as unknown as ValidationIssue[],
        err.validationContext ?? "body",
        locale,
      );
      const [{ field, message: detail }] = fields;
      return reply
        .status(400)
        .send(
          body("invalid", formatMessage("invalid", locale, { field, detail }), field, { detail }, fields),
        );
    }
    if (err.code?.startsWith("FST_CSRF")) {
      return reply.status(403).send(body("auth.csrf", formatMessage("auth.csrf", locale)));
    }
    const known = err.code ? FRAMEWORK_CODES[err.code] : undefined;
    const status = known?.status ?? err.statusCode ?? 500;
    if (status < 500) {
      const key = known?.key ?? statusKey(status);
      return reply.status(status).send(body(key, formatMessage(key, locale), known?.field));
    }
    req.log.error({ err }, "request failed");
    return reply.status(500).send(body("internal", formatMessage("internal", locale)));
  });

  app.setNotFoundHandler((req, reply) => {
    const page = req.method === "GET" && !req.url.startsWith("/api/") && !/\.[a-z0-9]+(\?|$)/i.test(req.url);
    if (appPages && page) return reply.sendFile("index.html");
    const locale = localeOf(req);
    // Another method on this very path (not the web app's catch-all file route) makes it a 405.
    const path = req.url.split("?")[0];
    const allowed = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((method) => {
      const route = method !== req.method && app.findRoute({ method: method as "GET", url: path });
      return route && !("*" in route.params);
    });
    if (allowed.length) {
      reply.header("allow", allowed.join(", "));
      return reply.status(405).send(body("method_not_allowed", formatMessage("method_not_allowed", locale)));
    }
    return reply.status(404).send(body("route_not_found", formatMessage("route_not_found", locale)));
  });

  // Plugins that answer an error themselves (the event stream's 406, say) use Fastify's default shape,
  // {statusCode, error, message}: rewritten here into ours.
  app.addHook("onSend", async (req, reply, payload) => {
    if (reply.statusCode < 400 || typeof payload !== "string" || !payload.startsWith('{"statusCode"'))
      return payload;
    const key = statusKey(reply.statusCode);
    return JSON.stringify(body(key, formatMessage(key, localeOf(req))));
  });
}
