import { Alert, App, Button, Card, Checkbox, Col, Form, InputNumber, Row, Select, Skeleton } from "antd";
import { CATEGORIES, CATEGORY_CODES } from "../../domain/incidents/categories.ts";
import type { IncidentPolicy } from "../../domain/incidents/policy.ts";
import { SEVERITIES, SEVERITY_LABELS } from "../../domain/incidents/severity.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { usePolicy, useSavePolicy } from "./api.ts";

/** The administrator's settings for incidents: deadlines by level, base levels, categories offered. */
export function PolicyPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const policy = usePolicy();
  const save = useSavePolicy();
  const [form] = Form.useForm<IncidentPolicy>();
  const onError = useFormErrorHandler(form);
  if (policy.isPending) return <Skeleton active />;
  if (policy.isError) return <Alert type="error" showIcon title={policy.error.message} />;

  const byLevel = (name: "ackMinutes" | "initialReportMinutes") => (
    <Row gutter={12}>
      {SEVERITIES.map((s) => (
        <Col key={s} xs={24} sm={8}>
          <Form.Item name={[name, s]} label={SEVERITY_LABELS[s][locale]} rules={[{ required: true }]}>
            <InputNumber min={1} max={1440} suffix={t("inc.policy.minutes")} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );

  return (
    <div style={{ maxWidth: 900 }}>
      <PageHeader title={t("inc.policy.title")} subtitle={t("inc.policy.subtitle")} />
      <Form<IncidentPolicy>
        form={form}
        layout="vertical"
        name="incident-policy"
        initialValues={policy.data}
        onFinish={(values) =>
          save.mutate(values, { onSuccess: () => message.success(t("common.saved")), onError })
        }
      >
        <Card size="small" title={t("inc.policy.ack")} style={{ marginBottom: 16 }}>
          {byLevel("ackMinutes")}
        </Card>
        <Card size="small" title={t("inc.policy.initialReport")} style={{ marginBottom: 16 }}>
          {byLevel("initialReportMinutes")}
        </Card>
        <Card size="small" title={t("inc.policy.baseLevels")} style={{ marginBottom: 16 }}>
          <Row gutter={12}>
            {CATEGORY_CODES.map((c) => (
              <Col key={c} xs={24} sm={12} lg={8}>
                <Form.Item name={["baseSeverity", c]} label={CATEGORIES[c].label[locale]}>
                  <Select
                    options={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s][locale] }))}
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
        <Card size="small" title={t("inc.policy.disabled")} style={{ marginBottom: 16 }}>
          <Form.Item name="disabledCategories" extra={t("inc.policy.disabledHint")}>
            <Checkbox.Group
              options={CATEGORY_CODES.map((c) => ({ value: c, label: CATEGORIES[c].label[locale] }))}
            />
          </Form.Item>
        </Card>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t("common.save")}
        </Button>
      </Form>
    </div>
  );
}
