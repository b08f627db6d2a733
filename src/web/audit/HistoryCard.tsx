import { Card, Empty, Result, Spin, Timeline, Typography } from "antd";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useHistory } from "./api.ts";

/** Colours by what an entry means for the record: red for a missed deadline, green for an outcome. */
const COLORS: Record<string, string> = {
  "complaints.breach": "red",
  "complaints.decide": "green",
  "complaints.close": "gray",
  "complaints.withdraw": "gray",
  "counter_exceptions.close": "gray",
};

/**
 * Who did what when on a complaint or a counter exception, newest first, as the incident room's timeline
 * shows it. The server words each entry from the record's audit entries.
 */
export function HistoryCard({
  feature,
  id,
  size = "small",
}: {
  feature: "complaints" | "counter-exceptions";
  id: number;
  /** The size of the page's other cards. */
  size?: "small" | "default";
}) {
  const { t, locale } = useI18n();
  const history = useHistory(feature, id);
  const items = [...(history.data ?? [])].reverse();
  return (
    <Card size={size} title={t("history.title")} data-testid="history">
      {history.isPending ? (
        <Spin />
      ) : history.isError ? (
        <Result status="warning" title={t("common.loadFailed")} subTitle={history.error.message} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("history.empty")} />
      ) : (
        <Timeline
          items={items.map((e) => ({
            key: e.id,
            color: COLORS[e.action] ?? "blue",
            content: (
              <>
                <div>
                  <Typography.Text strong>{e.label}</Typography.Text>
                  {e.detail && `${locale === "zh" ? "：" : ": "}${e.detail}`}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatTime(e.at)} · {e.actor ?? t("history.system")}
                </Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
