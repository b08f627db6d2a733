import { NotificationOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button } from "antd";
import { useNavigate } from "react-router";
import { apiGet } from "../api/client.ts";
import { useCan } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { ListItem } from "./api.ts";

interface Props {
  /** The incident's, complaint's or counter exception's reference. */
  recordRef: string;
  /** Whether the record is a public-opinion risk (media on the scene, a complaint tagged 舆情类). */
  offer: boolean;
  summary: string;
  orgUnitId: number;
}

/**
 * On a record that is a public-opinion risk, the one click that opens an event linked to it, until one is
 * linked. The linked events themselves are in the page's links card, with their level, and open from there.
 */
export function LinkedEventOffer({ recordRef, offer, summary, orgUnitId }: Props) {
  const { t } = useI18n();
  const can = useCan();
  const navigate = useNavigate();
  const shown = offer && can("opinion.read") && can("opinion.report");
  const linked = useQuery({
    queryKey: ["opinion", "links", recordRef],
    queryFn: () =>
      apiGet<{ items: ListItem[] }>("/api/opinion/links", { ref: recordRef }).then((r) => r.items),
    enabled: shown,
  });
  if (!shown || !linked.data || linked.data.length > 0) return null;
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
