import type { TableColumnsType } from "antd";
import { Alert, Button, Card, Empty, Result, Space, Table, Tag } from "antd";
import { useState } from "react";
import type { OrgUnit } from "../../domain/org/schema.ts";
import type { OrgKind } from "../../domain/org/units.ts";
import { childKind } from "../../domain/org/units.ts";
import { useCan } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { kindLabel } from "../i18n/labels.ts";
import { useOrgUnits } from "./api.ts";
import { MoveOrgUnitModal } from "./MoveOrgUnitModal.tsx";
import { OrgUnitFormModal, type OrgUnitFormTarget } from "./OrgUnitFormModal.tsx";
import { buildTree, type OrgNode } from "./tree.ts";

const KIND_COLORS: Record<OrgKind, string> = {
  head_office: "red",
  branch: "blue",
  sub_branch: "cyan",
  outlet: "green",
};

export function OrgPage() {
  const { t, locale } = useI18n();
  const canManage = useCan()("org.manage");
  const units = useOrgUnits();
  // Track what was folded rather than what is open, so that new units show up unfolded.
  const [folded, setFolded] = useState<ReadonlySet<number>>(new Set());
  const [form, setForm] = useState<OrgUnitFormTarget | null>(null);
  const [moving, setMoving] = useState<OrgUnit | null>(null);

  if (units.isError)
    return <Result status="error" title={t("common.loadFailed")} subTitle={units.error.message} />;

  const columns: TableColumnsType<OrgNode> = [
    // Room for the indentation of four levels, so that names do not break on a narrow screen.
    { title: t("org.name"), dataIndex: "name", key: "name", minWidth: 240 },
    { title: t("org.code"), dataIndex: "code", key: "code", width: 110 },
    {
      title: t("org.kind"),
      dataIndex: "kind",
      key: "kind",
      width: 110,
      render: (kind: OrgKind) => <Tag color={KIND_COLORS[kind]}>{kindLabel(kind, locale)}</Tag>,
    },
    {
      title: t("org.dutyPhone"),
      dataIndex: "dutyPhone",
      key: "dutyPhone",
      width: 160,
      render: (phone: string | null) => phone ?? t("common.none"),
    },
  ];
  if (canManage) {
    columns.push({
      title: t("common.actions"),
      key: "actions",
      width: 260,
      render: (_, unit) => {
        const kind = childKind(unit.kind);
        return (
          <Space size={0} wrap>
            {kind && (
              <Button
                type="link"
                size="small"
                onClick={() => setForm({ mode: "create", parent: unit, kind })}
              >
                {t("org.addChild", { kind: kindLabel(kind, locale) })}
              </Button>
            )}
            <Button type="link" size="small" onClick={() => setForm({ mode: "edit", unit })}>
              {t("common.edit")}
            </Button>
            {unit.parentId !== null && (
              <Button type="link" size="small" onClick={() => setMoving(unit)}>
                {t("org.move")}
              </Button>
            )}
          </Space>
        );
      },
    });
  }

  const all = units.data ?? [];
  return (
    <>
      <PageHeader title={t("org.title")} subtitle={t("org.subtitle")} />
      {!canManage && <Alert type="info" showIcon title={t("org.readOnly")} style={{ marginBottom: 16 }} />}
      <Card styles={{ body: { padding: 0 } }}>
        <Table<OrgNode>
          rowKey="id"
          columns={columns}
          dataSource={buildTree(all)}
          loading={units.isPending}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: <Empty description={t("org.empty")} /> }}
          expandable={{
            expandedRowKeys: all.filter((u) => !folded.has(u.id)).map((u) => u.id),
            onExpand: (open, unit) =>
              setFolded((prev) => {
                const next = new Set(prev);
                if (open) next.delete(unit.id);
                else next.add(unit.id);
                return next;
              }),
          }}
        />
      </Card>
      {form && <OrgUnitFormModal target={form} onClose={() => setForm(null)} />}
      {moving && <MoveOrgUnitModal unit={moving} onClose={() => setMoving(null)} />}
    </>
  );
}
