import { AutoComplete, Button, Col, DatePicker, Flex, Form, Input, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { ACTION_FAMILIES, ENTITY_TYPES, KNOWN_ACTIONS } from "./actions.ts";
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
  const { t } = useI18n();
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
      options: ACTION_FAMILIES.map((f) => ({ value: f, label: `${t(`audit.family.${f}`)} · ${f}` })),
    },
    {
      label: t("audit.exactActions"),
      options: KNOWN_ACTIONS.map((a) => ({ value: a, label: `${t(`action.${a}`)} · ${a}` })),
    },
  ];

  return (
    <Form<Values> form={form} name="audit-filter" layout="vertical" onFinish={submit}>
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="action" label={t("audit.filter.action")}>
            <AutoComplete
              allowClear
              options={actionOptions}
              placeholder={t("audit.filter.actionPlaceholder")}
              showSearch={{
                filterOption: (input, option) =>
                  String(option?.label ?? "")
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
              options={ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entityType.${type}`) }))}
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
