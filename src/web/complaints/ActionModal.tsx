import { App, Form, Modal } from "antd";
import type { ReactNode } from "react";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useComplaintAction } from "./api.ts";

export interface ActionSpec {
  /** Below /api/complaints/:id, e.g. "extensions". */
  path: string;
  title: string;
  fields: ReactNode;
  initialValues?: Record<string, unknown>;
  /** Turns form values into the request body (dates into ISO strings, say). */
  toBody?: (values: Record<string, unknown>) => unknown;
  done?: string;
}

/** One modal form for any complaint action; the server's field errors land under their fields. */
export function ActionModal({
  id,
  spec,
  onClose,
}: {
  id: number;
  spec: ActionSpec | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const action = useComplaintAction(id);
  const onError = useFormErrorHandler(form);
  const { message } = App.useApp();
  const submit = (values: Record<string, unknown>) => {
    if (!spec) return;
    action.mutate(
      { path: spec.path, body: spec.toBody ? spec.toBody(values) : values },
      {
        onSuccess: () => {
          if (spec.done) message.success(spec.done);
          form.resetFields();
          onClose();
        },
        onError,
      },
    );
  };
  return (
    <Modal
      open={spec !== null}
      title={spec?.title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={action.isPending}
      destroyOnHidden
    >
      {spec && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={spec.initialValues}
          preserve={false}
        >
          {spec.fields}
        </Form>
      )}
    </Modal>
  );
}
