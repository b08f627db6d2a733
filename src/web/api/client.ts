import type { Locale } from "../../domain/common/messages.ts";
import { translate } from "../i18n/dictionaries.ts";

/** A failed API call: the server's error code, its message (already in the UI language) and the field at fault. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  /** What is wrong with the field, without its name: what a form shows under the field itself. */
  readonly detail: string | undefined;
  /** Every invalid field of a validation error, each with what is wrong with it; `field` is the first. */
  readonly fields: FieldError[];

  constructor(
    status: number,
    code: string,
    message: string,
    field?: string,
    detail?: string,
    fields: FieldError[] = [],
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
    this.detail = detail;
    this.fields = fields;
  }
}

export interface FieldError {
  field: string;
  message: string;
}

export const isApiError = (error: unknown, code?: string): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
export type QueryParams = Record<string, string | number | null | undefined>;

let locale: Locale = "zh";
let csrfToken: Promise<string> | null = null;

/** The server answers in the language the user reads, so its messages can be shown as they are. */
export function setApiLocale(next: Locale): void {
  locale = next;
}

/** Fetches the anti-forgery token once; later calls share it until the server rejects it. */
export function csrf(): Promise<string> {
  csrfToken ??= request<{ token: string }>("GET", "/api/auth/csrf").then(
    (r) => r.token,
    (error: unknown) => {
      csrfToken = null;
      throw error;
    },
  );
  return csrfToken;
}

export function withQuery(path: string, query: QueryParams = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export const apiGet = <T>(path: string, query?: QueryParams) => request<T>("GET", withQuery(path, query));

export const apiSend = <T = void>(method: Exclude<Method, "GET">, path: string, body?: unknown) =>
  request<T>(method, path, body);

async function request<T>(method: Method, path: string, body?: unknown, retried = false): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": locale === "zh" ? "zh-CN" : "en",
  };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET") headers["x-csrf-token"] = await csrf();
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "network", translate(locale, "error.network"));
  }
  if (response.ok) return (response.status === 204 ? undefined : await response.json()) as T;
  const error = await errorOf(response);
  // The token's cookie may have been dropped (new browser session, cleared cookies): fetch a new one once.
  if (error.code === "auth.csrf" && !retried) {
    csrfToken = null;
    return request(method, path, body, true);
  }
  throw error;
}

async function errorOf(response: Response): Promise<ApiError> {
  const fallback = () =>
    new ApiError(response.status, "http", translate(locale, "error.http", { status: response.status }));
  try {
    const { error } = (await response.json()) as {
      error?: {
        code: string;
        message: string;
        field?: string;
        params?: { detail?: string };
        fields?: FieldError[];
      };
    };
    return error
      ? new ApiError(
          response.status,
          error.code,
          error.message,
          error.field,
          error.params?.detail,
          error.fields,
        )
      : fallback();
  } catch {
    return fallback();
  }
}

/** One page of a keyset-paginated list; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
