import { Card, Collapse, Empty, Grid, Result, Table, type TableColumnsType, Typography, theme } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { actionLabel, entityTypeLabel } from "../../domain/audit/actions.ts";
import type { AuditEntry } from "../../domain/audit/schema.ts";
import { LoadMore } from "../common/LoadMore.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { AuditChanges } from "./AuditChanges.tsx";
import { AuditFilters } from "./AuditFilters.tsx";
import { recordPage } from "./actions.ts";
import { type AuditFilter, useAudit } from "./api.ts";

export function AuditPage() {
  const { t, locale } = useI18n();
  const { token } = theme.useToken();
  const phone = Grid.useBreakpoint().md === false;
  const [filter, setFilter] = useState<AuditFilter>({});
  const audit = useAudit(filter);

  const columns: TableColumnsType<AuditEntry> = [
    { title: t("audit.time"), dataIndex: "at", key: "at", width: 150, render: formatTime },
    {
      title: t("audit.actor"),
      key: "actor",
      width: 140,
      render: (_, e) =>
        e.actorId === null && e.actorUsername === "system" ? t("audit.system") : e.actorUsername,
    },
    {
      title: t("audit.action"),
      dataIndex: "action",
      key: "action",
      // The code stays as a tooltip: it is what the filter and the API speak.
      render: (action: string) => (
        <span title={action}>
          {actionLabel(action, locale) ?? (
            <Typography.Text type="secondary" code>
              {action}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: t("audit.entity"),
      key: "entity",
      render: (_, e) => {
        const name = e.entityRef ?? (e.entityId && `#${e.entityId}`);
        const page = recordPage(e.entityType, e.entityId);
        return (
          <>
            {entityTypeLabel(e.entityType, locale) ?? e.entityType}
            {name && " "}
            {name && page ? <Link to={page}>{name}</Link> : name}
          </>
        );
      },
    },
    {
      title: t("audit.ip"),
      dataIndex: "ip",
      key: "ip",
      width: 140,
      render: (ip: string | null) => ip ?? t("common.none"),
    },
  ];

  if (audit.isError)
    return <Result status="error" title={t("common.loadFailed")} subTitle={audit.error.message} />;
  const rows = audit.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader title={t("audit.title")} subtitle={t("audit.subtitle")} />
      {phone ? (
        // On a phone the six filters would push the list off the screen: fold them away.
        <Collapse
          style={{ marginBottom: 16, background: token.colorBgContainer }}
          items={[
            { key: "filters", label: t("audit.filters"), children: <AuditFilters onChange={setFilter} /> },
          ]}
        />
      ) : (
        <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
          <AuditFilters onChange={setFilter} />
        </Card>
      )}
      <Card styles={{ body: { padding: 0 } }}>
        <Table<AuditEntry>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={audit.isPending}
          pagination={false}
          scroll={{ x: 860 }}
          expandable={{
            rowExpandable: (e) => e.before !== null || e.after !== null,
            expandedRowRender: (e) => <AuditChanges entry={e} />,
          }}
          locale={{ emptyText: <Empty description={t("audit.empty")}>{t("audit.emptyHint")}</Empty> }}
        />
        <LoadMore
          count={rows.length}
          hasMore={audit.hasNextPage}
          loading={audit.isFetchingNextPage}
          onLoad={() => audit.fetchNextPage()}
        />
      </Card>
    </>
  );
}
