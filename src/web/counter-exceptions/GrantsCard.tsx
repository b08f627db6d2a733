import { DeleteOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Form, Popconfirm, Table } from "antd";
import type { Role } from "../../domain/auth/roles.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { roleLabel } from "../i18n/labels.ts";
import { OrgUnitTreeSelect } from "../org/OrgUnitTreeSelect.tsx";
import { RoleSelect } from "../users/RoleSelect.tsx";
import { useCreateGrant, useDeleteGrant, useVerifierGrants, type VerifierGrant } from "./api.ts";

/** Which roles, besides the outlet head, verify exceptions at a unit and the outlets below it. */
export function GrantsCard() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const grants = useVerifierGrants();
  const create = useCreateGrant();
  const revoke = useDeleteGrant();
  const [form] = Form.useForm<{ role: Role; orgUnitId: number }>();
  const onError = useFormErrorHandler(form);
  return (
    <Card title={t("cex.grants.title")}>
      <Alert type="info" showIcon title={t("cex.grants.hint")} style={{ marginBottom: 12 }} />
      <Form
        form={form}
        layout="inline"
        style={{ marginBottom: 12, rowGap: 8 }}
        onFinish={(v) =>
          create.mutate(v, {
            onSuccess: () => {
              message.success(t("common.saved"));
              form.resetFields();
            },
            onError,
          })
        }
      >
        <Form.Item name="role" label={t("cex.grants.role")} rules={[{ required: true }]}>
          <RoleSelect style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t("cex.grants.unit")} rules={[{ required: true }]}>
          <OrgUnitTreeSelect style={{ width: 260 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t("cex.grants.add")}
        </Button>
      </Form>
      <Table<VerifierGrant>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: "max-content" }}
        loading={grants.isPending}
        dataSource={grants.data ?? []}
        locale={{ emptyText: t("cex.grants.empty") }}
        columns={[
          { title: t("cex.grants.role"), key: "role", render: (_, g) => roleLabel(g.role, locale) },
          { title: t("cex.grants.unit"), dataIndex: "orgUnitName" },
          { title: t("cex.grants.grantedAt"), key: "at", render: (_, g) => formatTime(g.createdAt) },
          {
            title: t("common.actions"),
            key: "a",
            render: (_, g) => (
              <Popconfirm
                title={t("cex.grants.revokeConfirm", {
                  role: roleLabel(g.role, locale),
                  unit: g.orgUnitName,
                })}
                onConfirm={() => revoke.mutateAsync(g.id).catch((e: Error) => message.error(e.message))}
              >
                <Button size="small" danger icon={<DeleteOutlined />}>
                  {t("cex.grants.revoke")}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
