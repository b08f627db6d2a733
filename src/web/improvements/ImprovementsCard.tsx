import { PlusOutlined } from "@ant-design/icons";
import { Button, Card } from "antd";
import { useState } from "react";
import { mayPlan } from "../../domain/improvements/policy.ts";
import type { ImprovementSource } from "../../domain/improvements/vocabulary.ts";
import { useCurrentUser } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useSourceImprovements } from "./api.ts";
import { ImprovementsList } from "./ImprovementsList.tsx";
import { PlanImprovementModal } from "./PlanImprovementModal.tsx";

/**
 * The improvements planned from a reviewed incident or a closed complaint, for those records' pages:
 * `<ImprovementsCard sourceKind="incident" sourceId={id} />`.
 */
export function ImprovementsCard({
  sourceKind,
  sourceId,
}: {
  sourceKind: ImprovementSource;
  sourceId: number;
}) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const items = useSourceImprovements(sourceKind, sourceId);
  const [planning, setPlanning] = useState(false);
  const canPlan = mayPlan(me.role, sourceKind);
  if (!canPlan && !items.data?.length) return null;
  return (
    <Card
      size="small"
      title={t("imp.card")}
      data-testid="improvements-card"
      extra={
        canPlan && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setPlanning(true)}>
            {t("imp.plan")}
          </Button>
        )
      }
    >
      <ImprovementsList items={items.data ?? []} loading={items.isLoading} />
      {planning && (
        <PlanImprovementModal
          sourceKind={sourceKind}
          sourceId={sourceId}
          onClose={() => setPlanning(false)}
        />
      )}
    </Card>
  );
}
