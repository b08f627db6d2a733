import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Form, Input, Modal, Switch, Table } from "antd";
import { useState } from "react";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type ExceptionType, useCreateType, useExceptionTypes, useUpdateType } from "./api.ts";

type Values = { code: string; labelZh: string; labelEn: string };

/** The exception types: add, rename, disable. The code stays, so registered exceptions keep their type. */
export function TypesCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const types = useExceptionTypes();
  const update = useUpdateType();
  // null: closed; "new": adding; a type: renaming it.
  const [editing, setEditing] = useState<ExceptionType | "new" | null>(null);
  return (
    <Card
      title={t("cex.types.title")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
          {t("cex.types.add")}
        </Button>
      }
    >
      <Alert type="info" showIcon title={t("cex.types.hint")} style={{ marginBottom: 12 }} />
      <Table<ExceptionType>
        rowKey="code"
        size="small"
        pagination={false}
        scroll={{ x: "max-content" }}
        loading={types.isPending}
        dataSource={types.data ?? []}
        columns={[
          { title: t("cex.types.labelZh"), dataIndex: "labelZh" },
          { title: t("cex.types.labelEn"), dataIndex: "labelEn" },
          { title: t("cex.types.code"), dataIndex: "code" },
          {
            title: t("cex.types.enabled"),
            key: "enabled",
            render: (_, ty) => (
              <Switch
                checked={!ty.disabled}
                aria-label={`${t("cex.types.enabled")} ${ty.labelZh}`}
                loading={update.isPending && update.variables?.code === ty.code}
                onChange={(on) =>
                  update.mutate(
                    { code: ty.code, disabled: !on },
                    { onError: (e) => message.error(e.message) },
                  )
                }
              />
            ),
          },
          {
            title: t("common.actions"),
            key: "a",
            render: (_, ty) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(ty)}>
                {t("cex.types.rename")}
              </Button>
            ),
          },
        ]}
      />
      {editing && <TypeModal editing={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function TypeModal({ editing, onClose }: { editing: ExceptionType | "new"; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const create = useCreateType();
  const update = useUpdateType();
  const onError = useFormErrorHandler(form);
  const isNew = editing === "new";
  const submit = (v: Values) =>
    isNew
      ? create.mutate(v, { onSuccess: onClose, onError })
      : update.mutate(
          { code: editing.code, labelZh: v.labelZh, labelEn: v.labelEn },
          { onSuccess: onClose, onError },
        );
  const required = [{ required: true, whitespace: true }];
  return (
    <Modal
      open
      title={isNew ? t("cex.types.add") : t("cex.types.renameTitle", { code: editing.code })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={isNew ? {} : editing}>
        {isNew && (
          <Form.Item
            name="code"
            label={t("cex.types.code")}
            rules={[
              { required: true, pattern: /^[a-z][a-z0-9_]{1,39}$/, message: t("cex.types.codeFormat") },
            ]}
          >
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="labelZh" label={t("cex.types.labelZh")} rules={required}>
          <Input maxLength={40} autoFocus={!isNew} />
        </Form.Item>
        <Form.Item name="labelEn" label={t("cex.types.labelEn")} rules={required}>
          <Input maxLength={80} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
