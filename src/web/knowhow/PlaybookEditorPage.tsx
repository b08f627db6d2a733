import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Collapse,
  Form,
  type FormInstance,
  Input,
  Row,
  Select,
  Space,
  Tag,
} from "antd";
import { useMemo, useState } from "react";
import { useParams } from "react-router";
import { ROLE_LABELS, ROLES } from "../../domain/auth/roles.ts";
import {
  CATEGORIES,
  CATEGORY_CODES,
  isCategoryCode,
  QUESTIONS,
  type QuestionKey,
} from "../../domain/incidents/categories.ts";
import { CONTACT_KINDS, CONTACT_LABELS } from "../../domain/incidents/guidance.ts";
import { STEP_KEYS, STEP_TITLES } from "../../domain/incidents/playbook.ts";
import { SEVERITIES, SEVERITY_LABELS, suggestSeverity } from "../../domain/incidents/severity.ts";
import type { PlaybookContent } from "../../domain/knowhow/playbook.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useCan } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useSaveDraft } from "./api.ts";
import { EditorFrame } from "./EditorFrame.tsx";
import { ImprovementPicker } from "./ImprovementPicker.tsx";
import { PlaybookOutline } from "./PlaybookOutline.tsx";

const QUESTION_KEYS = Object.keys(QUESTIONS) as QuestionKey[];

/** A floor is optional in the content; the form always has one, with no level meaning none. */
type FormAnswer = Omit<PlaybookContent["answers"][QuestionKey], "floor"> & {
  floor: { level?: (typeof SEVERITIES)[number]; reason: { zh: string; en: string } };
};
type FormValues = Omit<PlaybookContent, "answers"> & {
  answers: Record<QuestionKey, FormAnswer>;
  improvementIds?: number[];
};

const toForm = (c: PlaybookContent): FormValues => ({
  ...c,
  answers: Object.fromEntries(
    QUESTION_KEYS.map((q) => [
      q,
      { ...c.answers[q], floor: c.answers[q].floor ?? { reason: { zh: "", en: "" } } },
    ]),
  ) as FormValues["answers"],
});
const fromForm = ({ improvementIds: _, ...v }: FormValues): PlaybookContent => ({
  ...v,
  answers: Object.fromEntries(
    QUESTION_KEYS.map((q) => {
      const { floor, betterCategory, ...rest } = v.answers[q];
      return [
        q,
        {
          ...rest,
          ...(floor.level ? { floor: { level: floor.level, reason: floor.reason } } : {}),
          ...(betterCategory ? { betterCategory } : {}),
        },
      ];
    }),
  ) as PlaybookContent["answers"],
});

/** A task added in the editor gets a key of its own, so that a category and an answer never double it. */
const newTask = () => ({
  key: `custom.t${Date.now().toString(36)}`,
  step: "respond" as const,
  role: "lobby_manager" as const,
  text: { zh: "", en: "" },
});

/** One category's playbook: tasks, what each answer adds, calming lines and numbers, with the room's preview. */
export function PlaybookEditorPage() {
  const key = useParams().key ?? "";
  return (
    <EditorFrame<PlaybookContent>
      path="playbooks"
      itemKey={key}
      editor={(start, title) => <Editor itemKey={key} start={start} title={title} />}
    />
  );
}

