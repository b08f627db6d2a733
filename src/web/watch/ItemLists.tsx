import { Card, List, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { LEVEL_LABELS } from "../../domain/opinion/vocabulary.ts";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { LEVEL_COLORS } from "../opinion/labels.ts";
import { WarningList } from "../warnings/WarningList.tsx";
import type { WatchBoard } from "./api.ts";

const SEVERITY_TAG = { I: "red", II: "orange", III: "gold" } as const;

/**
 * Each kind of open item in a card of its own, each item linking to its page. One outlet's items
 * (`hideEmpty`) leave out the kinds it has none of.
 */
export function ItemLists({
  board,
  hideEmpty = false,
}: {
  board: Pick<WatchBoard, "warnings" | "incidents" | "opinion" | "complaints" | "exceptions">;
  hideEmpty?: boolean;
}) {
  const { t, locale } = useI18n();
  const section = (title: string, count: number, body: ReactNode) =>
    hideEmpty && count === 0 ? null : (
      <Card size="small" title={`${title}（${count}）`}>
        {count === 0 ? <Typography.Text type="secondary">{t("watch.empty")}</Typography.Text> : body}
      </Card>
    );
  return (
    <>
      {section(t("watch.warnings"), board.warnings.length, <WarningList warnings={board.warnings} />)}
      {section(
        t("watch.incidents"),
        board.incidents.length,
        <List
          dataSource={board.incidents}
          rowKey="id"
          renderItem={(i) => (
            <List.Item>
              <span>
                <Tag color={SEVERITY_TAG[i.severity]}>{i.severity}</Tag>
                {i.drill && <Tag>{t("watch.drill")}</Tag>}
                <Link to={`/incidents/${i.id}`}>{i.ref}</Link> {i.categoryLabel} · {i.orgUnitName}
              </span>
              <Typography.Text type="secondary">{formatTime(i.reportedAt)}</Typography.Text>
            </List.Item>
          )}
        />,
      )}
      {section(
        t("watch.opinion"),
        board.opinion.length,
        <List
          dataSource={board.opinion}
          rowKey="id"
          renderItem={(o) => (
            <List.Item>
              <span>
                <Tag color={LEVEL_COLORS[o.level]}>{LEVEL_LABELS[o.level][locale]}</Tag>
                {o.drill && <Tag>{t("watch.drill")}</Tag>}
                <Link to={`/opinion/${o.id}`}>{o.ref}</Link> {o.summary} · {o.orgUnitName}
              </span>
              <Typography.Text type="secondary">
                {t("watch.firstSeen", { at: formatTime(o.firstSeenAt) })}
              </Typography.Text>
            </List.Item>
          )}
        />,
      )}
      {section(
        t("watch.complaints"),
        board.complaints.length,
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
        />,
      )}
      {section(
        t("watch.exceptions"),
        board.exceptions.length,
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
        />,
      )}
    </>
  );
}
