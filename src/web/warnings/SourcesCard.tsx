import { Alert, App, Button, Card, Form, Input, Popconfirm, Space, Table, Typography } from "antd";
import { useState } from "react";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Source, useCreateSource, useRevokeSource, useSources } from "./api.ts";

/** Outside systems that push figures; a new source's token is shown once, then only its hash is kept. */
export function SourcesCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const sources = useSources();
  const create = useCreateSource();
  const revoke = useRevokeSource();
  const [token, setToken] = useState<string | null>(null);
  const [form] = Form.useForm<{ name: string }>();

  return (
    <Card
      title={t("warn.settings.sources")}
      extra={<Typography.Text type="secondary">{t("warn.settings.sourcesHint")}</Typography.Text>}
    >
      <Form
        form={form}
        layout="inline"
        name="warning-source"
        onFinish={({ name }) =>
          create.mutate(name, {
            onSuccess: (s) => {
              setToken(s.token);
              form.resetFields();
            },
            onError: (e) => message.error(e.message),
          })
        }
      >
        <Form.Item name="name" rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input placeholder={t("warn.settings.sourceName")} maxLength={80} style={{ width: 240 }} />
        </Form.Item>
        <Button htmlType="submit" loading={create.isPending}>
          {t("warn.settings.addSource")}
        </Button>
      </Form>
      {token && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          closable
          onClose={() => setToken(null)}
          title={
            <Space wrap>
              {t("warn.settings.tokenOnce")}
              <Typography.Text code copyable>
                {token}
              </Typography.Text>
            </Space>
          }
        />
      )}
      <Table<Source>
        style={{ marginTop: 12 }}
        size="small"
        rowKey="id"
        loading={sources.isPending}
        dataSource={sources.data ?? []}
        pagination={false}
        columns={[
          { title: t("warn.settings.sourceName"), dataIndex: "name" },
          { title: t("warn.settings.createdAt"), dataIndex: "createdAt", render: formatTime },
          {
            title: t("common.actions"),
            render: (_, s) =>
              s.revokedAt ? (
                `${t("warn.settings.revoked")} · ${formatTime(s.revokedAt)}`
              ) : (
                <Popconfirm title={t("warn.settings.revokeConfirm")} onConfirm={() => revoke.mutate(s.id)}>
                  <Button size="small" danger>
                    {t("warn.settings.revoke")}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}
