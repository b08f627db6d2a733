import { RedoOutlined } from "@ant-design/icons";
import { Button, Card, DatePicker, Select, Space, Table, Tag, TreeSelect, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { formatLocalTime } from "../../../domain/common/time.ts";
import type { Delivery } from "../../../domain/notifications/schema.ts";
import {
  CHANNEL_KINDS,
  CHANNEL_LABELS,
  DELIVERY_STATUSES,
  type DeliveryStatus,
} from "../../../domain/notifications/vocabulary.ts";
import { useCurrentUser } from "../../auth/current-user.tsx";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { useOrgUnits } from "../../org/api.ts";
import { useDeliveries, useRetryDelivery } from "./api.ts";

const STATUS_COLORS: Record<DeliveryStatus, string> = {
  pending: "gold",
  sending: "blue",
  sent: "green",
  dead: "red",
};

/** Every delivery, newest first, with its attempts and errors; a failed one can be sent again. */
export function DeliveriesCard() {
  const { t, locale } = useI18n();
  const { timeZone } = useCurrentUser();
  const units = useOrgUnits();
  const [filter, setFilter] = useState<{
    channelKind?: string;
    status?: string;
    orgUnitId?: number;
    range?: [Dayjs, Dayjs] | null;
  }>({});
  const deliveries = useDeliveries({
    channelKind: filter.channelKind,
    status: filter.status,
    orgUnitId: filter.orgUnitId,
    from: filter.range?.[0].startOf("day").toISOString(),
    to: filter.range?.[1].endOf("day").toISOString(),
    limit: 100,
  });
  const retry = useRetryDelivery();
  const when = (iso: string) => formatLocalTime(iso, timeZone);

  return (
    <Card
      title={t("ntf.deliveries")}
      extra={
        <Space wrap>
          <Select
            allowClear
            placeholder={t("ntf.kind")}
            style={{ width: 170 }}
            options={CHANNEL_KINDS.map((k) => ({ value: k, label: CHANNEL_LABELS[k][locale] }))}
            onChange={(channelKind) => setFilter((f) => ({ ...f, channelKind }))}
          />
          <Select
            allowClear
            placeholder={t("ntf.status")}
            style={{ width: 120 }}
            options={DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`ntf.status.${s}`) }))}
            onChange={(status) => setFilter((f) => ({ ...f, status }))}
          />
          <TreeSelect
            allowClear
            showSearch
            placeholder={t("ntf.unit")}
            style={{ width: 180 }}
            treeNodeFilterProp="title"
            treeDataSimpleMode={{ id: "id", pId: "parentId" }}
            treeData={(units.data ?? []).map((u) => ({
              id: u.id,
              parentId: u.parentId,
              value: u.id,
              title: u.name,
            }))}
            onChange={(orgUnitId) => setFilter((f) => ({ ...f, orgUnitId }))}
          />
          <DatePicker.RangePicker
            onChange={(range) => setFilter((f) => ({ ...f, range: range as [Dayjs, Dayjs] | null }))}
          />
        </Space>
      }
    >
      <Table<Delivery>
        rowKey="id"
        size="small"
        loading={deliveries.isPending}
        dataSource={deliveries.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        expandable={{
          rowExpandable: (d) => d.attemptLog.length > 0,
          expandedRowRender: (d) => (
            <Space direction="vertical" size={0}>
              {d.attemptLog.map((a) => (
                <Typography.Text
                  key={a.at + (a.error ?? "")}
                  type={a.outcome === "sent" ? undefined : "danger"}
                >
                  {t("ntf.attemptLog", { at: when(a.at), outcome: a.outcome ?? "…", error: a.error ?? "" })}
                </Typography.Text>
              ))}
            </Space>
          ),
        }}
        columns={[
          { title: t("ntf.createdAt"), key: "at", render: (_, d) => when(d.createdAt) },
          {
            title: t("ntf.kind"),
            key: "kind",
            render: (_, d) => `${CHANNEL_LABELS[d.channelKind][locale]}（${d.channelName}）`,
          },
          { title: t("ntf.unit"), dataIndex: "orgUnitName" },
          { title: t("ntf.recipient"), key: "to", render: (_, d) => d.recipient ?? t("ntf.group") },
          { title: t("ntf.message"), dataIndex: "title" },
          {
            title: t("ntf.status"),
            key: "status",
            render: (_, d) => <Tag color={STATUS_COLORS[d.status]}>{t(`ntf.status.${d.status}`)}</Tag>,
          },
          { title: t("ntf.attempts"), dataIndex: "attempts" },
          { title: t("ntf.lastError"), key: "err", render: (_, d) => d.lastError ?? t("common.none") },
          {
            title: t("common.actions"),
            key: "retry",
            render: (_, d) =>
              d.status === "dead" && (
                <Button
                  size="small"
                  icon={<RedoOutlined />}
                  loading={retry.isPending}
                  onClick={() => retry.mutate(d.id)}
                >
                  {t("ntf.retry")}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
