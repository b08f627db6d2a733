import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Table, type TableColumnsType, Tag } from "antd";
import { Link, useNavigate } from "react-router";
import { useCan, useCurrentUser } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type EvaluationSummary, useCreateEvaluation, useEvaluations } from "./api.ts";

/** The self-evaluations of the user's subtree, by year; a branch or head office starts this year's. */
export function ListPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const list = useEvaluations();
  const create = useCreateEvaluation();
  const year = new Date().getFullYear();
  const mayStart =
    can("self_evaluations.prepare") &&
    (me.orgUnit.kind === "branch" || me.orgUnit.kind === "head_office") &&
    !list.data?.some((e) => e.orgUnitId === me.orgUnit.id && e.year === year);
  const columns: TableColumnsType<EvaluationSummary> = [
    { title: t("sev.year"), dataIndex: "year", key: "year" },
    { title: t("sev.unit"), dataIndex: "orgUnitName", key: "unit" },
    {
      title: t("sev.status"),
      key: "status",
      render: (_, e) => (
        <Tag color={e.status === "signed_off" ? "success" : "processing"}>{t(`sev.status.${e.status}`)}</Tag>
      ),
    },
    {
      title: t("sev.score"),
      key: "score",
      align: "right",
      render: (_, e) => t("sev.scoreOf", { score: e.draftScore, max: e.maxScore }),
    },
    { title: t("sev.preparedBy"), key: "by", render: (_, e) => e.preparedBy.displayName },
    {
      title: t("sev.signedOffBy"),
      key: "signer",
      render: (_, e) => e.signedOffBy?.displayName ?? t("common.none"),
    },
    {
      title: "",
      key: "open",
      render: (_, e) => <Link to={`/self-evaluations/${e.id}`}>{t("sev.open")}</Link>,
    },
  ];
  return (
    <>
      <PageHeader
        title={t("sev.title")}
        subtitle={t("sev.subtitle")}
        extra={
          mayStart && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              loading={create.isPending}
              onClick={() =>
                create.mutate(year, {
                  onSuccess: (e) => navigate(`/self-evaluations/${e.id}`),
                  onError: (e) => message.error(e.message),
                })
              }
            >
              {t("sev.start", { year })}
            </Button>
          )
        }
      />
      <Card>
        <Table<EvaluationSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data}
          loading={list.isPending}
          pagination={false}
          locale={{ emptyText: t("sev.none") }}
        />
      </Card>
    </>
  );
}
