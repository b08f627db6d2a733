import { Button, Card, Empty, List, Segmented, Select, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { MATERIAL_KINDS, type MaterialKind } from "../../domain/training/vocabulary.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type QuestionDraft, useQuestionDrafts, useQuestionSources } from "./api.ts";

const KIND_LABEL = {
  script: "training.materialScript",
  case: "training.materialCase",
  rule: "training.materialRule",
  playbook: "training.materialPlaybook",
} as const;

const letter = (i: number) => String.fromCharCode(65 + i);

/** Picks a script, a case, a rule or a playbook and lists the questions drafted from it; "use" fills the new-question form. */
export function DraftQuestionsCard({ onUse }: { onUse: (draft: QuestionDraft) => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<MaterialKind>("script");
  const [ref, setRef] = useState<string>();
  const sources = useQuestionSources(kind);
  const drafts = useQuestionDrafts(kind, ref);
  return (
    <Card title={t("training.draftFrom")} size="small">
      <Space direction="vertical" style={{ width: "100%" }}>
        <Segmented
          value={kind}
          onChange={(k) => {
            setKind(k as MaterialKind);
            setRef(undefined);
          }}
          options={MATERIAL_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
        />
        <Select
          aria-label={t("training.draftSource")}
          placeholder={t("training.draftSource")}
          style={{ width: "100%" }}
          showSearch
          optionFilterProp="label"
          value={ref}
          onChange={setRef}
          loading={sources.isPending}
          options={(sources.data ?? []).map((s) => ({ value: s.ref, label: s.title }))}
        />
        {ref !== undefined && (
          <>
            <Typography.Text type="secondary">{t("training.draftHint")}</Typography.Text>
            <List
              loading={drafts.isPending}
              dataSource={drafts.data?.items ?? []}
              locale={{ emptyText: <Empty description={t("training.draftNone")} /> }}
              renderItem={(d) => (
                <List.Item
                  actions={[
                    <Button key="use" size="small" onClick={() => onUse(d)}>
                      {t("training.draftUse")}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={
                      <Space align="start">
                        <Tag>{t(`training.questionKind.${d.kind}`)}</Tag>
                        <span style={{ whiteSpace: "pre-line" }}>{d.text}</span>
                      </Space>
                    }
                    description={
                      d.kind === "true_false"
                        ? `${t("training.correct")}: ${d.correct[0] === 0 ? t("training.true") : t("training.false")}`
                        : d.options
                            .map((o, i) => `${d.correct.includes(i) ? "✓" : ""}${letter(i)}. ${o}`)
                            .join("  ")
                    }
                  />
                </List.Item>
              )}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
