import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space } from "antd";
import { useMemo } from "react";
import { useParams } from "react-router";
import { CATEGORIES, CATEGORY_CODES } from "../../domain/incidents/categories.ts";
import type { ScriptContent } from "../../domain/knowhow/schema.ts";
import { TECHNIQUES } from "../../domain/scripts/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useCan } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { ScenarioGuidance } from "../scripts/ScenarioGuidance.tsx";
import { useSaveDraft } from "./api.ts";
import { EditorFrame } from "./EditorFrame.tsx";
import { ImprovementPicker } from "./ImprovementPicker.tsx";

/** The form holds steps and traps as text, one a line, so that typing a new line is not undone. */
type FormValues = Omit<ScriptContent, "steps" | "traps"> & {
  steps: string;
  traps: string;
  improvementIds?: number[];
};

const toForm = (c: ScriptContent): FormValues => ({
  ...c,
  steps: c.steps.join("\n"),
  traps: c.traps.join("\n"),
});
const lines = (text = "") =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
const fromForm = ({ improvementIds: _, ...v }: FormValues): ScriptContent => ({
  ...v,
  steps: lines(v.steps),
  traps: lines(v.traps),
});

/** One script: the caller's draft with a preview as staff will read it, and the versions to publish. */
export function ScriptEditorPage() {
  const key = useParams().key ?? "";
  return (
    <EditorFrame<ScriptContent>
      path="scripts"
      itemKey={key}
      summary={(c) => c.title}
      editor={(start, title) => <Editor scriptKey={key} start={start} title={title} />}
    />
  );
}

function Editor({ scriptKey, start, title }: { scriptKey: string; start: ScriptContent; title: string }) {
  const { t, locale } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const onError = useFormErrorHandler(form);
  const save = useSaveDraft<ScriptContent>("scripts", scriptKey);
  const initial = useMemo(() => toForm(start), [start]);
  const watched = Form.useWatch([], form) as FormValues | undefined;
  const preview = fromForm({ ...initial, ...watched });
  const editable = can("knowhow.edit");
  const reply = (name: "goodReplies" | "badReplies") => (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <div key={f.key} style={{ display: "flex", gap: 8, alignItems: "flex-start" }}>
              <Form.Item name={[f.name, "text"]} rules={[{ required: true }]} style={{ flex: 3 }}>
                <Input.TextArea autoSize placeholder={t("kh.replyText")} aria-label={t("kh.replyText")} />
              </Form.Item>
              <Form.Item name={[f.name, "why"]} rules={[{ required: true }]} style={{ flex: 2 }}>
                <Input.TextArea autoSize placeholder={t("kh.replyWhy")} aria-label={t("kh.replyWhy")} />
              </Form.Item>
              <MinusCircleOutlined
                style={{ marginTop: 8 }}
                onClick={() => remove(f.name)}
                aria-label={t("kh.remove")}
              />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: "", why: "" })}>
            {t("kh.addReply")}
          </Button>
        </>
      )}
    </Form.List>
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={title}>
          {!editable && (
            <Alert type="info" showIcon message={t("kh.publishOnly")} style={{ marginBottom: 16 }} />
          )}
          <Form
            form={form}
            layout="vertical"
            initialValues={initial}
            disabled={!editable}
            onFinish={(v) =>
              save.mutate(
                { content: fromForm(v), improvementIds: v.improvementIds },
                { onSuccess: () => message.success(t("kh.saved")), onError },
              )
            }
          >
            <Form.Item name="title" label={t("kh.field.title")} rules={[{ required: true }]}>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name="technique" label={t("kh.field.technique")}>
              <Select options={TECHNIQUES.map((v) => ({ value: v, label: t(`scripts.techniques.${v}`) }))} />
            </Form.Item>
            <Form.Item name="situation" label={t("kh.field.situation")} rules={[{ required: true }]}>
              <Input.TextArea autoSize={{ minRows: 2 }} />
            </Form.Item>
            <Form.Item name="customerLine" label={t("kh.field.customerLine")} rules={[{ required: true }]}>
              <Input.TextArea autoSize />
            </Form.Item>
            <Form.Item name="steps" label={t("kh.field.steps")} extra={t("kh.oneALine")}>
              <Input.TextArea autoSize={{ minRows: 3 }} />
            </Form.Item>
            <Form.Item label={t("scripts.good")}>{reply("goodReplies")}</Form.Item>
            <Form.Item label={t("scripts.bad")}>{reply("badReplies")}</Form.Item>
            <Form.Item name="traps" label={t("kh.field.traps")} extra={t("kh.oneALine")}>
              <Input.TextArea autoSize={{ minRows: 2 }} />
            </Form.Item>
            <Form.Item name="incidentCategories" label={t("kh.field.incidentCategories")}>
              <Select
                mode="multiple"
                options={CATEGORY_CODES.map((c) => ({ value: c, label: CATEGORIES[c].label[locale] }))}
              />
            </Form.Item>
            <Form.Item name="complaintCauses" label={t("kh.field.complaintCauses")}>
              <Select mode="tags" />
            </Form.Item>
            {editable && <ImprovementPicker area="script" />}
            {editable && (
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t("kh.saveDraft")}
              </Button>
            )}
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t("kh.preview")}>
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <Alert type="info" showIcon message={preview.title} description={`“${preview.customerLine}”`} />
            <ScenarioGuidance scenario={preview} />
          </Space>
        </Card>
      </Col>
    </Row>
  );
}
