import { App, DatePicker, Flex, Input, List, Radio, Select, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { OUTCOMES, type Outcome } from "../../domain/inspections/vocabulary.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type InspectionDetail, type Result, useFindingPhoto, useRecordResult } from "./api.ts";
import { OUTCOME_COLORS } from "./labels.ts";
import { PhotoStrip } from "./PhotoStrip.tsx";

/**
 * One checklist line: read-only once submitted; in a draft, the inspector's finding, saved as it is given —
 * a failed line also asks who at the outlet rectifies it and by when.
 */
export function ResultItem({
  inspection,
  result,
  editable,
}: {
  inspection: InspectionDetail;
  result: Result;
  editable: boolean;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const record = useRecordResult(inspection.id);
  const photo = useFindingPhoto(inspection.id, locale === "zh" ? "zh-CN" : "en");
  const [note, setNote] = useState(result.note ?? "");
  const label = locale === "zh" ? result.labelZh : result.labelEn;
  const save = (change: {
    outcome?: Outcome;
    note?: string;
    ownerId?: number | null;
    dueOn?: string | null;
  }) => {
    const outcome = change.outcome ?? result.outcome;
    if (!outcome) return;
    record.mutate(
      {
        resultId: result.id,
        body: {
          outcome,
          note: change.note ?? note,
          ownerId: change.ownerId !== undefined ? change.ownerId : (result.owner?.id ?? null),
          dueOn: change.dueOn !== undefined ? change.dueOn : result.dueOn,
        },
      },
      { onError: (e) => message.error(e.message) },
    );
  };

  return (
    <List.Item data-testid={`result-${result.position}`}>
      <Flex vertical gap={8} style={{ width: "100%" }}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text strong>
            {result.position}. {label}
          </Typography.Text>
          {editable ? (
            // Radio buttons rather than Segmented, which shows its first option as chosen when none is.
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              aria-label={t("insp.outcome")}
              value={result.outcome}
              onChange={(e) => save({ outcome: e.target.value as Outcome })}
              options={OUTCOMES.map((o) => ({ value: o, label: t(`insp.outcome.${o}`) }))}
            />
          ) : result.outcome ? (
            <Tag color={OUTCOME_COLORS[result.outcome]}>{t(`insp.outcome.${result.outcome}`)}</Tag>
          ) : (
            <Tag>{t("insp.unanswered")}</Tag>
          )}
        </Flex>
        {editable ? (
          <Input
            aria-label={t("insp.note")}
            placeholder={t("insp.notePlaceholder")}
            value={note}
            maxLength={1000}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => note !== (result.note ?? "") && save({ note })}
            disabled={!result.outcome}
          />
        ) : (
          result.note && <Typography.Text type="secondary">{result.note}</Typography.Text>
        )}
        {result.outcome === "fail" &&
          (editable ? (
            <Flex gap={8} wrap>
              <Select<number>
                aria-label={t("insp.owner")}
                placeholder={t("insp.owner")}
                style={{ minWidth: 180 }}
                value={result.owner?.id}
                onChange={(ownerId) => save({ ownerId })}
                options={inspection.outletStaff.map((p) => ({ value: p.id, label: p.displayName }))}
              />
              <DatePicker
                aria-label={t("insp.dueOn")}
                placeholder={t("insp.dueOn")}
                value={result.dueOn ? dayjs(result.dueOn) : null}
                disabledDate={(d) => d.isBefore(dayjs(), "day")}
                onChange={(d) => save({ dueOn: d ? d.format("YYYY-MM-DD") : null })}
              />
            </Flex>
          ) : (
            <Typography.Text>
              {t("insp.owner")}：{result.owner?.displayName} · {t("insp.due", { date: result.dueOn ?? "" })}
            </Typography.Text>
          ))}
        <PhotoStrip
          inspectionId={inspection.id}
          photos={result.photos}
          uploading={photo.isPending}
          onUpload={editable ? (file) => photo.mutateAsync({ resultId: result.id, file }) : undefined}
        />
      </Flex>
    </List.Item>
  );
}
