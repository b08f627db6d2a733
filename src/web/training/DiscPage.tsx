import { Alert, Button, Card, Descriptions, Radio, Space, Switch, Typography } from "antd";
import { useState } from "react";
import type { DiscStyle } from "../../domain/training/disc.ts";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useDiscQuestions, useMyDisc, useShareDisc, useSubmitDisc } from "./api.ts";

/** 知己: the DISC self-test; the result is the person's own unless they share it with their managers. */
export function DiscPage() {
  const { t } = useI18n();
  const questions = useDiscQuestions();
  const mine = useMyDisc();
  const submit = useSubmitDisc();
  const share = useShareDisc();
  const [answers, setAnswers] = useState<Record<string, DiscStyle>>({});
  const [retaking, setRetaking] = useState(false);
  const result = mine.data?.result;
  return (
    <>
      <PageHeader title={t("disc.title")} subtitle={t("disc.subtitle")} />
      {result && !retaking ? (
        <Card>
          <Descriptions column={1}>
            <Descriptions.Item label={t("disc.style")}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t(`disc.style.${result.style}`)}
              </Typography.Title>
            </Descriptions.Item>
            <Descriptions.Item label={t("disc.scores")}>
              {(["D", "I", "S", "C"] as const).map((s) => `${s} ${result.scores[s]}`).join(" · ")}
            </Descriptions.Item>
            <Descriptions.Item label={t("disc.strength")}>{result.strength}</Descriptions.Item>
            <Descriptions.Item label={t("disc.watch")}>{result.watch}</Descriptions.Item>
            <Descriptions.Item label={t("disc.share")}>
              <Switch checked={result.shared} loading={share.isPending} onChange={(v) => share.mutate(v)} />
            </Descriptions.Item>
          </Descriptions>
          <Button onClick={() => setRetaking(true)}>{t("disc.retake")}</Button>
        </Card>
      ) : (
        <Space direction="vertical" style={{ width: "100%" }}>
          {submit.isError && <Alert type="error" showIcon message={submit.error.message} />}
          {(questions.data?.questions ?? []).map((q, n) => (
            <Card key={q.id} size="small" title={`${n + 1}. ${q.prompt}`}>
              <Radio.Group
                value={answers[q.id]}
                onChange={(e) => setAnswers((a) => ({ ...a, [q.id]: e.target.value }))}
                style={{ display: "flex", flexDirection: "column", gap: 8 }}
                options={(["D", "I", "S", "C"] as const).map((s) => ({ value: s, label: q.options[s] }))}
              />
            </Card>
          ))}
          <Button
            type="primary"
            block
            size="large"
            loading={submit.isPending}
            onClick={() => submit.mutate(answers, { onSuccess: () => setRetaking(false) })}
          >
            {t("training.submit")}
          </Button>
        </Space>
      )}
    </>
  );
}
