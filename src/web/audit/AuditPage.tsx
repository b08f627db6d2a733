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

  const actor = (e: AuditEntry) =>
    e.actorId === null && e.actorUsername === "system" ? t("audit.system") : e.actorUsername;
  // The code stays as a tooltip: it is what the filter and the API speak.
  const action = (e: AuditEntry) => (
    <span title={e.action}>
      {actionLabel(e.action, locale) ?? (
        <Typography.Text type="secondary" code>
          {e.action}
        </Typography.Text>
      )}
    </span>
  );
  const record = (e: AuditEntry) => {
    const name = e.entityRef ?? (e.entityId && `#${e.entityId}`);
    const page = recordPage(e.entityType, e.entityId);
    return (
      <>
        {entityTypeLabel(e.entityType, locale) ?? e.entityType}
        {name && " "}
        {name && page ? <Link to={page}>{name}</Link> : name}
      </>
    );
  };

  const columns: TableColumnsType<AuditEntry> = phone
    ? // On a phone five columns would hide what was done behind a sideways scroll: one line per entry.
      [
        {
          title: t("audit.action"),
          key: "entry",
          render: (_, e) => (
            <>
              <div>
                {action(e)} · {record(e)}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTime(e.at)} · {actor(e)}
              </Typography.Text>
            </>
          ),
        },
      ]
    : [
        { title: t("audit.time"), dataIndex: "at", key: "at", width: 150, render: formatTime },
        { title: t("audit.actor"), key: "actor", width: 140, render: (_, e) => actor(e) },
        { title: t("audit.action"), key: "action", render: (_, e) => action(e) },
        { title: t("audit.entity"), key: "entity", render: (_, e) => record(e) },
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
          scroll={phone ? undefined : { x: 860 }}
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
