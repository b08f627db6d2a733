import { PlusOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Select,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
} from "antd";
import { useState } from "react";
import {
  MATERIAL_TYPES,
  RULE_KINDS,
  SEVERITIES,
  SEVERITY_LABELS,
  TEXT_KINDS,
} from "../../domain/compliance/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useCan } from "../auth/current-user.tsx";
import { LoadMore } from "../common/LoadMore.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Rule, useCreateRule, useRules, useUpdateRule } from "./api.ts";
import { SEVERITY_COLORS } from "./FindingsList.tsx";

/** The rule set as data: everyone may read it; administrators add, edit, disable (each change audited). */
export function RulesPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const [q, setQ] = useState("");
  const rules = useRules(q);
  const update = useUpdateRule();
  const [creating, setCreating] = useState(false);
  const rows = rules.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: TableColumnsType<Rule> = [
    { title: t("cp.ruleCode"), dataIndex: "code", key: "code" },
    { title: t("cp.ruleKind"), key: "kind", render: (_, r) => t(`cp.ruleKinds.${r.kind}`) },
    {
      title: t("cp.severity"),
      key: "severity",
      render: (_, r) => <Tag color={SEVERITY_COLORS[r.severity]}>{SEVERITY_LABELS[r.severity][locale]}</Tag>,
    },
    {
      title: t("cp.patterns"),
      key: "patterns",
      render: (_, r) => r.patterns.join(" / "),
      ellipsis: true,
      width: 320,
    },
    { title: t("cp.message"), dataIndex: "message", key: "message", ellipsis: true, width: 260 },
    { title: t("cp.source"), dataIndex: "source", key: "source", ellipsis: true, width: 200 },
    {
      title: t("cp.enabled"),
      key: "enabled",
      render: (_, r) => (
        <Switch
          checked={!r.disabled}
          disabled={!can("rules.manage")}
          onChange={(on) =>
            update.mutate({ id: r.id, disabled: !on }, { onError: (e) => message.error(e.message) })
          }
        />
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t("cp.rulesTitle")}
        subtitle={t("cp.rulesSubtitle")}
        extra={
          can("rules.manage") && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t("cp.addRule")}
            </Button>
          )
        }
      />
      <Card>
        <Input.Search
          allowClear
          placeholder={t("cp.searchRules")}
          onSearch={setQ}
          style={{ maxWidth: 320, marginBottom: 16 }}
        />
        <Table<Rule>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={rules.isFetching && !rules.isFetchingNextPage}
          pagination={false}
          scroll={{ x: "max-content" }}
          size="middle"
        />
        <LoadMore
          count={rows.length}
          hasMore={rules.hasNextPage}
          loading={rules.isFetchingNextPage}
          onLoad={() => rules.fetchNextPage()}
        />
      </Card>
      {creating && <CreateRuleModal onClose={() => setCreating(false)} />}
    </>
  );
}

const lines = (text: string | undefined) =>
  (text ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

function CreateRuleModal({ onClose }: { onClose: () => void }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm();
  const onError = useFormErrorHandler(form);
  const create = useCreateRule();
  return (
    <Modal
      open
      width={720}
      title={t("cp.addRule")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: "banned_claim", severity: "error", appliesTo: ["marketing"] }}
        onFinish={(v) =>
          create.mutate(
            {
              ...v,
              materialTypes: v.materialTypes?.length ? v.materialTypes : null,
              patterns: lines(v.patterns),
              allow: lines(v.allow),
              mentions: lines(v.mentions),
            },
            { onSuccess: onClose, onError },
          )
        }
      >
        <Form.Item
          name="code"
          label={t("cp.ruleCode")}
          rules={[{ required: true, message: t("cp.required") }]}
        >
          <Input placeholder="local.example_rule" />
        </Form.Item>
        <Form.Item name="kind" label={t("cp.ruleKind")}>
          <Select options={RULE_KINDS.map((k) => ({ value: k, label: t(`cp.ruleKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="severity" label={t("cp.severity")}>
          <Select options={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s][locale] }))} />
        </Form.Item>
        <Form.Item name="appliesTo" label={t("cp.appliesTo")}>
          <Select mode="multiple" options={TEXT_KINDS.map((k) => ({ value: k, label: t(`cp.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="materialTypes" label={t("cp.materialTypes")}>
          <Select
            mode="multiple"
            allowClear
            options={MATERIAL_TYPES.map((m) => ({ value: m, label: t(`cp.materialTypes.${m}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="patterns"
          label={t("cp.patterns")}
          extra={t("cp.patternsHint")}
          rules={[{ required: true, message: t("cp.required") }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="allow" label={t("cp.allow")}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="mentions" label={t("cp.mentions")}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="source"
          label={t("cp.source")}
          rules={[{ required: true, message: t("cp.required") }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="message"
          label={t("cp.message")}
          rules={[{ required: true, message: t("cp.required") }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="suggestion"
          label={t("cp.suggestionField")}
          rules={[{ required: true, message: t("cp.required") }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
