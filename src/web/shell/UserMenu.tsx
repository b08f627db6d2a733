import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Avatar, Dropdown, Flex, Typography, theme } from "antd";
import { useState } from "react";
import { useLogout } from "../auth/api.ts";
import { ChangePasswordModal } from "../auth/ChangePasswordModal.tsx";
import { useCurrentUser } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { roleLabel } from "../i18n/labels.ts";

/** Who is signed in (name, role, unit) and what they can do with their own account. */
export function UserMenu({ compact }: { compact: boolean }) {
  const { t, locale } = useI18n();
  const { token } = theme.useToken();
  const me = useCurrentUser();
  const logout = useLogout();
  const [changing, setChanging] = useState(false);
  const role = roleLabel(me.role, locale);

  return (
    <>
      <Dropdown
        trigger={["click"]}
        menu={{
          items: [
            ...(compact
              ? [
                  {
                    key: "who",
                    type: "group" as const,
                    label: `${me.displayName} · ${role} · ${me.orgUnit.name}`,
                  },
                ]
              : []),
            { key: "password", icon: <KeyOutlined />, label: t("user.changePassword") },
            { type: "divider" },
            { key: "logout", icon: <LogoutOutlined />, label: t("user.logout"), danger: true },
          ],
          onClick: ({ key }) => (key === "logout" ? logout.mutate() : setChanging(true)),
        }}
      >
        <Flex
          align="center"
          gap={8}
          style={{ cursor: "pointer", minWidth: 0 }}
          data-testid="user-menu"
          role="button"
        >
          <Avatar style={{ background: token.colorPrimary, flex: "none" }} icon={<UserOutlined />} />
          {!compact && (
            <Flex vertical style={{ lineHeight: 1.3, minWidth: 0 }}>
              <Typography.Text strong ellipsis>
                {me.displayName}
              </Typography.Text>
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                {role} · {me.orgUnit.name}
              </Typography.Text>
            </Flex>
          )}
          <DownOutlined style={{ fontSize: 10 }} />
        </Flex>
      </Dropdown>
      {changing && <ChangePasswordModal onClose={() => setChanging(false)} />}
    </>
  );
}
