import { NotificationOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Space, Tag } from "antd";
import { Link, useNavigate } from "react-router";
import { LEVEL_LABELS } from "../../domain/opinion/vocabulary.ts";
import { apiGet } from "../api/client.ts";
import { useCan } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { ListItem } from "./api.ts";
import { LEVEL_COLORS } from "./labels.ts";

interface Props {
  /** The incident's, complaint's or counter exception's reference. */
  recordRef: string;
  /** Whether the record is a public-opinion risk (media on the scene, a complaint tagged 舆情类). */
  offer: boolean;
  summary: string;
  orgUnitId: number;
}

/**
 * The other side of an event's links, on the record's own page: the events linked to it, or, for a record
 * that is a public-opinion risk, the one click that opens an event linked to it.
 */
export function LinkedEvents({ recordRef, offer, summary, orgUnitId }: Props) {
  const { t, locale } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const readable = can("opinion.read");
  const linked = useQuery({
    queryKey: ["opinion", "links", recordRef],
    queryFn: () =>
      apiGet<{ items: ListItem[] }>("/api/opinion/links", { ref: recordRef }).then((r) => r.items),
    enabled: readable,
  });
  if (!readable || !linked.data) return null;
  if (linked.data.length > 0)
    return (
      <Alert
        type="warning"
        showIcon
        icon={<NotificationOutlined />}
        title={
          <Space wrap>
            {t("opn.linkedEvents")}
            {linked.data.map((e) => (
              <Link key={e.id} to={`/opinion/${e.id}`}>
                {e.ref} <Tag color={LEVEL_COLORS[e.level]}>{LEVEL_LABELS[e.level][locale]}</Tag>
              </Link>
            ))}
          </Space>
        }
      />
    );
  if (!offer || !can("opinion.report")) return null;
  const params = new URLSearchParams({ linkRef: recordRef, summary, orgUnitId: String(orgUnitId) });
  return (
    <Alert
      type="warning"
      showIcon
      icon={<NotificationOutlined />}
      title={t("opn.offerEvent")}
      action={
        <Button size="small" onClick={() => navigate(`/opinion/new?${params}`)}>
          {t("opn.openLinked")}
        </Button>
      }
    />
  );
}
