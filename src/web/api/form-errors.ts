import { App, type FormInstance } from "antd";
import { useCallback } from "react";
import { isApiError } from "./client.ts";

/**
 * A handler for a failed form submission: an error that names a field of the form is shown under that field,
 * anything else as a message at the top of the page.
 */
export function useFormErrorHandler(form: FormInstance): (error: unknown) => void {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      const name = isApiError(error) && error.field ? mountedField(form, error.field) : null;
      if (name) form.setFields([{ name, errors: [isApiError(error) ? (error.detail ?? text) : text] }]);
      else message.error(text);
    },
    [form, message],
  );
}

/**
 * The form's name path for a server field such as `complainant.agent.name` or `representatives.1.name`, or
 * null when the form has no such field mounted. getFieldsValue() holds every mounted field, with or without
 * a value, nested as the names are.
 */
function mountedField(form: FormInstance, field: string): (string | number)[] | null {
  const path = field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  let node: unknown = form.getFieldsValue();
  for (const part of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return null;
    node = (node as Record<string | number, unknown>)[part];
  }
  return path;
}
