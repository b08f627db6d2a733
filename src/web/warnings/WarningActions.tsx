import { App, Button, Space } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { withQuery } from "../api/client.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useAcknowledge, type Warning } from "./api.ts";
import { LiftModal } from "./LiftModal.tsx";
import { levelLabel, ruleLabel } from "./labels.ts";

/** The report form opened with the warning's category and a summary naming it (one click from the warning). */
function incidentLink(w: Warning, summary: string) {
  return withQuery("/incidents/new", { category: w.incidentCategory, summary, orgUnitId: w.orgUnit.id });
}

/** What the server says the user may do with this warning, and nothing else. */
export function WarningActions({
  warning,
  size = "middle",
}: {
  warning: Warning;
  size?: "small" | "middle";
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const acknowledge = useAcknowledge(warning.id);
  const [lifting, setLifting] = useState(false);
  const may = (action: Warning["allowedActions"][number]) => warning.allowedActions.includes(action);
  const summary = t("warn.incidentSummary", {
    level: levelLabel(warning.level, locale),
    unit: warning.orgUnit.name,
    rule: ruleLabel(warning.rule, locale),
  });
  return (
    <Space wrap size={4}>
      {may("acknowledge") && (
        <Button
          size={size}
          type="primary"
          loading={acknowledge.isPending}
          onClick={() =>
            acknowledge.mutate(undefined, {
              onSuccess: () => message.success(t("warn.acknowledged")),
              onError: (e) => message.error(e.message),
            })
          }
        >
          {t("warn.acknowledge")}
        </Button>
      )}
      {may("lift") && (
        <Button size={size} onClick={() => setLifting(true)}>
          {t("warn.lift")}
        </Button>
      )}
      {may("open_incident") && (
        <Link to={incidentLink(warning, summary)}>
          <Button size={size} danger>
            {t("warn.openIncident")}
          </Button>
        </Link>
      )}
      {lifting && <LiftModal warning={warning} onClose={() => setLifting(false)} />}
    </Space>
  );
}
