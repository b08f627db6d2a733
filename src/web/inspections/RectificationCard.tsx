import { App, Button, Card, Flex, Input, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Rectification, useCloseRectification, useEvidencePhoto } from "./api.ts";
import { PhotoStrip } from "./PhotoStrip.tsx";

/** One rectification task: the finding, its owner and due date, and its evidence (or the form to give it). */
export function RectificationCard({
  rectification: r,
  showInspection,
}: {
  rectification: Rectification;
  showInspection?: boolean;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const photo = useEvidencePhoto(locale === "zh" ? "zh-CN" : "en");
  const close = useCloseRectification();
  const [note, setNote] = useState("");
  const may = r.allowedActions;
  return (
    <Card
      size="small"
      data-testid={`rectification-${r.id}`}
      title={locale === "zh" ? r.labelZh : r.labelEn}
      extra={
        <Space>
          {r.overdue && <Tag color="error">{t("insp.overdue")}</Tag>}
          <Tag color={r.status === "open" ? "warning" : "success"}>
            {t(r.status === "open" ? "insp.open" : "insp.closed")}
          </Tag>
        </Space>
      }
    >
      <Flex vertical gap={8}>
        {showInspection && (
          <Link to={`/inspections/${r.inspectionId}`}>
            {r.orgUnitName} · {t("insp.viewInspection", { ref: r.inspectionRef })}
          </Link>
        )}
        {r.finding && (
          <Typography.Text>
            {t("insp.finding")}：{r.finding}
          </Typography.Text>
        )}
        <Typography.Text type="secondary">
          {t("insp.owner")}：{r.owner.displayName} · {t("insp.due", { date: r.dueOn })}
        </Typography.Text>
        <PhotoStrip
          inspectionId={r.inspectionId}
          photos={r.photos}
          uploading={photo.isPending}
          onUpload={
            may.includes("add_evidence") ? (file) => photo.mutateAsync({ id: r.id, file }) : undefined
          }
        />
        {r.status === "closed" ? (
          <>
            <Typography.Text>
              {t("insp.evidence")}：{r.evidenceNote}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t("insp.closedBy", {
                name: r.closedBy?.displayName ?? "",
                time: r.closedAt ? formatTime(r.closedAt) : "",
              })}
            </Typography.Text>
          </>
        ) : (
          may.includes("close") && (
            <Flex gap={8}>
              <Input.TextArea
                aria-label={t("insp.evidence")}
                placeholder={t("insp.evidencePlaceholder")}
                autoSize={{ minRows: 1, maxRows: 4 }}
                maxLength={2000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
              <Button
                type="primary"
                loading={close.isPending}
                onClick={() => close.mutate({ id: r.id, note }, { onError: (e) => message.error(e.message) })}
              >
                {t("insp.close")}
              </Button>
            </Flex>
          )
        )}
      </Flex>
    </Card>
  );
}
