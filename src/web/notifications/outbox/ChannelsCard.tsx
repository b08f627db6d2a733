import { PlusOutlined, SendOutlined } from "@ant-design/icons";
import { App, Button, Card, Input, Popover, Space, Switch, Table, Tag, Typography } from "antd";
import { useState } from "react";
import type { Channel } from "../../../domain/notifications/schema.ts";
import { CHANNEL_LABELS, isRobot, NOTICE_KIND_LABELS } from "../../../domain/notifications/vocabulary.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { AddChannelModal } from "./AddChannelModal.tsx";
import { useChannels, useSetChannelEnabled, useTestChannel } from "./api.ts";

/** The configured channels, secrets masked, each with a switch and a test message. */
export function ChannelsCard() {
  const { t, locale } = useI18n();
  const channels = useChannels();
  const enable = useSetChannelEnabled();
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title={t("ntf.channels")}
      style={{ marginBottom: 16 }}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t("ntf.addChannel")}
        </Button>
      }
    >
      <Table<Channel>
        rowKey="id"
        size="small"
        pagination={false}
        loading={channels.isPending}
        dataSource={channels.data ?? []}
        scroll={{ x: true }}
        columns={[
          {
            title: t("ntf.kind"),
            key: "kind",
            render: (_, c) => <Tag>{CHANNEL_LABELS[c.kind][locale]}</Tag>,
          },
          { title: t("ntf.unit"), dataIndex: "orgUnitName" },
          { title: t("ntf.name"), dataIndex: "name" },
          {
            title: t("ntf.config"),
            key: "config",
            render: (_, c) => (
              <Typography.Text code style={{ fontSize: 12, wordBreak: "break-all" }}>
                {JSON.stringify(c.config)}
              </Typography.Text>
            ),
          },
          {
            title: t("ntf.noticeKinds"),
            key: "kinds",
            render: (_, c) =>
              !isRobot(c.kind)
                ? t("common.none")
                : c.noticeKinds
                  ? c.noticeKinds.map((k) => <Tag key={k}>{NOTICE_KIND_LABELS[k][locale]}</Tag>)
                  : t("ntf.noticeKindsDefault"),
          },
          { title: t("ntf.rate"), dataIndex: "ratePerMinute" },
          {
            title: t("ntf.enabled"),
            key: "enabled",
            render: (_, c) => (
              <Switch
                checked={c.enabled}
                aria-label={`${t("ntf.enabled")} ${c.name}`}
                onChange={(enabled) => enable.mutate({ id: c.id, enabled })}
              />
            ),
          },
          { title: t("common.actions"), key: "test", render: (_, c) => <TestButton channel={c} /> },
        ]}
      />
      {adding && <AddChannelModal onClose={() => setAdding(false)} />}
    </Card>
  );
}

function TestButton({ channel }: { channel: Channel }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const test = useTestChannel();
  const [address, setAddress] = useState("");
  const send = () =>
    test.mutate(
      { id: channel.id, address: address || undefined },
      {
        onSuccess: (r) =>
          r.ok
            ? message.success(t("ntf.testOk"))
            : message.error(t("ntf.testFailed", { error: r.error ?? "" })),
        onError: (e) => message.error(e.message),
      },
    );
  const button = (
    <Button
      size="small"
      icon={<SendOutlined />}
      loading={test.isPending}
      onClick={isRobot(channel.kind) ? send : undefined}
    >
      {t("ntf.test")}
    </Button>
  );
  if (isRobot(channel.kind)) return button;
  return (
    <Popover
      trigger="click"
      content={
        <Space.Compact>
          <Input
            placeholder={t("ntf.testAddress")}
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            aria-label={t("ntf.testAddress")}
          />
          <Button type="primary" onClick={send} loading={test.isPending} icon={<SendOutlined />} />
        </Space.Compact>
      }
    >
      {button}
    </Popover>
  );
}
