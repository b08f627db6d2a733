import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Table, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import {
  MEASURE_LABELS,
  MEASURES,
  type Measure,
  RECORD_KINDS,
  type RecordKind,
} from "../../domain/accountability/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useCan } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useUsers } from "../users/api.ts";
import { type AccountabilityRecord, useCreateRecord, useRecords } from "./api.ts";

/** 奖惩: the caller's own records, and for a manager those of the staff below them. */
export function AccountabilityPage() {
  const { t } = useI18n();
  const can = useCan();
  const records = useRecords();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t("acc.title")}
        subtitle={t("acc.subtitle")}
        extra={
          can("accountability.decide") && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t("acc.new")}
            </Button>
          )
        }
      />
      <Card>
        <Table<AccountabilityRecord>
          rowKey="id"
          loading={records.isPending}
          dataSource={records.data ?? []}
          locale={{ emptyText: t("acc.empty") }}
          scroll={{ x: 900 }}
          columns={[
            { title: t("acc.decidedOn"), dataIndex: "decidedOn" },
            { title: t("acc.person"), render: (_, r) => `${r.user.name} · ${r.user.orgUnitName}` },
            {
              title: t("acc.kind"),
              render: (_, r) => (
                <Tag color={r.kind === "reward" ? "green" : "red"}>{t(`acc.kind.${r.kind}`)}</Tag>
              ),
            },
            { title: t("acc.measure"), dataIndex: "measureLabel" },
            { title: t("acc.reason"), dataIndex: "reason" },
            { title: t("acc.source"), render: (_, r) => r.sourceRef ?? "—" },
            { title: t("acc.decidedBy"), render: (_, r) => r.decidedBy.name },
          ]}
        />
      </Card>
      <NewRecordModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

interface Values {
  userId: number;
  kind: RecordKind;
  measure: Measure;
  reason: string;
  sourceRef?: string;
  amount?: number;
  decidedOn: Dayjs;
}

function NewRecordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const create = useCreateRecord();
  const onError = useFormErrorHandler(form);
  const users = useUsers({});
  const kind: RecordKind = Form.useWatch("kind", form) ?? "reward";
  const people = users.data?.pages.flatMap((p) => p.items) ?? [];
  const submit = (v: Values) =>
    create.mutate(
      { ...v, sourceRef: v.sourceRef || undefined, decidedOn: v.decidedOn.format("YYYY-MM-DD") },
      {
        onSuccess: () => {
          onClose();
          form.resetFields();
        },
        onError,
      },
    );
  return (
    <Modal
      open={open}
      title={t("acc.new")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: "reward", decidedOn: dayjs() }}
      >
        <Form.Item name="userId" label={t("acc.person")} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={people.map((u) => ({ value: u.id, label: `${u.displayName} · ${u.orgUnitName}` }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t("acc.kind")}>
          <Select
            options={RECORD_KINDS.map((k) => ({ value: k, label: t(`acc.kind.${k}`) }))}
            onChange={() => form.setFieldValue("measure", undefined)}
          />
        </Form.Item>
        <Form.Item name="measure" label={t("acc.measure")} rules={[{ required: true }]}>
          <Select options={MEASURES[kind].map((m) => ({ value: m, label: MEASURE_LABELS[m][locale] }))} />
        </Form.Item>
        <Form.Item name="reason" label={t("acc.reason")} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="sourceRef" label={t("acc.source")}>
          <Input placeholder="INC-20261205-0001" />
        </Form.Item>
        <Form.Item name="amount" label={t("acc.amount")}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="decidedOn" label={t("acc.decidedOn")} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
