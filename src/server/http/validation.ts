import type { FastifySchemaCompiler } from "fastify";
import { z } from "zod";

/** PostgreSQL refuses NUL in text, and an unpaired surrogate cannot be written as UTF-8 without loss. */
function isStorableText(value: string): boolean {
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

/** The kind of value a client sent, as our messages name it (Zod reports "undefined" when it was not asked for the input). */
function kindOf(input: unknown): string {
  if (input === undefined) return "undefined";
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  // A coerced path or query number that is no number ("abc") arrives as NaN.
  if (Number.isNaN(input)) return "nan";
  return typeof input;
}

/** fastify-type-provider-zod's mark, so its hasZodFastifySchemaValidationErrors recognizes our issues. */
const ZOD_ISSUE = Symbol.for("ZodFastifySchemaValidationError");

/** One invalid field as Fastify carries it in `error.validation`, with the kind of value received. */
export interface ValidationIssue {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  message: string;
  params: Record<string, unknown> & { received: string };
}

function toValidationIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const { path, code, message, input, ...rest } = issue as z.core.$ZodIssue & { input?: unknown };
  const pointer = `/${path.join("/")}`;
  return {
    [ZOD_ISSUE]: true,
    keyword: code,
    instancePath: pointer,
    schemaPath: `#${pointer}/${code}`,
    message,
    // The input itself is not kept: it may be a megabyte, or a password.
    params: { ...rest, received: kindOf(input) },
  } as ValidationIssue;
}

/**
 * Zod validation in the shape of fastify-type-provider-zod's compiler, with two additions: text the database
 * cannot store is refused first, as an ordinary validation error naming the field (PostgreSQL answered 500
 * to a NUL, SQLite stored it), and every issue says what kind of value was received.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema }) => {
  const checked = storable.pipe(schema);
  return (data) => {
    const result = checked.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: result.error.issues.map(toValidationIssue) as never };
  };
};
