import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Switch } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useNavigate, useSearchParams } from "react-router";
import type { CreateEventBody } from "../../domain/opinion/schema.ts";
import {
  LEVEL_LABELS,
  PLATFORM_LABELS,
  PLATFORMS,
  TOPIC_LABELS,
  TOPICS,
} from "../../domain/opinion/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { OrgUnitTreeSelect } from "../org/OrgUnitTreeSelect.tsx";
import { useCreateEvent } from "./api.ts";

type Values = Omit<CreateEventBody, "firstSeenAt"> & { firstSeenAt: Dayjs };

/** Discovery (发现): where it was seen and what it says are enough; the rule gives the level. */
export function CreatePage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateEvent();
  const onError = useFormErrorHandler(form);
  // Opened from an incident or complaint page: linked to it, at its unit, with its summary to start from.
  const [params] = useSearchParams();
  const linkRef = params.get("linkRef") ?? undefined;
  const fromUnit = Number(params.get("orgUnitId")) || undefined;
  const submit = (values: Values) =>
    create.mutate(
      { ...values, firstSeenAt: values.firstSeenAt.toISOString(), linkRef },
      {
        onSuccess: (made) => {
          message.success(t("opn.created", { ref: made.ref, level: LEVEL_LABELS[made.level][locale] }));
          navigate(`/opinion/${made.id}`);
        },
        onError,
      },
    );
  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t("opn.createTitle")} />
      <Alert type="info" showIcon title={t("opn.createHint")} style={{ marginBottom: 16 }} />
      <Card>
        <Form<Values>
          form={form}
          name="opinion-create"
          layout="vertical"
          onFinish={submit}
          initialValues={{
            firstSeenAt: dayjs(),
            platform: "weibo",
            summary: params.get("summary") ?? undefined,
            orgUnitId: fromUnit,
          }}
        >
          {linkRef && (
            <Alert type="info" title={`${t("opn.linkedTo")} ${linkRef}`} style={{ marginBottom: 16 }} />
          )}
          <Form.Item name="platform" label={t("opn.platform")} rules={[{ required: true }]}>
            <Select options={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p][locale] }))} />
          </Form.Item>
          <Form.Item name="summary" label={t("opn.summary")} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={500} showCount placeholder={t("opn.summaryPlaceholder")} />
          </Form.Item>
          <Form.Item name="orgUnitId" label={t("opn.unit")}>
            <OrgUnitTreeSelect allowClear />
          </Form.Item>
          <Form.Item name="url" label={t("opn.url")}>
            <Input placeholder="https://" />
          </Form.Item>
          <Form.Item name="author" label={t("opn.author")}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="firstSeenAt" label={t("opn.firstSeenAt")} rules={[{ required: true }]}>
            <DatePicker showTime />
          </Form.Item>
          <Form.Item name="topics" label={t("opn.topics")}>
            <Select
              mode="multiple"
              options={TOPICS.map((p) => ({ value: p, label: TOPIC_LABELS[p][locale] }))}
            />
          </Form.Item>
          <Space wrap>
            {(["views", "shares", "comments", "likes"] as const).map((k) => (
              <Form.Item key={k} name={["reach", k]} label={t(`opn.${k}`)}>
                <InputNumber min={0} precision={0} />
              </Form.Item>
            ))}
          </Space>
          <Form.Item name="capturedText" label={t("opn.capturedText")}>
            <Input.TextArea rows={4} maxLength={10_000} />
          </Form.Item>
          <Form.Item name="drill" label={t("opn.drill")} valuePropName="checked" extra={t("opn.drillHint")}>
            <Switch />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t("opn.submit")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
