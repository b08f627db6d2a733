import { BellOutlined } from "@ant-design/icons";
import { App, Badge, Button, Empty, Flex, Popover, Typography, theme } from "antd";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Notice, useInbox, useMarkAllRead, useMarkRead } from "./api.ts";

/**
 * The bell in the header: unread count (live), the latest notices, each leading to its page. A notice that
 * arrives while the user works also pops up once, so an escalation is not missed.
 */
export function NotificationBell({ compact }: { compact: boolean }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const inbox = useInbox();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const [open, setOpen] = useState(false);
  const newest = useRef<number | null>(null);
  const items = inbox.data?.items ?? [];
  const unread = inbox.data?.unread ?? 0;

  const follow = (n: Notice) => {
    if (!n.read) markRead.mutate(n.id);
    setOpen(false);
    if (n.link) navigate(n.link);
  };

  useEffect(() => {
    if (!inbox.data) return;
    const top = inbox.data.items[0];
    // The first load only sets the mark; later, anything newer and unread pops up.
    if (top && newest.current !== null && top.id > newest.current && !top.read)
      notification.warning({
        key: `notice-${top.id}`,
        title: t("bell.new"),
        description: top.text,
        // Below, not above: a pop-up at the top would cover the bell itself.
        placement: compact ? "bottom" : "bottomRight",
        onClick: () => follow(top),
      });
    newest.current = Math.max(newest.current ?? 0, top?.id ?? 0);
  });

  const list = (
    <Flex vertical style={{ width: compact ? "calc(100vw - 32px)" : 380, maxWidth: 380 }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t("bell.title")}</Typography.Text>
        <Button size="small" type="link" disabled={unread === 0} onClick={() => markAll.mutate()}>
          {t("bell.readAll")}
        </Button>
      </Flex>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("bell.empty")} />
      ) : (
        <Flex vertical style={{ maxHeight: 420, overflow: "auto" }}>
          {items.map((n) => (
            <Flex
              key={n.id}
              vertical
              role="button"
              tabIndex={0}
              data-testid="notice"
              onClick={() => follow(n)}
              onKeyDown={(e) => e.key === "Enter" && follow(n)}
              style={{
                padding: "8px 10px",
                cursor: "pointer",
                borderRadius: 6,
                borderBottom: `1px solid ${token.colorSplit}`,
                background: n.read ? undefined : token.colorPrimaryBg,
              }}
            >
              <Typography.Text strong={!n.read}>{n.text}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTime(n.createdAt)}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Flex>
  );

  return (
    <Popover content={list} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button type="text" aria-label={t("bell.label", { count: unread })} data-testid="bell">
        <Badge count={unread} size="small" offset={[4, -2]}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
