import { Alert, App, Button, Card, Collapse, Form, Input, InputNumber, Select } from "antd";
import { useNavigate } from "react-router";
import type { ReportBody } from "../../domain/counter-exceptions/schema.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { IdDocumentFields } from "../common/IdDocumentFields.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { usePlausibilityRules } from "../common/plausibility.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useExceptionTypes, useGuidance, useReportException } from "./api.ts";
import { GuidanceNote } from "./GuidanceNote.tsx";
import { typeOptions } from "./labels.ts";

/**
 * Steps 1–2 at the counter, on a phone or the counter PC: type and what happened are required, everything
 * else is optional, so registering takes well under a minute.
 */
export function ReportPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ReportBody>();
  const types = useExceptionTypes();
  const report = useReportException();
  const onError = useFormErrorHandler(form);
  const plausible = usePlausibilityRules();
  const type = Form.useWatch("type", form);
  const guidanceByType = useGuidance();
  const guidance = type ? guidanceByType.data?.get(type) : undefined;

  const submit = (values: ReportBody) =>
    report.mutate(values, {
      onSuccess: (created) => {
        message.success(t("cex.reported", { ref: created.ref }));
        navigate(`/counter-exceptions/${created.id}`);
      },
      onError,
    });

  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t("cex.reportTitle")} />
      <Alert type="info" showIcon title={t("cex.reportHint")} style={{ marginBottom: 16 }} />
      <Card>
        <Form<ReportBody> form={form} name="cex-report" layout="vertical" onFinish={submit} requiredMark>
          <Form.Item
            name="type"
            label={t("cex.type")}
            rules={[{ required: true, message: t("cex.typeRequired") }]}
          >
            <Select
              options={typeOptions(types.data ?? [], locale, true)}
              loading={types.isPending}
              showSearch={{ optionFilterProp: "label" }}
            />
          </Form.Item>
          {guidance && <GuidanceNote guidance={guidance} steps={["identify", "report"]} />}
          <Form.Item
            name="description"
            label={t("cex.description")}
            rules={[
              { required: true, whitespace: true, message: t("cex.descriptionRequired") },
              plausible.described(),
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} placeholder={t("cex.descriptionPlaceholder")} />
          </Form.Item>
          <Form.Item name="transactionRef" label={t("cex.transactionRef")}>
            <Input maxLength={60} autoComplete="off" />
          </Form.Item>
          <Form.Item name="amount" label={t("cex.amount")}>
            <InputNumber<number>
              min={0}
              precision={2}
              step={100}
              style={{ width: "100%" }}
              inputMode="decimal"
            />
          </Form.Item>
          <Form.Item name="immediateAction" label={t("cex.immediateAction")}>
            <Input.TextArea rows={2} maxLength={1000} placeholder={t("cex.immediateActionPlaceholder")} />
          </Form.Item>
          <Collapse
            size="small"
            style={{ marginBottom: 24 }}
            items={[
              {
                key: "customer",
                label: `${t("cex.customer")} · ${t("cex.customerHint")}`,
                forceRender: true,
                children: (
                  <>
                    <Form.Item name={["customer", "name"]} label={t("cex.customerName")}>
                      <Input maxLength={60} autoComplete="off" />
                    </Form.Item>
                    <Form.Item name={["customer", "phone"]} label={t("cex.customerPhone")}>
                      <Input maxLength={30} inputMode="tel" autoComplete="off" />
                    </Form.Item>
                    <IdDocumentFields prefix={["customer"]} label={t("cex.customerIdNumber")} />
                    <Form.Item
                      name={["customer", "accountNo"]}
                      label={t("cex.customerAccountNo")}
                      style={{ marginBottom: 0 }}
                    >
                      <Input maxLength={40} inputMode="numeric" autoComplete="off" />
                    </Form.Item>
                  </>
                ),
              },
            ]}
          />
          <Button type="primary" htmlType="submit" block size="large" loading={report.isPending}>
            {t("cex.submit")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
