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
      // getFieldsValue() lists the fields mounted in the form, with or without a value.
      if (isApiError(error) && error.field && Object.hasOwn(form.getFieldsValue(), error.field)) {
        form.setFields([{ name: error.field, errors: [error.detail ?? text] }]);
        return;
      }
      message.error(text);
    },
    [form, message],
  );
}
