import { App, Form, Input, Modal } from "antd";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useLift, type Warning } from "./api.ts";

/** 解除预警: lifting needs the reason, kept with the warning and in the audit trail. */
export function LiftModal({ warning, onClose }: { warning: Warning; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const lift = useLift(warning.id);
  const onError = useFormErrorHandler(form);
  const submit = ({ reason }: { reason: string }) =>
    lift.mutate(reason, {
      onSuccess: () => {
        message.success(t("warn.lifted"));
        onClose();
      },
      onError,
    });
  return (
    <Modal
      open
      title={t("warn.liftTitle")}
      okText={t("warn.lift")}
      onOk={() => form.submit()}
      confirmLoading={lift.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} name="warning-lift" layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t("warn.liftReason")}
          rules={[{ required: true, whitespace: true, min: 2, message: t("warn.liftReasonRequired") }]}
        >
          <Input.TextArea rows={3} maxLength={500} placeholder={t("warn.liftReasonHint")} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
