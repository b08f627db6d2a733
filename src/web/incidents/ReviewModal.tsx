import { Alert, Form, Input, Modal, Switch } from "antd";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Incident, type ReviewBody, useSubmitReview } from "./api.ts";
import { readDraft, saveDraft } from "./drafts.ts";

/** 复盘: the cause, what helped, what went wrong, what to change, and whether the case library gets it. */
export function ReviewModal({
  incident,
  followUpLeft,
  onClose,
  onReviewed,
}: {
  incident: Incident;
  followUpLeft: number;
  onClose: () => void;
  onReviewed: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ReviewBody>();
  const submit = useSubmitReview(incident.id);
  const onError = useFormErrorHandler(form);
  // What was typed survives the room's re-layout (drafts.ts); it is dropped once the review is saved.
  const key = `review:${incident.id}`;
  return (
    <Modal
      open
      title={t("inc.review.title")}
      okText={followUpLeft === 0 ? t("inc.review.saveAndClose") : t("inc.review.save")}
      confirmLoading={submit.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {followUpLeft > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t("inc.action.followUpLeft", { count: followUpLeft })}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form<ReviewBody>
        form={form}
        layout="vertical"
        name="incident-review"
        initialValues={readDraft(key) ?? incident.review ?? { publish: false }}
        onValuesChange={(_, all) => saveDraft(key, all)}
        onFinish={(values) =>
          submit.mutate(values, {
            onSuccess: () => {
              saveDraft(key, undefined);
              onClose();
              onReviewed();
            },
            onError,
          })
        }
      >
        <Form.Item
          name="cause"
          label={t("inc.review.cause")}
          rules={[{ required: true, min: 2, whitespace: true, message: t("inc.review.causeRequired") }]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="helped" label={t("inc.review.helped")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="wentWrong" label={t("inc.review.wentWrong")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="changes" label={t("inc.review.changes")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="publish"
          label={t("inc.review.publish")}
          valuePropName="checked"
          extra={t("inc.review.publishHint")}
        >
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
