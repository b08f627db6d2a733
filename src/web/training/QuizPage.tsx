import { Alert, Button, Card, Checkbox, Radio, Result, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Question, useQuiz, useSubmitQuiz } from "./api.ts";

const letter = (i: number) => String.fromCharCode(65 + i);

/** Taking a quiz, on a phone as well: one card per question, graded when submitted. */
export function QuizPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const quiz = useQuiz(id);
  const submit = useSubmitQuiz(id);
  const [answers, setAnswers] = useState<Record<string, number[]>>({});
  const q = quiz.data;
  if (quiz.isError) return <Result status="404" title={quiz.error.message} />;
  if (!q) return <Card loading />;
  const outcome = submit.data;
  const done = outcome !== undefined || q.myScore !== null;
  const rightOf = (questionId: number) => outcome?.results.find((r) => r.questionId === questionId)?.right;
  const choices = (question: Question) =>
    question.kind === "true_false"
      ? [t("training.true"), t("training.false")]
      : question.options.map((o, i) => `${letter(i)}. ${o}`);
  return (
    <>
      <PageHeader title={q.title} subtitle={t("training.questionCount", { count: q.questions.length })} />
      {outcome && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          message={t("training.score", { score: outcome.score, right: outcome.right, total: outcome.total })}
        />
      )}
      {!outcome && q.myScore !== null && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`${t("training.myScore")}: ${q.myScore}`}
        />
      )}
      {submit.isError && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={submit.error.message} />
      )}
      <Space direction="vertical" style={{ width: "100%" }}>
        {q.questions.map((question, n) => {
          const options = choices(question).map((label, i) => ({ value: i, label }));
          const value = answers[question.id] ?? [];
          const set = (v: number[]) => setAnswers((a) => ({ ...a, [question.id]: v }));
          const right = rightOf(question.id);
          return (
            <Card
              key={question.id}
              size="small"
              title={
                <Typography.Text style={{ whiteSpace: "normal" }}>
                  {n + 1}. {question.text}
                </Typography.Text>
              }
              extra={
                right === undefined ? (
                  <Tag>{t(`training.questionKind.${question.kind}`)}</Tag>
                ) : (
                  <Tag color={right ? "green" : "red"}>
                    {right ? t("training.right") : t("training.wrong")}
                  </Tag>
                )
              }
            >
              {question.kind === "multiple" ? (
                <Checkbox.Group
                  disabled={done}
                  options={options}
                  value={value}
                  onChange={(v) => set(v as number[])}
                  style={{ display: "flex", flexDirection: "column", gap: 8 }}
                />
              ) : (
                <Radio.Group
                  disabled={done}
                  value={value[0]}
                  onChange={(e) => set([e.target.value])}
                  style={{ display: "flex", flexDirection: "column", gap: 8 }}
                  options={options}
                />
              )}
              {question.correct && (
                <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                  {t("training.correct")}: {question.correct.map((i) => choices(question)[i]).join("、")}
                  {question.explanation ? ` — ${question.explanation}` : ""}
                </Typography.Paragraph>
              )}
            </Card>
          );
        })}
      </Space>
      {!done && (
        <Button
          type="primary"
          size="large"
          block
          style={{ marginTop: 16 }}
          loading={submit.isPending}
          onClick={() => submit.mutate(answers)}
        >
          {t("training.submit")}
        </Button>
      )}
    </>
  );
}
