import { Button, Card, Col, Form, Input, List, Row, Select, Space, Tag } from "antd";
import { QUESTION_KINDS, type QuestionKind } from "../../domain/training/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type QuestionDraft, useCreateQuestion, useQuestions } from "./api.ts";
import { DraftQuestionsCard } from "./DraftQuestionsCard.tsx";

interface Values {
  kind: QuestionKind;
  text: string;
  options?: string;
  correct: number[] | number;
  explanation?: string;
}

const letter = (i: number) => String.fromCharCode(65 + i);

/** The question bank officers write: single and multiple choice, true/false. */
export function QuestionBank() {
  const { t } = useI18n();
  const questions = useQuestions(true);
  const create = useCreateQuestion();
  const [form] = Form.useForm<Values>();
  const onError = useFormErrorHandler(form);
  const kind = Form.useWatch("kind", form) ?? "single";
  const optionLines = (Form.useWatch("options", form) ?? "").split("\n").filter((l: string) => l.trim());
  const choices =
    kind === "true_false"
      ? [
          { value: 0, label: t("training.true") },
          { value: 1, label: t("training.false") },
        ]
      : optionLines.map((o: string, i: number) => ({ value: i, label: `${letter(i)}. ${o}` }));
  const submit = (v: Values) =>
    create.mutate(
      {
        kind: v.kind,
        text: v.text,
        options: v.kind === "true_false" ? [] : (v.options ?? "").split("\n").filter((l) => l.trim()),
        correct: Array.isArray(v.correct) ? v.correct : [v.correct],
        explanation: v.explanation ?? "",
      },
      { onSuccess: () => form.resetFields(), onError },
    );
  const fillFromDraft = (d: QuestionDraft) =>
    form.setFieldsValue({
      kind: d.kind,
      text: d.text,
      options: d.options.join("\n"),
      correct: d.kind === "multiple" ? d.correct : d.correct[0],
      explanation: d.explanation,
    });
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="large">
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={t("training.newQuestion")} size="small">
            <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: "single" }}>
              <Form.Item name="kind" label={t("training.questionKind")}>
                <Select
                  style={{ width: 200 }}
                  options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`training.questionKind.${k}`) }))}
                />
              </Form.Item>
              <Form.Item name="text" label={t("training.questionText")} rules={[{ required: true }]}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
              {kind !== "true_false" && (
                <Form.Item name="options" label={t("training.options")} rules={[{ required: true }]}>
                  <Input.TextArea rows={4} />
                </Form.Item>
              )}
              <Form.Item name="correct" label={t("training.correct")} rules={[{ required: true }]}>
                <Select mode={kind === "multiple" ? "multiple" : undefined} options={choices} />
              </Form.Item>
              <Form.Item name="explanation" label={t("training.explanation")}>
                <Input maxLength={1000} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={create.isPending}>
                {t("common.save")}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <DraftQuestionsCard onUse={fillFromDraft} />
        </Col>
      </Row>
      <List
        dataSource={questions.data ?? []}
        loading={questions.isPending}
        renderItem={(q) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Space>
                  <Tag>{t(`training.questionKind.${q.kind}`)}</Tag>
                  {q.text}
                </Space>
              }
              description={
                q.kind === "true_false"
                  ? `${t("training.correct")}: ${q.correct?.[0] === 0 ? t("training.true") : t("training.false")}`
                  : q.options
                      .map((o, i) => `${q.correct?.includes(i) ? "✓" : ""}${letter(i)}. ${o}`)
                      .join("  ")
              }
            />
          </List.Item>
        )}
      />
    </Space>
  );
}
