import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Modal, Space, Spin, Table, Tabs, TreeSelect } from "antd";
import { useState } from "react";
import { AXES, type Axis, type CategoryEntry } from "../../domain/complaints/classification.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useCategories, useSetCategory } from "./api.ts";
import { categoryTree } from "./labels.ts";

const AXIS_LABEL = {
  channel: "cmp.channel",
  business_category: "cmp.businessCategory",
  cause: "cmp.cause",
} as const;

interface Row extends CategoryEntry {
  children?: Row[];
}

/** What the modal edits: an existing entry (code fixed) or a new one under `parentCode`. */
type Editing = { axis: Axis; entry?: CategoryEntry; parentCode: string | null };

const rowsOf = (entries: readonly CategoryEntry[], axis: Axis, parent: string | null): Row[] =>
  entries
    .filter((e) => e.axis === axis && e.parentCode === parent)
    .map((e) => {
      const children = rowsOf(entries, axis, e.code);
      return children.length ? { ...e, children } : e;
    });

/** A free code for a new entry: the parent's code and the next two digits, or the next top-level pair. */
function nextCode(entries: readonly CategoryEntry[], axis: Axis, parent: string | null): string {
  const siblings = entries
    .filter((e) => e.axis === axis && e.parentCode === parent)
    .map((e) => Number(e.code.slice(-2)))
    .filter((n) => n < 99);
  const next = String(Math.max(0, ...siblings) + 1).padStart(2, "0");
  return `${parent ?? ""}${next}`;
}

/** The three JR/T 0169 trees, editable by administrators: rename, move, add. */
export function CategoriesPage() {
  const { t } = useI18n();
  const cats = useCategories();
  const [editing, setEditing] = useState<Editing | null>(null);
  const entries = cats.data ?? [];

  const table = (axis: Axis) => (
    <Table<Row>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={rowsOf(entries, axis, null)}
      expandable={{ defaultExpandAllRows: true }}
      columns={[
        { title: t("cmp.cats.label"), dataIndex: "label" },
        { title: t("cmp.cats.code"), dataIndex: "code", width: 120 },
        {
          title: t("common.actions"),
          key: "a",
          width: 220,
          render: (_, e) => (
            <Space>
              <Button
                size="small"
                icon={<EditOutlined />}
                onClick={() => setEditing({ axis, entry: e, parentCode: e.parentCode })}
              >
                {t("cmp.cats.rename")}
              </Button>
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => setEditing({ axis, parentCode: e.code })}
              >
                {t("cmp.cats.addChild")}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );

  return (
    <div style={{ maxWidth: 960 }}>
      <PageHeader title={t("cmp.cats.title")} subtitle={t("cmp.cats.subtitle")} />
      <Alert type="info" showIcon title={t("cmp.cats.hint")} style={{ marginBottom: 16 }} />
      <Card>
        <Tabs
          items={AXES.map((axis) => ({
            key: axis,
            label: t(AXIS_LABEL[axis]),
            children: (
              <>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  style={{ marginBottom: 12 }}
                  onClick={() => setEditing({ axis, parentCode: null })}
                >
                  {t("cmp.cats.add")}
                </Button>
                {/* Mounted once the entries are in, so that every row starts expanded. */}
                {cats.data ? table(axis) : <Spin />}
              </>
            ),
          }))}
        />
      </Card>
      {editing && <EntryModal editing={editing} entries={entries} onClose={() => setEditing(null)} />}
    </div>
  );
}

function EntryModal({
  editing,
  entries,
  onClose,
}: {
  editing: Editing;
  entries: readonly CategoryEntry[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ code: string; label: string; parentCode?: string | null }>();
  const save = useSetCategory();
  const onError = useFormErrorHandler(form);
  const { axis, entry, parentCode } = editing;
  const submit = (v: { code: string; label: string; parentCode?: string | null }) =>
    save.mutate(
      { axis, code: entry?.code ?? v.code, label: v.label, parentCode: v.parentCode ?? null },
      { onSuccess: onClose, onError },
    );
  return (
    <Modal
      open
      title={entry ? t("cmp.cats.editTitle", { code: entry.code }) : t("cmp.cats.add")}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          code: entry?.code ?? nextCode(entries, axis, parentCode),
          label: entry?.label,
          parentCode,
        }}
      >
        <Form.Item
          name="code"
          label={t("cmp.cats.code")}
          rules={[
            { required: true, pattern: /^\d{2,8}$/, message: t("cmp.cats.codeFormat") },
            {
              // The server's PUT adds or replaces, so a new entry must not land on a code in use.
              validator: async (_, code: string) => {
                const taken = !entry && entries.find((e) => e.axis === axis && e.code === code);
                if (taken) throw new Error(t("cmp.cats.codeTaken", { label: taken.label }));
              },
            },
          ]}
        >
          <Input disabled={Boolean(entry)} maxLength={8} inputMode="numeric" />
        </Form.Item>
        <Form.Item
          name="label"
          label={t("cmp.cats.label")}
          rules={[{ required: true, whitespace: true, message: t("cmp.required") }]}
        >
          <Input maxLength={60} autoFocus />
        </Form.Item>
        <Form.Item name="parentCode" label={t("cmp.cats.parent")}>
          <TreeSelect
            allowClear
            placeholder={t("cmp.cats.top")}
            treeDefaultExpandAll
            treeData={categoryTree(
              entries.filter((e) => e.code !== entry?.code),
              axis,
            )}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
