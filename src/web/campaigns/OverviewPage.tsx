import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, InputNumber, Space, Table, type TableColumnsType, Tag } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useCan, useCurrentUser } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import {
  exportUrl,
  type Plan,
  type Progress,
  useCampaigns,
  useCreatePlan,
  usePlans,
  useProgress,
} from "./api.ts";
import { PLAN_STATUS_COLORS } from "./labels.ts";

type ProgressRow = Progress["rows"][number];

/** The year at a glance: plan against done per unit below the user's, the plans, and the campaign reports. */
export function OverviewPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [year, setYear] = useState(new Date().getFullYear());
  const progress = useProgress(year);
  const plans = usePlans(year);
  const campaigns = useCampaigns();
  const create = useCreatePlan();
  const ownPlan = plans.data?.find((p) => p.orgUnitId === me.orgUnit.id);

  const rate = (r: { planned: number; done: number }) =>
    r.planned === 0 ? t("common.none") : `${Math.round((100 * r.done) / r.planned)}%`;
  const progressColumns: TableColumnsType<ProgressRow> = [
    { title: t("edu.unit"), dataIndex: "name", key: "name" },
    { title: t("edu.planned"), dataIndex: "planned", key: "planned", align: "right" },
    { title: t("edu.done"), dataIndex: "done", key: "done", align: "right" },
    { title: t("edu.rate"), key: "rate", align: "right", render: (_, r) => rate(r) },
    { title: t("edu.people"), dataIndex: "peopleReached", key: "people", align: "right" },
  ];
  const planColumns: TableColumnsType<Plan> = [
    { title: t("edu.unit"), dataIndex: "orgUnitName", key: "unit" },
    {
      title: t("edu.status"),
      key: "status",
      render: (_, p) => <Tag color={PLAN_STATUS_COLORS[p.status]}>{t(`edu.status.${p.status}`)}</Tag>,
    },
    { title: t("edu.planned"), dataIndex: "plannedTotal", key: "planned", align: "right" },
    {
      title: t("edu.submittedBy"),
      key: "by",
      render: (_, p) => p.submittedBy?.displayName ?? t("common.none"),
    },
    {
      title: "",
      key: "open",
      render: (_, p) => <Link to={`/campaigns/plans/${p.id}`}>{t("edu.openPlan")}</Link>,
    },
  ];
  const unit = progress.data?.unit;
  const rows = progress.data?.rows ?? [];

  return (
    <>
      <PageHeader
        title={t("edu.title")}
        subtitle={t("edu.subtitle")}
        extra={
          <Space>
            <InputNumber
              aria-label={t("edu.year")}
              addonBefore={t("edu.year")}
              min={2020}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
            {can("campaigns.plan") && !ownPlan && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                loading={create.isPending}
                onClick={() =>
                  create.mutate(year, {
                    onSuccess: (plan) => navigate(`/campaigns/plans/${plan.id}`),
                    onError: (e) => message.error(e.message),
                  })
                }
              >
                {t("edu.newPlan", { year })}
              </Button>
            )}
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" title={t("edu.progress")}>
          <Table<ProgressRow>
            rowKey="orgUnitId"
            size="small"
            columns={progressColumns}
            dataSource={rows}
            loading={progress.isPending}
            pagination={false}
            summary={() =>
              unit && (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <strong>
                      {t("edu.total")}（{unit.name}）
                    </strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    {unit.planned}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    {unit.done}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {rate(unit)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    {unit.peopleReached}
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )
            }
          />
          <Flex wrap gap={8} style={{ marginTop: 12 }}>
            {campaigns.data?.map((c) => (
              <Button key={c.code} icon={<DownloadOutlined />} href={exportUrl(c.code, year)}>
                {t("edu.export")} · {locale === "zh" ? c.nameZh : c.nameEn}
              </Button>
            ))}
          </Flex>
        </Card>
        <Card size="small" title={t("edu.plans")}>
          <Table<Plan>
            rowKey="id"
            size="small"
            columns={planColumns}
            dataSource={plans.data}
            loading={plans.isPending}
            pagination={false}
            locale={{ emptyText: t("edu.noPlans") }}
          />
        </Card>
      </Flex>
    </>
  );
}
