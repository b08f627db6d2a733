import { DatePicker, Flex, Select, Table, Tag } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { STATUS_LABELS, STATUSES } from "../../domain/incidents/lifecycle.ts";
import { SEVERITIES, SEVERITY_LABELS } from "../../domain/incidents/severity.ts";
import { LoadMore } from "../common/LoadMore.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { OrgUnitTreeSelect } from "../org/OrgUnitTreeSelect.tsx";
import { type IncidentSummary, type ListFilter, useCatalogue, useIncidentList } from "./api.ts";
import { SeverityTag, StatusTag } from "./labels.tsx";

const width = { width: 170, maxWidth: "100%" };

/** Every incident of the subtree, newest first, a page at a time, with the API's filters. */
export function IncidentTable() {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<ListFilter>({});
  const catalogue = useCatalogue();
  const list = useIncidentList(filter);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (patch: Partial<ListFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <>
      <Flex wrap gap={10} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t("inc.filter.status")}
          aria-label={t("inc.filter.status")}
          style={width}
          value={filter.status}
          onChange={(status) => set({ status })}
          options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s][locale] }))}
        />
        <Select
          allowClear
          placeholder={t("inc.filter.category")}
          aria-label={t("inc.filter.category")}
          style={{ ...width, width: 220 }}
          value={filter.category}
          onChange={(category) => set({ category })}
          options={catalogue.data?.categories.map((c) => ({ value: c.code, label: c.label }))}
        />
        <Select
          allowClear
          placeholder={t("inc.filter.severity")}
          aria-label={t("inc.filter.severity")}
          style={width}
          value={filter.severity}
          onChange={(severity) => set({ severity })}
          options={SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s][locale] }))}
        />
        <OrgUnitTreeSelect
          allowClear
          placeholder={t("inc.filter.unit")}
          value={filter.orgUnitId}
          onChange={(orgUnitId) => set({ orgUnitId })}
          style={{ ...width, width: 220 }}
        />
        <DatePicker.RangePicker
          aria-label={t("inc.filter.dates")}
          value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
          onChange={(dates) =>
            set({
              from: dates?.[0]?.startOf("day").toISOString(),
              to: dates?.[1]?.endOf("day").toISOString(),
            })
          }
        />
        <Select
          allowClear
          placeholder={t("inc.filter.drill")}
          aria-label={t("inc.filter.drill")}
          style={width}
          value={filter.drill}
          onChange={(drill) => set({ drill })}
          options={[
            { value: "false", label: t("inc.filter.real") },
            { value: "true", label: t("inc.filter.drillsOnly") },
          ]}
        />
      </Flex>
      <Table<IncidentSummary>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t("inc.col.ref"),
            dataIndex: "ref",
            render: (ref: string, r) => <Link to={`/incidents/${r.id}`}>{ref}</Link>,
          },
          {
            title: t("inc.col.category"),
            dataIndex: "categoryLabel",
            render: (label: string, r) => (
              <>
                {label} {r.drill && <Tag color="orange">{t("inc.drill")}</Tag>}
              </>
            ),
          },
          { title: t("inc.col.summary"), dataIndex: "summary", ellipsis: true },
          {
            title: t("inc.col.severity"),
            dataIndex: "severity",
            render: (s: IncidentSummary["severity"]) => <SeverityTag severity={s} locale={locale} />,
          },
          {
            title: t("inc.col.status"),
            dataIndex: "status",
            render: (s: IncidentSummary["status"]) => <StatusTag status={s} locale={locale} />,
          },
          { title: t("inc.col.unit"), dataIndex: "orgUnitName" },
          { title: t("inc.col.reportedAt"), dataIndex: "reportedAt", render: (at: string) => formatTime(at) },
        ]}
      />
      <LoadMore
        count={rows.length}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => list.fetchNextPage()}
      />
    </>
  );
}
