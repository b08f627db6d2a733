import { CheckCircleFilled } from "@ant-design/icons";
import { Card, DatePicker, Flex, Select, Table, Tag, Tooltip, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { CATEGORIES, type CategoryCode } from "../../domain/incidents/categories.ts";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { DrillEvaluations } from "../training/DrillEvaluations.tsx";
import { type DrillCalendar, type ResponseTimes, useDrills, useResponseTimes } from "./api.ts";
import { CATEGORY_ICONS } from "./labels.tsx";

type Outlet = DrillCalendar["outlets"][number];

/** 演练日历: per outlet, which categories were drilled this year (and when) and which are still due. */
function DrillCalendarCard() {
  const { t, locale } = useI18n();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const drills = useDrills(year);
  const codes = (drills.data?.outlets[0]?.categories.map((c) => c.category) ?? []) as CategoryCode[];
  return (
    <Card
      size="small"
      title={t("inc.drills.title")}
      extra={
        <Select
          value={year}
          onChange={setYear}
          aria-label={t("inc.drills.year")}
          options={[thisYear - 1, thisYear].map((y) => ({ value: y, label: String(y) }))}
        />
      }
    >
      <Table<Outlet>
        rowKey="orgUnitId"
        size="small"
        loading={drills.isPending}
        dataSource={drills.data?.outlets}
        pagination={false}
        scroll={{ x: 1100 }}
        expandable={{
          expandedRowRender: (o) => <DrillEvaluations drills={o.drills} />,
          rowExpandable: (o) => o.drills.length > 0,
        }}
        columns={[
          {
            title: t("inc.col.unit"),
            fixed: "left",
            width: 150,
            render: (_, o) => (
              <Flex vertical>
                <strong>{o.name}</strong>
                <Typography.Text type={o.due.length ? "danger" : "success"} style={{ fontSize: 12 }}>
                  {o.due.length ? t("inc.drills.due", { count: o.due.length }) : t("inc.drills.allDone")}
                </Typography.Text>
              </Flex>
            ),
          },
          ...codes.map((code) => ({
            key: code,
            align: "center" as const,
            title: (
              <Tooltip title={CATEGORIES[code].label[locale]}>
                <Flex vertical align="center" gap={2} style={{ fontSize: 12, fontWeight: 400 }}>
                  <span style={{ fontSize: 18 }}>{CATEGORY_ICONS[code]}</span>
                  {CATEGORIES[code].label[locale].slice(0, 6)}
                </Flex>
              </Tooltip>
            ),
            render: (_: unknown, o: Outlet) => {
              const at = o.categories.find((c) => c.category === code)?.lastDrillAt;
              return at ? (
                <Tooltip title={formatTime(at)}>
                  <Tag color="success" icon={<CheckCircleFilled />}>
                    {formatTime(at).slice(5, 10)}
                  </Tag>
                </Tooltip>
              ) : (
                <Tag color="error">{t("inc.drills.pending")}</Tag>
              );
            },
          })),
        ]}
      />
    </Card>
  );
}

const minutes = (value: number | null) => (value === null ? "—" : value.toFixed(1));

/** Real incidents (drills excluded) per outlet and category, with the average minutes to each milestone. */
function ResponseTimesCard() {
  const { t } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf("year"), dayjs().endOf("day")]);
  const responseTimes = useResponseTimes({
    from: range[0].startOf("day").toISOString(),
    to: range[1].endOf("day").toISOString(),
  });
  return (
    <Card
      size="small"
      title={t("inc.responseTimes.title")}
      extra={
        <DatePicker.RangePicker
          allowClear={false}
          value={range}
          onChange={(dates) => dates?.[0] && dates[1] && setRange([dates[0], dates[1]])}
        />
      }
    >
      <Table<ResponseTimes>
        rowKey={(f) => `${f.orgUnitId}-${f.category}`}
        size="small"
        loading={responseTimes.isPending}
        dataSource={responseTimes.data}
        pagination={false}
        scroll={{ x: 760 }}
        columns={[
          { title: t("inc.col.unit"), dataIndex: "orgUnitName" },
          { title: t("inc.col.category"), dataIndex: "categoryLabel" },
          { title: t("inc.responseTimes.count"), dataIndex: "count", align: "right" },
          {
            title: t("inc.responseTimes.ack"),
            dataIndex: "avgMinutesToAcknowledge",
            align: "right",
            render: minutes,
          },
          {
            title: t("inc.responseTimes.stabilise"),
            dataIndex: "avgMinutesToStabilise",
            align: "right",
            render: minutes,
          },
          {
            title: t("inc.responseTimes.close"),
            dataIndex: "avgMinutesToClose",
            align: "right",
            render: minutes,
          },
        ]}
      />
    </Card>
  );
}

export function DrillsAndResponseTimes() {
  return (
    <Flex vertical gap={16}>
      <DrillCalendarCard />
      <ResponseTimesCard />
    </Flex>
  );
}
