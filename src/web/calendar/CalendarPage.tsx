import { DeleteOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
} from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import type { CalendarDayKind } from "../../domain/calendar/business-calendar.ts";
import type { ListedCalendarDay } from "../../domain/calendar/schema.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useCalendarDays, useClearCalendarDay, useSetCalendarDay } from "./api.ts";

/**
 * The business calendar: the official public holidays and make-up working days (调休) per year, as the
 * installed `chinese-days` package lists them, and the days administrators set over them. Weekends need no
 * entry.
 */
export function CalendarPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear());
  const days = useCalendarDays(year);
  const set = useSetCalendarDay();
  const clear = useClearCalendarDay();
  const [form] = Form.useForm<{ date: Dayjs; kind: CalendarDayKind; name: string }>();
  const onError = useFormErrorHandler(form);
  const kindLabel = (k: CalendarDayKind) => (k === "holiday" ? t("cal.holiday") : t("cal.workday"));

  return (
    <div style={{ maxWidth: 800 }}>
      <PageHeader title={t("cal.title")} subtitle={t("cal.subtitle")} />
      <Alert type="info" showIcon title={t("cal.hint")} style={{ marginBottom: 16 }} />
      <Card style={{ marginBottom: 16 }}>
        <Form
          form={form}
          layout="inline"
          initialValues={{ kind: "holiday" }}
          onFinish={({ date, ...rest }) =>
            set.mutate(
              { date: date.format("YYYY-MM-DD"), ...rest },
              { onSuccess: () => message.success(t("common.saved")), onError },
            )
          }
        >
          <Form.Item name="date" rules={[{ required: true }]}>
            <DatePicker placeholder={t("cal.date")} />
          </Form.Item>
          <Form.Item name="kind">
            <Select
              style={{ width: 140 }}
              options={(["holiday", "workday"] as const).map((k) => ({ value: k, label: kindLabel(k) }))}
            />
          </Form.Item>
          <Form.Item name="name" rules={[{ required: true, whitespace: true }]}>
            <Input placeholder={t("cal.name")} maxLength={40} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={set.isPending}>
            {t("common.save")}
          </Button>
        </Form>
      </Card>
      <Card
        title={
          <Space>
            {t("cal.year")}
            <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          </Space>
        }
      >
        <Table<ListedCalendarDay>
          rowKey="date"
          size="small"
          pagination={false}
          loading={days.isPending}
          dataSource={days.data ?? []}
          columns={[
            { title: t("cal.date"), dataIndex: "date" },
            {
              title: t("cal.kind"),
              key: "kind",
              render: (_, d) => <Tag color={d.kind === "holiday" ? "red" : "blue"}>{kindLabel(d.kind)}</Tag>,
            },
            { title: t("cal.name"), dataIndex: "name" },
            {
              title: t("cal.source"),
              key: "source",
              render: (_, d) => (
                <Tag color={d.source === "official" ? "default" : "gold"}>{t(`cal.source.${d.source}`)}</Tag>
              ),
            },
            {
              title: t("common.actions"),
              key: "a",
              // An official day cannot be deleted, only overridden; clearing an override brings it back.
              render: (_, d) =>
                d.source === "admin" && (
                  <Button
                    size="small"
                    icon={<DeleteOutlined />}
                    onClick={() => clear.mutate(d.date)}
                    aria-label={`${t("cal.clear")} ${d.date}`}
                    title={t("cal.clear")}
                  />
                ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
