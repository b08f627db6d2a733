import { Card, Empty, Flex, Result, Segmented, Spin } from "antd";
import { useState } from "react";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useRectifications } from "./api.ts";
import { RectificationCard } from "./RectificationCard.tsx";

/** The rectifications of the user's subtree, or only their own, the soonest due first. */
export function RectificationsPage() {
  const { t } = useI18n();
  const [mine, setMine] = useState<"true" | "false">("true");
  const [status, setStatus] = useState<"open" | "closed">("open");
  const list = useRectifications({ mine, status });
  return (
    <>
      <PageHeader title={t("insp.rectTitle")} subtitle={t("insp.rectSubtitle")} />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={mine}
            onChange={(v) => setMine(v as "true" | "false")}
            options={[
              { value: "true", label: t("insp.mine") },
              { value: "false", label: t("insp.everyone") },
            ]}
          />
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as "open" | "closed")}
            options={[
              { value: "open", label: t("insp.open") },
              { value: "closed", label: t("insp.closed") },
            ]}
          />
        </Flex>
        {list.isPending ? (
          <Spin />
        ) : list.isError ? (
          <Result status="error" title={t("common.loadFailed")} subTitle={list.error.message} />
        ) : list.data.length === 0 ? (
          <Empty description={t("insp.noRect")} />
        ) : (
          <Flex vertical gap={12}>
            {list.data.map((r) => (
              <RectificationCard key={r.id} rectification={r} showInspection />
            ))}
          </Flex>
        )}
      </Card>
    </>
  );
}
