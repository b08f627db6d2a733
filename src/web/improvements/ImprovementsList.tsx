import { Button, List, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import type { KnowhowKind } from "../../domain/knowhow/vocabulary.ts";
import { useCan } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { Improvement } from "./api.ts";
import { CompleteImprovementModal } from "./CompleteImprovementModal.tsx";

/** Where each kind of know-how is edited. */
const KIND_PATHS: Record<KnowhowKind, string> = {
  script: "scripts",
  playbook: "playbooks",
  "counter-guidance": "counter-guidance",
};

const sourceLink = (i: Improvement) =>
  `/${i.sourceKind === "incident" ? "incidents" : "complaints"}/${i.sourceId}`;

/** Improvements as a list: what, who by when, its state, and the button to close it when one may. */
export function ImprovementsList({
  items,
  loading,
  showSource,
}: {
  items: Improvement[];
  loading?: boolean;
  showSource?: boolean;
}) {
  const { t } = useI18n();
  const can = useCan();
  const [completing, setCompleting] = useState<Improvement | null>(null);
  return (
    <>
      <List
        size="small"
        loading={loading}
        dataSource={items}
        locale={{ emptyText: t("imp.none") }}
        renderItem={(i) => (
          <List.Item
            data-testid="improvement"
            actions={
              i.allowedActions.includes("complete")
                ? [
                    <Button key="done" size="small" onClick={() => setCompleting(i)}>
                      {t("imp.complete")}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag color="geekblue">{t(`imp.area.${i.area}`)}</Tag>
                  <span>{i.what}</span>
                </Space>
              }
              description={
                <Space wrap size={4}>
                  {i.status === "done" ? (
                    <Tag color="success">{t("imp.status.done")}</Tag>
                  ) : i.overdue ? (
                    <Tag color="error">{t("imp.overdue")}</Tag>
                  ) : (
                    <Tag color="processing">{t("imp.status.open")}</Tag>
                  )}
                  <Typography.Text type="secondary">
                    {t("imp.dueLine", { owner: i.ownerName, due: i.dueOn })}
                  </Typography.Text>
                  {showSource && <Link to={sourceLink(i)}>{i.sourceRef}</Link>}
                  {i.outcome && <Typography.Text>· {i.outcome}</Typography.Text>}
                  {i.versions.map((v) => {
                    const label = t(`imp.version.${v.kind}`, { n: String(v.versionNo) });
                    return can("knowhow.publish") ? (
                      <Link key={v.id} to={`/knowhow/${KIND_PATHS[v.kind]}/${v.key}`}>
                        <Tag color="purple">{label}</Tag>
                      </Link>
                    ) : (
                      <Tag key={v.id} color="purple">
                        {label}
                      </Tag>
                    );
                  })}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      {completing && <CompleteImprovementModal item={completing} onClose={() => setCompleting(null)} />}
    </>
  );
}
