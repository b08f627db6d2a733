import { Badge, Card, Result, Table } from "antd";
import { Link } from "react-router";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useEditableScripts } from "./api.ts";

/** The scripts an editor may change: the version in force for them, and drafts waiting to be published. */
export function ScriptEditorsPage() {
  const { t } = useI18n();
  const list = useEditableScripts();
  return (
    <>
      <PageHeader title={t("kh.scripts.title")} subtitle={t("kh.scripts.subtitle")} />
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
                title: t("kh.script"),
                dataIndex: "title",
                render: (title: string, s) => <Link to={`/knowhow/scripts/${s.key}`}>{title}</Link>,
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
