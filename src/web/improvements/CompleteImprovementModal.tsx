import { Alert, Form, Input, Modal, Typography } from "antd";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { usePlausibilityRules } from "../common/plausibility.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Improvement, useCompleteImprovement } from "./api.ts";

/** Closing an improvement asks what was changed, so that the next review can find it. */
export function CompleteImprovementModal({ item, onClose }: { item: Improvement; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ outcome: string }>();
  const onError = useFormErrorHandler(form);
  const plausible = usePlausibilityRules();
  const done = useCompleteImprovement();
  return (
    <Modal
      open
      title={t("imp.completeTitle")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: done.isPending }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{item.what}</Typography.Paragraph>
      {item.area !== "training" && item.versions.length === 0 && (
        // A change to the words, the playbook or a procedure is best traced to the version that made it.
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t("imp.noVersion")} />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => done.mutate({ id: item.id, outcome: v.outcome }, { onSuccess: onClose, onError })}
      >
        <Form.Item
          name="outcome"
          label={t("imp.outcome")}
          rules={[{ required: true, whitespace: true, message: t("cp.required") }, plausible.described()]}
        >
          <Input.TextArea rows={3} maxLength={1000} placeholder={t("imp.outcomePlaceholder")} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
