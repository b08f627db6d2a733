import { App, Button, Card, Form, InputNumber, Typography } from "antd";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type DeadlinePolicy, useDeadlines, useUpdateDeadlines } from "./api.ts";

/** How many working days verification and handling may take before the sub-branch is told. */
export function DeadlinesCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DeadlinePolicy>();
  const deadlines = useDeadlines();
  const update = useUpdateDeadlines();
  const onError = useFormErrorHandler(form);

  return (
    <Card title={t("cex.deadlines.title")} loading={deadlines.isPending}>
      <Typography.Paragraph type="secondary">{t("cex.deadlines.hint")}</Typography.Paragraph>
      {deadlines.data && (
        <Form<DeadlinePolicy>
          form={form}
          initialValues={deadlines.data}
          name="cex-deadlines"
          layout="inline"
          onFinish={(v) => update.mutate(v, { onSuccess: () => message.success(t("common.saved")), onError })}
        >
          <Form.Item name="verifyWorkingDays" label={t("cex.deadlines.verify")} rules={[{ required: true }]}>
            <InputNumber min={0} max={5} precision={0} />
          </Form.Item>
          <Form.Item name="handleWorkingDays" label={t("cex.deadlines.handle")} rules={[{ required: true }]}>
            <InputNumber min={1} max={30} precision={0} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t("common.save")}
          </Button>
        </Form>
      )}
    </Card>
  );
}
