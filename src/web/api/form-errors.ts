import { App, type FormInstance } from "antd";
import { useCallback } from "react";
import { isApiError } from "./client.ts";

type NamePath = (string | number)[];

/**
 * Where a failed submission's errors go: each invalid field the form shows is marked under the field itself
 * (every one a validation error lists, not only the first); what names no field of the form is a message for
 * the top of the page.
 */
export function placeErrors(
  error: unknown,
  values: unknown,
): { fields: { name: NamePath; errors: string[] }[]; message: string | null } {
  const text = error instanceof Error ? error.message : String(error);
  if (!isApiError(error) || !error.field) return { fields: [], message: text };
  const listed = error.fields.length ? error.fields : [{ field: error.field, message: error.detail ?? text }];
  const fields = [];
  const elsewhere = [];
  for (const { field, message } of listed) {
    const name = mountedField(values, field);
    if (name) fields.push({ name, errors: [message] });
    else elsewhere.push(field === error.field ? text : `${field}: ${message}`);
  }
  return { fields, message: elsewhere.length ? elsewhere.join("; ") : null };
}

/** A handler for a failed form submission, placing its errors with placeErrors. */
export function useFormErrorHandler(form: FormInstance): (error: unknown) => void {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      const placed = placeErrors(error, form.getFieldsValue());
      if (placed.fields.length) form.setFields(placed.fields);
      if (placed.message) message.error(placed.message);
    },
    [form, message],
  );
}

/**
 * The form's name path for a server field such as `complainant.agent.name` or `representatives.1.name`, or
 * null when the form has no such field mounted. getFieldsValue() holds every mounted field, with or without
 * a value, nested as the names are.
 */
function mountedField(values: unknown, field: string): NamePath | null {
  const path = field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  let node: unknown = values;
  for (const part of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return null;
    node = (node as Record<string | number, unknown>)[part];
  }
  return path;
}
