import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import type { z } from "zod";
import type { createRuleBody, createSourceBody } from "../../domain/opinion/schema.ts";
import { WATCH_KINDS } from "../../domain/opinion/vocabulary.ts";
import { useCan } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { OrgUnitTreeSelect } from "../org/OrgUnitTreeSelect.tsx";
import {
  type SourceItem,
  useCreateRule,
  useCreateSource,
  useDisableRule,
  useRevokeSource,
  useSources,
  useWatchRules,
  type WatchRuleItem,
} from "./api.ts";

/** Sources (administrators): feeds with their health, ingest tokens shown once; revoking stops both. */
function SourcesCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const sources = useSources(true);
  const create = useCreateSource();
  const revoke = useRevokeSource();
  const [token, setToken] = useState<string | null>(null);
  const [form] = Form.useForm<z.input<typeof createSourceBody>>();
  const kind = Form.useWatch("kind", form);
  const state = (s: SourceItem) =>
    s.revokedAt ? (
      <Tag>{t("opn.src.revoked")}</Tag>
    ) : s.failures > 0 ? (
      <Tag color="red">{t("opn.src.failing", { failures: s.failures, error: s.lastError ?? "" })}</Tag>
    ) : (
      <Tag color="green">{s.kind === "rss" ? t("opn.src.ok") : t("opn.src.active")}</Tag>
    );
  return (
    <Card title={t("opn.src.title")} style={{ marginBottom: 16 }}>
      {token && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => setToken(null)}
          title={t("opn.src.tokenOnce")}
          description={
            <Typography.Text copyable code>
              {token}
            </Typography.Text>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<SourceItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={sources.data ?? []}
        columns={[
          { title: t("opn.src.name"), dataIndex: "name" },
          { title: t("opn.src.kind"), render: (_, s) => (s.kind === "rss" ? "RSS/Atom" : t("opn.src.api")) },
          { title: t("opn.url"), dataIndex: "url", ellipsis: true },
          { title: t("opn.src.state"), render: (_, s) => state(s) },
          { title: t("opn.src.lastOk"), render: (_, s) => s.lastOkAt && formatTime(s.lastOkAt) },
          {
            title: "",
            render: (_, s) =>
              !s.revokedAt && (
                <Popconfirm title={t("opn.src.revokeConfirm")} onConfirm={() => revoke.mutate(s.id)}>
                  <Button size="small" danger>
                    {t("opn.src.revoke")}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Form
        form={form}
        layout="inline"
        style={{ marginTop: 16 }}
        initialValues={{ kind: "rss" }}
        onFinish={(v) =>
          create.mutate(v, {
            onSuccess: (made) => {
              form.resetFields();
              if (made.token) setToken(made.token);
            },
            onError: (e) => message.error(e.message),
          })
        }
      >
        <Form.Item name="kind">
          <Select
            style={{ width: 140 }}
            options={[
              { value: "rss", label: "RSS/Atom" },
              { value: "api", label: t("opn.src.api") },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" rules={[{ required: true, whitespace: true }]}>
          <Input placeholder={t("opn.src.name")} />
        </Form.Item>
        {kind === "rss" && (
          <>
            <Form.Item name="url" rules={[{ required: true }]}>
              <Input placeholder="https://…/feed.xml" style={{ width: 280 }} />
            </Form.Item>
            <Form.Item name="intervalMinutes">
              <InputNumber min={5} max={1440} placeholder={t("opn.src.interval")} style={{ width: 140 }} />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t("opn.src.add")}
        </Button>
      </Form>
    </Card>
  );
}

/** Watch rules: the bank-wide ones and those of the caller's branch; unit names are watched without a rule. */
function RulesCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const rules = useWatchRules();
  const create = useCreateRule();
  const disable = useDisableRule();
  const [form] = Form.useForm<z.input<typeof createRuleBody>>();
  return (
    <Card title={t("opn.rule.title")}>
      <Typography.Paragraph type="secondary">{t("opn.rule.hint")}</Typography.Paragraph>
      <Table<WatchRuleItem>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={rules.data ?? []}
        columns={[
          { title: t("opn.rule.kind"), render: (_, r) => t(`opn.rule.${r.kind}`) },
          { title: t("opn.rule.phrase"), dataIndex: "phrase" },
          { title: t("opn.unit"), render: (_, r) => r.orgUnit?.name ?? t("opn.rule.bankWide") },
          {
            title: "",
            render: (_, r) =>
              (r.orgUnit || can("opinion.configure")) && (
                <Button
                  size="small"
                  onClick={() => disable.mutate(r.id, { onError: (e) => message.error(e.message) })}
                >
                  {t("opn.rule.disable")}
                </Button>
              ),
          },
        ]}
      />
      <Form
        form={form}
        layout="inline"
        style={{ marginTop: 16 }}
        initialValues={{ kind: "risk_word" }}
        onFinish={(v) =>
          create.mutate(v, { onSuccess: () => form.resetFields(), onError: (e) => message.error(e.message) })
        }
      >
        <Form.Item name="kind">
          <Select
            style={{ width: 120 }}
            options={WATCH_KINDS.map((k) => ({ value: k, label: t(`opn.rule.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="phrase" rules={[{ required: true, whitespace: true }]}>
          <Input placeholder={t("opn.rule.phrase")} />
        </Form.Item>
        <Form.Item name="orgUnitId">
          <OrgUnitTreeSelect allowClear placeholder={t("opn.rule.bankWide")} style={{ width: 220 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t("opn.rule.add")}
        </Button>
      </Form>
    </Card>
  );
}

export function MonitoringPage() {
  const { t } = useI18n();
  const can = useCan();
  return (
    <>
      <PageHeader title={t("opn.monitoringTitle")} subtitle={t("opn.monitoringSubtitle")} />
      {can("opinion.configure") && <SourcesCard />}
      <RulesCard />
    </>
  );
}
