import { Alert, App, Button, Card, Col, Form, Input, Row } from "antd";
import { useParams } from "react-router";
import { STEPS } from "../../domain/counter-exceptions/vocabulary.ts";
import type { CounterGuidanceContent } from "../../domain/knowhow/counter-guidance.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useCan } from "../auth/current-user.tsx";
import { GuidanceNote } from "../counter-exceptions/GuidanceNote.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useSaveDraft } from "./api.ts";
import { EditorFrame } from "./EditorFrame.tsx";
import { ImprovementPicker } from "./ImprovementPicker.tsx";

/** One exception type's guidance: what to do at each step and how to prevent it, previewed as the pages show it. */
export function GuidanceEditorPage() {
  const key = useParams().key ?? "";
  return (
    <EditorFrame<CounterGuidanceContent>
      path="counter-guidance"
      itemKey={key}
      editor={(start, title) => <Editor itemKey={key} start={start} title={title} />}
    />
  );
}

function Editor({
  itemKey,
  start,
  title,
}: {
  itemKey: string;
  start: CounterGuidanceContent;
  title: string;
}) {
  const { t, locale } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const [form] = Form.useForm<CounterGuidanceContent & { improvementIds?: number[] }>();
  const onError = useFormErrorHandler(form);
  const save = useSaveDraft<CounterGuidanceContent>("counter-guidance", itemKey);
  const watched = Form.useWatch((v) => v, { form, preserve: true }) as CounterGuidanceContent | undefined;
  const content = { ...start, ...watched, steps: { ...start.steps, ...watched?.steps } };
  const editable = can("knowhow.edit");
  const pair = (name: string[], label: string) => (
    <Form.Item label={label} style={{ marginBottom: 8 }}>
      <div style={{ display: "flex", gap: 8 }}>
        <Form.Item name={[...name, "zh"]} rules={[{ required: true }]} style={{ flex: 1 }}>
          <Input.TextArea autoSize placeholder={t("kh.zh")} aria-label={`${label} ${t("kh.zh")}`} />
        </Form.Item>
        <Form.Item name={[...name, "en"]} rules={[{ required: true }]} style={{ flex: 1 }}>
          <Input.TextArea autoSize placeholder={t("kh.en")} aria-label={`${label} ${t("kh.en")}`} />
        </Form.Item>
      </div>
    </Form.Item>
  );
  const shown = {
    steps: Object.fromEntries(STEPS.map((s) => [s, content.steps[s]?.[locale] ?? ""])) as Record<
      (typeof STEPS)[number],
      string
    >,
    prevention: content.prevention?.[locale] ?? "",
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card title={title}>
          {!editable && (
            <Alert type="info" showIcon message={t("kh.publishOnly")} style={{ marginBottom: 16 }} />
          )}
          <Form
            form={form}
            layout="vertical"
            initialValues={start}
            disabled={!editable}
            onFinish={({ improvementIds, ...content }) =>
              save.mutate(
                { content, improvementIds },
                { onSuccess: () => message.success(t("kh.saved")), onError },
              )
            }
          >
            {STEPS.map((s) => pair(["steps", s], t(`cex.steps.${s}`)))}
            {pair(["prevention"], t("cex.guidance.prevention"))}
            {editable && <ImprovementPicker area="procedure" />}
            {editable && (
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t("kh.saveDraft")}
              </Button>
            )}
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t("kh.preview")}>
          <GuidanceNote guidance={shown} steps={STEPS} />
        </Card>
      </Col>
    </Row>
  );
}
