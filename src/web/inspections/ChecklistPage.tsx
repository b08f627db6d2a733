import { PlusOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Result,
  Switch,
  Table,
  type TableColumnsType,
} from "antd";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type ChecklistItem, useChecklist, useCreateChecklistItem, useUpdateChecklistItem } from "./api.ts";

interface NewItem {
  code: string;
  labelZh: string;
  labelEn: string;
}

/** The checklist as data: an administrator renames, reorders, adds and switches off items. */
export function ChecklistPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const items = useChecklist();
  const create = useCreateChecklistItem();
  const update = useUpdateChecklistItem();
  const [form] = Form.useForm<NewItem>();
  const onError = useFormErrorHandler(form);
  const change = (id: number, body: Partial<Omit<ChecklistItem, "id" | "code">>) =>
    update.mutate(
      { id, body },
      { onSuccess: () => message.success(t("insp.saved")), onError: (e) => message.error(e.message) },
    );
  const text = (field: "labelZh" | "labelEn") => (_: unknown, item: ChecklistItem) => (
    <Input
      defaultValue={item[field]}
      aria-label={t(field === "labelZh" ? "insp.labelZh" : "insp.labelEn")}
      onBlur={(e) =>
        e.target.value.trim() &&
        e.target.value !== item[field] &&
        change(item.id, { [field]: e.target.value })
      }
    />
  );
  const columns: TableColumnsType<ChecklistItem> = [
    {
      title: t("insp.position"),
      key: "position",
      width: 100,
      render: (_, item) => (
        <InputNumber
          min={0}
          defaultValue={item.position}
          onBlur={(e) =>
            Number(e.target.value) !== item.position && change(item.id, { position: Number(e.target.value) })
          }
        />
      ),
    },
    { title: t("insp.code"), dataIndex: "code", key: "code" },
    { title: t("insp.labelZh"), key: "zh", render: text("labelZh") },
    { title: t("insp.labelEn"), key: "en", render: text("labelEn") },
    {
      title: t("insp.enabled"),
      key: "enabled",
      render: (_, item) => (
        <Switch checked={item.enabled} onChange={(enabled) => change(item.id, { enabled })} />
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t("insp.checklistTitle")} subtitle={t("insp.checklistSubtitle")} />
      <Card style={{ marginBottom: 16 }}>
        {items.isError ? (
          <Result status="error" title={t("common.loadFailed")} subTitle={items.error.message} />
        ) : (
          <Table<ChecklistItem>
            rowKey="id"
            columns={columns}
            dataSource={items.data}
            loading={items.isPending}
            pagination={false}
            scroll={{ x: "max-content" }}
          />
        )}
      </Card>
      <Card size="small" title={t("insp.addItem")}>
        <Form
          form={form}
          layout="inline"
          onFinish={(values) =>
            create.mutate(values, {
              onSuccess: () => form.resetFields(),
              onError,
            })
          }
        >
          <Form.Item name="code" label={t("insp.code")} rules={[{ required: true }]}>
            <Input placeholder="queue_signage" />
          </Form.Item>
          <Form.Item name="labelZh" label={t("insp.labelZh")} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="labelEn" label={t("insp.labelEn")} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={create.isPending}>
            {t("insp.addItem")}
          </Button>
        </Form>
      </Card>
    </>
  );
}
