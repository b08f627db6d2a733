import type { FastifySchemaCompiler } from "fastify";
import { validatorCompiler as zodValidatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

/** PostgreSQL refuses NUL in text, and an unpaired surrogate cannot be written as UTF-8 without loss. */
export function isStorableText(value: string): boolean {
  return !value.includes("\0") && value.isWellFormed();
}

/** The text as it can be written to the audit log: the unstorable characters replaced by U+FFFD. */
export function storableText(value: string): string {
  return value.toWellFormed().replaceAll("\0", "\ufffd");
}

function* unstorablePaths(value: unknown, path: (string | number)[] = []): Generator<(string | number)[]> {
  if (typeof value === "string") {
    if (!isStorableText(value)) yield path;
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* unstorablePaths(item, [...path, i]);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) yield* unstorablePaths(item, [...path, key]);
  }
}

/** Checked before each route's own schema, so every query, path parameter and body is covered at once. */
const storable = z.unknown().superRefine((data, ctx) => {
  for (const path of unstorablePaths(data))
    ctx.addIssue({ code: "custom", path, message: "text.unstorable" });
});

/**
 * The Zod validator compiler of fastify-type-provider-zod, with text the database cannot store refused first
 * as an ordinary validation error naming the field (PostgreSQL answered 500 to a NUL, SQLite stored it).
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) =>
  zodValidatorCompiler({ ...route, schema: storable.pipe(route.schema) });
