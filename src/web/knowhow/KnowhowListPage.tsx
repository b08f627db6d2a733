import { Badge, Card, Result, Table } from "antd";
import { Link, useLocation } from "react-router";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type KindPath, useKnowhowItems } from "./api.ts";

const TEXTS = {
  scripts: { title: "kh.scripts.title", subtitle: "kh.scripts.subtitle", column: "kh.script" },
  playbooks: { title: "kh.playbooks.title", subtitle: "kh.playbooks.subtitle", column: "kh.playbook" },
  "counter-guidance": { title: "kh.guidance.title", subtitle: "kh.guidance.subtitle", column: "kh.guidance" },
} as const;

/**
 * The items of one kind an editor may change (the kind is the page's path: /knowhow/scripts, …): the version
 * in force for them, and drafts waiting to be published.
 */
export function KnowhowListPage() {
  const { t } = useI18n();
  const path = useLocation().pathname.split("/")[2] as KindPath;
  const list = useKnowhowItems(path);
  const texts = TEXTS[path];
  return (
    <>
      <PageHeader title={t(texts.title)} subtitle={t(texts.subtitle)} />
      <Card>
        {list.isError ? (
          <Result status="error" title={t("common.loadFailed")} subTitle={list.error.message} />
        ) : (
          <Table
            rowKey="key"
            loading={list.isLoading}
            dataSource={list.data}
            pagination={false}
            columns={[
              {
                title: t(texts.column),
                dataIndex: "title",
                render: (title: string, s) => <Link to={`/knowhow/${path}/${s.key}`}>{title}</Link>,
              },
              {
                title: t("kh.inForce"),
                dataIndex: "versionNo",
                render: (n: number) => t("kh.versionNo", { n: String(n) }),
              },
              {
                title: t("kh.drafts"),
                dataIndex: "drafts",
                render: (n: number) =>
                  n > 0 ? <Badge status="processing" text={t("kh.draftsWaiting", { n: String(n) })} /> : null,
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
