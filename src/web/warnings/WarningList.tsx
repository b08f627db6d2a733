import { Flex, List, Tag, Typography } from "antd";
import { Link } from "react-router";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { Warning } from "./api.ts";
import { LevelTag } from "./LevelTag.tsx";
import { ruleLabel } from "./labels.ts";
import { WarningActions } from "./WarningActions.tsx";

/** Warnings, gravest first, each with its unit, when it was raised and what may be done with it. */
export function WarningList({ warnings }: { warnings: Warning[] }) {
  const { t, locale } = useI18n();
  if (warnings.length === 0) return <Typography.Text type="secondary">{t("warn.none")}</Typography.Text>;
  const rank = { red: 0, orange: 1, yellow: 2, blue: 3 };
  const sorted = [...warnings].sort((a, b) => rank[a.level] - rank[b.level] || b.id - a.id);
  return (
    <List
      dataSource={sorted}
      rowKey="id"
      renderItem={(w) => (
        <List.Item extra={<WarningActions warning={w} size="small" />}>
          <Flex vertical gap={2}>
            <span>
              <LevelTag level={w.level} />
              <Link to={`/warnings/${w.id}`}>
                <Typography.Text strong>{ruleLabel(w.rule, locale)}</Typography.Text>
              </Link>
            </span>
            <Typography.Text type="secondary">
              {w.orgUnit.name} · {formatTime(w.openedAt)} · {t(`warn.status.${w.status}`)}
              {w.endedAt && <Tag style={{ marginLeft: 8 }}>{t("warn.ended")}</Tag>}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}
