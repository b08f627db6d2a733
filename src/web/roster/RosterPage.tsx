import { DeleteOutlined } from "@ant-design/icons";
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, TreeSelect } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { DAY_KINDS, type DayKind } from "../../domain/roster/duty.ts";
import type { Roster } from "../../domain/roster/schema.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useCan, useCurrentUser } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useOrgUnits } from "../org/api.ts";
import { useUsers } from "../users/api.ts";
import { useAddShift, useRemoveShift, useRoster } from "./api.ts";
import { DutyCard } from "./DutyCard.tsx";

type Shift = Roster["shifts"][number];

/** A unit's roster: its staff and the levels above read it; its head, managers above and administrators keep it. */
export function RosterPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const can = useCan();
  const units = useOrgUnits();
  const [unitId, setUnitId] = useState(me.orgUnit.id);
  const roster = useRoster(unitId);
  const remove = useRemoveShift();
  const editable = can("roster.manage");
  const dayLabel = (k: DayKind) => t(`ros.day.${k}`);

  return (
    <div style={{ maxWidth: 900 }}>
      <PageHeader title={t("ros.title")} subtitle={t("ros.subtitle")} />
      <Space style={{ marginBottom: 16 }}>
        {t("ros.unit")}
        <TreeSelect
          showSearch
          style={{ width: 240 }}
          value={unitId}
          treeNodeFilterProp="title"
          treeDataSimpleMode={{ id: "id", pId: "parentId" }}
          treeData={(units.data ?? []).map((u) => ({
            id: u.id,
            parentId: u.parentId,
            value: u.id,
            title: u.name,
          }))}
          onChange={setUnitId}
          aria-label={t("ros.unit")}
        />
      </Space>
      <DutyCard unitId={unitId} />
      {editable && <AddShiftCard unitId={unitId} />}
      <Card>
        <Table<Shift>
          rowKey="id"
          size="small"
          pagination={false}
          loading={roster.isPending}
          dataSource={roster.data?.shifts ?? []}
          columns={[
            { title: t("ros.person"), dataIndex: "userName" },
            {
              title: t("ros.dayKind"),
              key: "k",
              render: (_, s) => (s.date ? `${dayLabel(s.dayKind)} ${s.date}` : dayLabel(s.dayKind)),
            },
            { title: t("ros.start"), dataIndex: "start" },
            { title: t("ros.end"), dataIndex: "end" },
            ...(editable
              ? [
                  {
                    title: t("common.actions"),
                    key: "a",
                    render: (_: unknown, s: Shift) => (
                      <Button
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={`${t("ros.remove")} ${s.userName}`}
                        onClick={() => remove.mutate(s.id)}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </div>
  );
}

function AddShiftCard({ unitId }: { unitId: number }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{
    userId: number;
    dayKind: DayKind;
    date?: Dayjs;
    start: string;
    end: string;
  }>();
  const onError = useFormErrorHandler(form);
  const add = useAddShift(unitId);
  const users = useUsers({ orgUnitId: unitId });
  const dayKind = Form.useWatch("dayKind", form);
  return (
    <Card style={{ marginBottom: 16 }}>
      <Alert type="info" showIcon title={t("ros.overnight")} style={{ marginBottom: 12 }} />
      <Form
        form={form}
        layout="inline"
        initialValues={{ dayKind: "workday", start: "08:00", end: "18:00" }}
        onFinish={({ date, ...v }) =>
          add.mutate(
            { ...v, ...(date && { date: date.format("YYYY-MM-DD") }) },
            { onSuccess: () => form.resetFields(), onError },
          )
        }
      >
        <Form.Item name="userId" rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            style={{ width: 180 }}
            placeholder={t("ros.person")}
            options={(users.data?.pages ?? [])
              .flatMap((p) => p.items)
              .map((u) => ({ value: u.id, label: u.displayName }))}
          />
        </Form.Item>
        <Form.Item name="dayKind">
          <Select
            style={{ width: 190 }}
            options={DAY_KINDS.map((k) => ({ value: k, label: t(`ros.day.${k}`) }))}
          />
        </Form.Item>
        {dayKind === "date" && (
          <Form.Item name="date" rules={[{ required: true }]}>
            <DatePicker placeholder={t("ros.date")} />
          </Form.Item>
        )}
        <Form.Item name="start" rules={[{ required: true }]}>
          <Input style={{ width: 90 }} placeholder={t("ros.start")} aria-label={t("ros.start")} />
        </Form.Item>
        <Form.Item name="end" rules={[{ required: true }]}>
          <Input style={{ width: 90 }} placeholder={t("ros.end")} aria-label={t("ros.end")} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t("ros.add")}
        </Button>
      </Form>
    </Card>
  );
}
