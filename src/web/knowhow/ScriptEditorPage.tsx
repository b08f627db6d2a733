import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
} from "antd";
import { useMemo } from "react";
import { useParams } from "react-router";
import { CATEGORIES, CATEGORY_CODES } from "../../domain/incidents/categories.ts";
import type { ScriptContent } from "../../domain/knowhow/schema.ts";
import { TECHNIQUES } from "../../domain/scripts/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useCan } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useScenario } from "../scripts/api.ts";
import { ScenarioGuidance } from "../scripts/ScenarioGuidance.tsx";
import { type KnowhowVersion, usePublishVersion, useSaveScriptDraft, useScriptVersions } from "./api.ts";

/** The form holds steps and traps as text, one a line, so that typing a new line is not undone. */
type FormValues = Omit<ScriptContent, "steps" | "traps"> & { steps: string; traps: string };

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
const fromForm = (v: FormValues): ScriptContent => ({ ...v, steps: lines(v.steps), traps: lines(v.traps) });

const STATUS_COLORS = { draft: "processing", published: "success", superseded: "default" } as const;

/** One script: the caller's draft with a preview as staff will read it, and the versions to publish. */
export function ScriptEditorPage() {
  const { t } = useI18n();
  const can = useCan();
  const key = useParams().key ?? "";
  const versions = useScriptVersions(key);
  const inForce = useScenario(key);
  if (versions.isError) return <Result status="404" title={versions.error.message} />;
  if (!versions.data || !inForce.data) return <Spin />;
  const { versionId, versionNo } = inForce.data;
  const all = versions.data.versions;
  // An editor works on their draft, or starts one from the version in force for them; someone who only
  // publishes reads the draft waiting for them, so that they publish what they have read.
  const draft = can("knowhow.edit")
    ? all.find((v) => v.allowedActions.includes("edit"))
    : all.find((v) => v.allowedActions.includes("publish"));
  const start = draft ?? all.find((v) => v.id === versionId);
  if (!start) return <Spin />;
  const title = !draft
    ? t("kh.newDraft")
    : can("knowhow.edit")
      ? t("kh.yourDraft")
      : t("kh.draftToPublish", { n: String(draft.versionNo), unit: draft.orgUnitName ?? t("kh.wholeBank") });
  return (
    <>
      <PageHeader title={inForce.data.title} subtitle={t("kh.inForceNow", { n: String(versionNo) })} />
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <Versions scriptKey={key} versions={versions.data.versions} />
        <Editor key={start.id} scriptKey={key} start={start.content} title={title} />
      </Space>
    </>
  );
}

function Editor({ scriptKey, start, title }: { scriptKey: string; start: ScriptContent; title: string }) {
  const { t, locale } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const onError = useFormErrorHandler(form);
  const save = useSaveScriptDraft(scriptKey);
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
              save.mutate(fromForm(v), { onSuccess: () => message.success(t("kh.saved")), onError })
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

function Versions({ scriptKey, versions }: { scriptKey: string; versions: KnowhowVersion[] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const publish = usePublishVersion(scriptKey);
  return (
    <Card title={t("kh.versions")} size="small">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={versions}
        columns={[
          {
            title: t("kh.version"),
            dataIndex: "versionNo",
            render: (n: number) => t("kh.versionNo", { n: String(n) }),
          },
          {
            title: t("kh.appliesTo"),
            dataIndex: "orgUnitName",
            render: (name: string | null) => name ?? t("kh.wholeBank"),
          },
          {
            title: t("kh.status"),
            dataIndex: "status",
            render: (s: KnowhowVersion["status"]) => (
              <Tag color={STATUS_COLORS[s]}>{t(`kh.status.${s}`)}</Tag>
            ),
          },
          { title: t("kh.field.title"), render: (_, v) => v.content.title },
          { title: t("kh.author"), render: (_, v) => v.author ?? t("kh.shipped") },
          {
            title: t("kh.published"),
            render: (_, v) =>
              v.publishedAt ? `${v.publisher ?? t("kh.shipped")} · ${formatTime(v.publishedAt)}` : "",
          },
          {
            title: "",
            render: (_, v) =>
              v.allowedActions.includes("publish") && (
                <Button
                  type="primary"
                  size="small"
                  loading={publish.isPending}
                  onClick={() =>
                    publish.mutate(v.id, {
                      onSuccess: () => message.success(t("kh.publishedNow")),
                      onError: (e) => message.error(e.message),
                    })
                  }
                >
                  {t("kh.publish")}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
