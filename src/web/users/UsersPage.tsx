import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Result, Table, type TableColumnsType, Typography } from "antd";
import { useState } from "react";
import type { Role } from "../../domain/auth/roles.ts";
import type { User } from "../../domain/users/schema.ts";
import { useCan } from "../auth/current-user.tsx";
import { LoadMore } from "../common/LoadMore.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { roleLabel } from "../i18n/labels.ts";
import { type UserFilter, useUsers } from "./api.ts";
import { ResetPasswordModal } from "./ResetPasswordModal.tsx";
import { UserActions } from "./UserActions.tsx";
import { UserDrawer } from "./UserDrawer.tsx";
import { UserFilters } from "./UserFilters.tsx";
import { UserStatusTag } from "./UserStatusTag.tsx";

export function UsersPage() {
  const { t, locale } = useI18n();
  const canManage = useCan()("users.manage");
  const [filter, setFilter] = useState<UserFilter>({});
  const users = useUsers(filter);
  // undefined: drawer closed; null: a new user.
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const [resetting, setResetting] = useState<User | null>(null);

  const columns: TableColumnsType<User> = [
    { title: t("users.username"), dataIndex: "username", key: "username" },
    { title: t("users.displayName"), dataIndex: "displayName", key: "displayName" },
    {
      title: t("users.role"),
      dataIndex: "role",
      key: "role",
      render: (role: Role) => roleLabel(role, locale),
    },
    {
      title: t("users.unit"),
      key: "unit",
      render: (_, u) => (
        <>
          {u.orgUnitName} <Typography.Text type="secondary">{u.orgUnitCode}</Typography.Text>
        </>
      ),
    },
    { title: t("users.status"), key: "status", render: (_, u) => <UserStatusTag user={u} /> },
    { title: t("users.createdAt"), dataIndex: "createdAt", key: "createdAt", render: formatTime },
  ];
  if (canManage) {
    columns.push({
      title: t("common.actions"),
      key: "actions",
      render: (_, u) => <UserActions user={u} onEdit={setEditing} onResetPassword={setResetting} />,
    });
  }

  const rows = users.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader
        title={t("users.title")}
        subtitle={t("users.subtitle")}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t("users.create")}
            </Button>
          )
        }
      />
      <Card>
        <UserFilters value={filter} onChange={setFilter} />
        {users.isError ? (
          <Result status="error" title={t("common.loadFailed")} subTitle={users.error.message} />
        ) : (
          <Table<User>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={users.isPending}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty description={t("users.empty")}>{t("users.emptyHint")}</Empty> }}
          />
        )}
        <LoadMore
          count={rows.length}
          hasMore={users.hasNextPage}
          loading={users.isFetchingNextPage}
          onLoad={() => users.fetchNextPage()}
        />
      </Card>
      {editing !== undefined && <UserDrawer user={editing} onClose={() => setEditing(undefined)} />}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