function Editor({ itemKey, start, title }: { itemKey: string; start: PlaybookContent; title: string }) {
  const { t, locale } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const onError = useFormErrorHandler(form);
  const save = useSaveDraft<PlaybookContent>("playbooks", itemKey);
  const initial = useMemo(() => toForm(start), [start]);
  const editable = can("knowhow.edit");
  const own = isCategoryCode(itemKey) ? CATEGORIES[itemKey].questions : [];
  const ordered = [...own, ...QUESTION_KEYS.filter((q) => !own.includes(q))];
  // A task's Chinese and English sit one above the other, so that each has the row's width.
  const texts = (name: (string | number)[], stacked = false) => (
    <div
      style={{ display: "flex", flexDirection: stacked ? "column" : "row", gap: stacked ? 0 : 8, flex: 1 }}
    >
      <Form.Item name={[...name, "zh"]} rules={[{ required: true }]} style={{ flex: 1, marginBottom: 8 }}>
        <Input.TextArea autoSize placeholder={t("kh.zh")} aria-label={t("kh.zh")} />
      </Form.Item>
      <Form.Item name={[...name, "en"]} rules={[{ required: true }]} style={{ flex: 1, marginBottom: 8 }}>
        <Input.TextArea autoSize placeholder={t("kh.en")} aria-label={t("kh.en")} />
      </Form.Item>
    </div>
  );
  const tasks = (name: (string | number)[]) => (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <div key={f.key} style={{ display: "flex", gap: 8, alignItems: "flex-start" }}>
              <Form.Item name={[f.name, "key"]} hidden>
                <Input />
              </Form.Item>
              <Form.Item name={[f.name, "step"]} style={{ width: 120, marginBottom: 8 }}>
                <Select
                  aria-label={t("kh.step")}
                  options={STEP_KEYS.map((s) => ({ value: s, label: STEP_TITLES[s][locale] }))}
                />
              </Form.Item>
              <Form.Item name={[f.name, "role"]} style={{ width: 130, marginBottom: 8 }}>
                <Select
                  aria-label={t("kh.role")}
                  options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][locale] }))}
                />
              </Form.Item>
              {texts([f.name, "text"], true)}
              <MinusCircleOutlined
                style={{ marginTop: 8 }}
                onClick={() => remove(f.name)}
                aria-label={t("kh.remove")}
              />
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newTask())}>
            {t("kh.addTask")}
          </Button>
        </>
      )}
    </Form.List>
  );
  const contactOptions = CONTACT_KINDS.map((c) => ({ value: c, label: CONTACT_LABELS[c][locale] }));
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
            initialValues={initial}
            disabled={!editable}
            onFinish={() => {
              const values = form.getFieldsValue(true) as FormValues;
              save.mutate(
                { content: fromForm(values), improvementIds: values.improvementIds },
                { onSuccess: () => message.success(t("kh.saved")), onError },
              );
            }}
          >
            <Form.Item label={t("kh.pb.tasks")} extra={t("kh.pb.tasksHelp")}>
              {tasks(["tasks"])}
            </Form.Item>
            <Form.Item label={t("kh.pb.calming")}>
              <Form.List name="calming">
                {(fields, { add, remove }) => (
                  <div data-testid="pb-calming">
                    {fields.map((f) => (
                      <div key={f.key} style={{ display: "flex", gap: 8, alignItems: "flex-start" }}>
                        {texts([f.name])}
                        <MinusCircleOutlined
                          style={{ marginTop: 8 }}
                          onClick={() => remove(f.name)}
                          aria-label={t("kh.remove")}
                        />
                      </div>
                    ))}
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ zh: "", en: "" })}>
                      {t("kh.addLine")}
                    </Button>
                  </div>
                )}
              </Form.List>
            </Form.Item>
            <Form.Item name="contacts" label={t("kh.pb.contacts")} extra={t("kh.pb.contactsHelp")}>
              <Select mode="multiple" options={contactOptions} />
            </Form.Item>
            <Form.Item label={t("kh.pb.answers")} extra={t("kh.pb.answersHelp")}>
              <Collapse
                size="small"
                items={ordered.map((q) => ({
                  key: q,
                  label: (
                    <>
                      {QUESTIONS[q][locale]} {own.includes(q) && <Tag color="blue">{t("kh.pb.asked")}</Tag>}
                    </>
                  ),
                  children: (
                    <>
                      <Row gutter={8}>
                        <Col span={12}>
                          <Form.Item name={["answers", q, "callFirst"]} label={t("kh.pb.callFirst")}>
                            <Select mode="multiple" options={contactOptions} />
                          </Form.Item>
                        </Col>
                        <Col span={12}>
                          <Form.Item name={["answers", q, "callAlso"]} label={t("kh.pb.callAlso")}>
                            <Select mode="multiple" options={contactOptions} />
                          </Form.Item>
                        </Col>
                        <Col span={12}>
                          <Form.Item name={["answers", q, "floor", "level"]} label={t("kh.pb.floor")}>
                            <Select
                              allowClear
                              options={SEVERITIES.map((s) => ({
                                value: s,
                                label: SEVERITY_LABELS[s][locale],
                              }))}
                            />
                          </Form.Item>
                        </Col>
                        <Col span={12}>
                          <Form.Item
                            name={["answers", q, "betterCategory"]}
                            label={t("kh.pb.betterCategory")}
                          >
                            <Select
                              allowClear
                              options={CATEGORY_CODES.map((c) => ({
                                value: c,
                                label: CATEGORIES[c].label[locale],
                              }))}
                            />
                          </Form.Item>
                        </Col>
                      </Row>
                      <Form.Item label={t("kh.pb.floorReason")} style={{ marginBottom: 0 }}>
                        <div style={{ display: "flex", gap: 8 }}>
                          <Form.Item name={["answers", q, "floor", "reason", "zh"]} style={{ flex: 1 }}>
                            <Input placeholder={t("kh.zh")} aria-label={t("kh.zh")} />
                          </Form.Item>
                          <Form.Item name={["answers", q, "floor", "reason", "en"]} style={{ flex: 1 }}>
                            <Input placeholder={t("kh.en")} aria-label={t("kh.en")} />
                          </Form.Item>
                        </div>
                      </Form.Item>
                      <Form.Item label={t("kh.pb.answerTasks")}>{tasks(["answers", q, "tasks"])}</Form.Item>
                    </>
                  ),
                }))}
              />
            </Form.Item>
            {editable && <ImprovementPicker area="playbook" />}
            {editable && (
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t("kh.saveDraft")}
              </Button>
            )}
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Preview category={itemKey} form={form} initial={initial} />
      </Col>
    </Row>
  );
}

/**
 * The playbook as the incident room will show it, for the answers the editor picks. It watches the form
 * itself, so that typing re-renders the preview and not the whole form.
 */
function Preview({
  category,
  form,
  initial,
}: {
  category: string;
  form: FormInstance<FormValues>;
  initial: FormValues;
}) {
  const { t, locale } = useI18n();
  const watched = Form.useWatch((v) => v, { form, preserve: true }) as FormValues | undefined;
  const content = fromForm({ ...initial, ...watched });
  const [yes, setYes] = useState<QuestionKey[]>([]);
  const answers = Object.fromEntries(yes.map((q) => [q, true]));
  const level = isCategoryCode(category)
    ? suggestSeverity(category, answers, undefined, content.answers)
    : null;
  return (
    <Card title={t("kh.pb.preview")}>
      <Space direction="vertical" size={12} style={{ width: "100%" }}>
        <Select
          mode="multiple"
          allowClear
          style={{ width: "100%" }}
          placeholder={t("kh.pb.previewAnswers")}
          aria-label={t("kh.pb.previewAnswers")}
          value={yes}
          onChange={setYes}
          options={QUESTION_KEYS.map((q) => ({ value: q, label: QUESTIONS[q][locale] }))}
        />
        {level && (
          <Alert
            type="warning"
            showIcon
            message={`${SEVERITY_LABELS[level.severity][locale]} · ${level.reason[locale]}`}
          />
        )}
        <PlaybookOutline content={content} answers={answers} />
      </Space>
    </Card>
  );
}
