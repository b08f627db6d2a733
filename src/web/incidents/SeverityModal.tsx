import { Form, Input, Modal, Radio } from "antd";
import { SEVERITIES, SEVERITY_LABELS, type Severity } from "../../domain/incidents/severity.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Incident, useChangeSeverity } from "./api.ts";
import { readDraft, saveDraft } from "./drafts.ts";

/** A new level always comes with a reason; both are on the timeline and in the audit trail. */
export function SeverityModal({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<{ severity: Severity; reason: string }>();
  const change = useChangeSeverity(incident.id);
  const onError = useFormErrorHandler(form);
  // What was typed survives the room's re-layout (drafts.ts); it is dropped once the level is changed.
  const key = `severity:${incident.id}`;
  return (
    <Modal
      open
      title={t("inc.severity.change")}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="incident-severity"
        initialValues={readDraft(key) ?? { severity: incident.severity }}
        onValuesChange={(_, all) => saveDraft(key, all)}
        onFinish={(values) =>
          change.mutate(values, {
            onSuccess: () => {
              saveDraft(key, undefined);
              onClose();
            },
            onError,
          })
        }
      >
        <Form.Item name="severity" label={t("inc.severity")}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s][locale] }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t("inc.severity.reason")}
          rules={[{ required: true, min: 2, whitespace: true, message: t("inc.severity.reasonRequired") }]}
        >
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
