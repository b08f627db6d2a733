import { DatePicker, Form, Input, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import { CASE_OUTCOMES, CASE_SOURCE_KINDS } from "../../domain/cases/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { outsidePast, usePlausibilityRules } from "../common/plausibility.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useCreateCase } from "./api.ts";
import { SimilarCases } from "./SimilarCases.tsx";

const commaList = (text: string | undefined) =>
  (text ?? "")
    .split(/[,，、\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A new draft case; personal data is stripped by the server before it is stored. */
export function CreateCaseModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const onError = useFormErrorHandler(form);
  const plausible = usePlausibilityRules();
  const described = [{ required: true, whitespace: true, message: t("cp.required") }, plausible.described()];
  const create = useCreateCase();
  const story = Form.useWatch<string | undefined>("story", form) ?? "";
  const category = Form.useWatch<string | undefined>("category", form);
  return (
    <Modal
      open
      width={720}
      title={t("cases.new")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ sourceKind: "manual", outcome: "resolved_on_site" }}
        onFinish={(v: Record<string, string> & { occurredOn: Dayjs }) =>
          create.mutate(
            {
              title: v.title,
              category: v.category,
              outcome: v.outcome as (typeof CASE_OUTCOMES)[number],
              occurredOn: v.occurredOn.format("YYYY-MM-DD"),
              story: v.story,
              lessons: v.lessons,
              tags: commaList(v.tags),
              names: commaList(v.names),
              sourceKind: v.sourceKind as (typeof CASE_SOURCE_KINDS)[number],
              ...(v.sourceRef && { sourceRef: v.sourceRef }),
            },
            { onSuccess: onClose, onError },
          )
        }
      >
        <Form.Item name="title" label={t("cases.titleField")} rules={described}>
          <Input />
        </Form.Item>
        <Form.Item
          name="category"
          label={t("cases.category")}
          rules={[{ required: true, message: t("cp.required") }]}
        >
          <Input placeholder="crowd_surge" />
        </Form.Item>
        <Form.Item name="outcome" label={t("cases.outcome")}>
          <Select options={CASE_OUTCOMES.map((o) => ({ value: o, label: t(`cases.outcomes.${o}`) }))} />
        </Form.Item>
        <Form.Item
          name="occurredOn"
          label={t("cases.occurredOn")}
          rules={[{ required: true, message: t("cp.required") }]}
        >
          <DatePicker disabledDate={outsidePast} />
        </Form.Item>
        <Form.Item name="sourceKind" label={t("cases.sourceKind")}>
          <Select options={CASE_SOURCE_KINDS.map((k) => ({ value: k, label: t(`cases.sourceKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="sourceRef" label={t("cases.source")}>
          <Input placeholder="INC-20260305-0001" />
        </Form.Item>
        <Form.Item name="story" label={t("cases.story")} rules={described}>
          <Input.TextArea rows={5} />
        </Form.Item>
        <Form.Item name="lessons" label={t("cases.lessons")} rules={described}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="tags" label={t("cases.tags")}>
          <Input placeholder="挤兑、舆情" />
        </Form.Item>
        <Form.Item name="names" label={t("cases.names")} extra={t("cases.namesHint")}>
          <Input />
        </Form.Item>
      </Form>
      {/* Before writing up a case, see whether the library already holds its like. */}
      <SimilarCases text={story} category={category || undefined} />
    </Modal>
  );
}
