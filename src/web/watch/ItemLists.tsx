import { Card, List, Tag, Typography } from "antd";
import { Link } from "react-router";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { WarningList } from "../warnings/WarningList.tsx";
import type { WatchBoard } from "./api.ts";

/** Each kind of open item in a card of its own, each item linking to its page. */
export function ItemLists({
  board,
}: {
  board: Pick<WatchBoard, "warnings" | "incidents" | "complaints" | "exceptions">;
}) {
  const { t } = useI18n();
  const empty = <Typography.Text type="secondary">{t("watch.empty")}</Typography.Text>;
  return (
    <>
      <Card size="small" title={`${t("watch.warnings")}（${board.warnings.length}）`}>
        <WarningList warnings={board.warnings} />
      </Card>
      <Card size="small" title={`${t("watch.incidents")}（${board.incidents.length}）`}>
        {board.incidents.length === 0 ? (
          empty
        ) : (
          <List
            dataSource={board.incidents}
            rowKey="id"
            renderItem={(i) => (
              <List.Item>
                <span>
                  <Tag color={i.severity === "I" ? "red" : i.severity === "II" ? "orange" : "gold"}>
                    {i.severity}
                  </Tag>
                  {i.drill && <Tag>{t("watch.drill")}</Tag>}
                  <Link to={`/incidents/${i.id}`}>{i.ref}</Link> {i.categoryLabel} · {i.orgUnitName}
                </span>
                <Typography.Text type="secondary">{formatTime(i.reportedAt)}</Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title={`${t("watch.complaints")}（${board.complaints.length}）`}>
        {board.complaints.length === 0 ? (
          empty
        ) : (
          <List
            dataSource={board.complaints}
            rowKey="id"
            renderItem={(c) => (
              <List.Item>
                <span>
                  {c.breached && <Tag color="orange">{t("watch.breached")}</Tag>}
                  <Link to={`/complaints/${c.id}`}>{c.ref}</Link> {c.summary} · {c.orgUnitName}
                </span>
                <Typography.Text type="secondary">
                  {t("watch.dueAt", { at: formatTime(c.decisionDueAt) })}
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title={`${t("watch.exceptions")}（${board.exceptions.length}）`}>
        {board.exceptions.length === 0 ? (
          empty
        ) : (
          <List
            dataSource={board.exceptions}
            rowKey="id"
            renderItem={(e) => (
              <List.Item>
                <span>
                  <Link to={`/counter-exceptions/${e.id}`}>{e.ref}</Link> {e.typeLabel} · {e.orgUnitName}
                </span>
                <Typography.Text type="secondary">
                  {t("watch.followUpDue", { at: formatTime(e.followUpDueAt) })}
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}
