import type { MessageKey } from "../../domain/common/messages.ts";

/** An error meant for the person who made the request: a status, a message key, and the field at fault. */
export class AppError extends Error {
  readonly status: number;
  readonly key: MessageKey;
  readonly params: Record<string, string>;
  readonly field: string | undefined;

  constructor(status: number, key: MessageKey, params: Record<string, string> = {}, field?: string) {
    super(key);
    this.status = status;
    this.key = key;
    this.params = params;
    this.field = field;
  }
}

export const notFound = () => new AppError(404, "not_found");
export const forbidden = () => new AppError(403, "forbidden");
export const unauthorized = () => new AppError(401, "auth.required");
export const invalid = (field: string, key: MessageKey, params: Record<string, string> = {}) =>
  new AppError(400, key, params, field);
export const conflict = (field: string, key: MessageKey, params: Record<string, string> = {}) =>
  new AppError(409, key, params, field);
