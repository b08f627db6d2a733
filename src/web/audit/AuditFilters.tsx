import { Button, Col, DatePicker, Flex, Form, Input, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import { ACTION_FAMILY_LABELS, ACTION_LABELS, ENTITY_TYPE_LABELS } from "../../domain/audit/actions.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { AuditFilter } from "./api.ts";
import { dayRange } from "./dates.ts";

interface Values {
  action?: string;
  actor?: string;
  entityType?: string;
  entityId?: string;
  dates?: [Dayjs, Dayjs] | null;
}

const trimmed = (value?: string) => value?.trim() || undefined;

/** The audit filters; they apply together when the user searches. */
export function AuditFilters({ onChange }: { onChange: (filter: AuditFilter) => void }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();

  const submit = ({ action, actor, entityType, entityId, dates }: Values) =>
    onChange({
      action: trimmed(action),
      actor: trimmed(actor),
      entityType,
      entityId: trimmed(entityId),
      ...(dates && dayRange(dates)),
    });

  const actionOptions = [
    {
      label: t("audit.families"),
      options: Object.entries(ACTION_FAMILY_LABELS).map(([value, name]) => ({
        value,
        label: t("audit.family", { name: name[locale] }),
      })),
    },
    {
      label: t("audit.exactActions"),
      options: Object.entries(ACTION_LABELS).map(([value, name]) => ({ value, label: name[locale] })),
    },
  ];

  return (
    <Form<Values> form={form} name="audit-filter" layout="vertical" onFinish={submit}>
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="action" label={t("audit.filter.action")}>
            <Select
              allowClear
              options={actionOptions}
              placeholder={t("audit.filter.actionPlaceholder")}
              showSearch={{
                // By name or by code: an examiner may know either.
                filterOption: (input, option) =>
                  `${option?.label ?? ""} ${option && "value" in option ? option.value : ""}`
                    .toLowerCase()
                    .includes(input.toLowerCase()),
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="dates" label={t("audit.filter.dates")}>
            <DatePicker.RangePicker style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="actor" label={t("audit.filter.actor")}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="entityType" label={t("audit.filter.entityType")}>
            <Select
              allowClear
              options={Object.entries(ENTITY_TYPE_LABELS).map(([value, name]) => ({
                value,
                label: name[locale],
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="entityId" label={t("audit.filter.entityId")}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item label=" " colon={false}>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit">
                {t("common.search")}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  onChange({});
                }}
              >
                {t("common.reset")}
              </Button>
            </Flex>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
