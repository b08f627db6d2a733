import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { ComplaintAction } from "../../domain/complaints/lifecycle.ts";
import { OUTCOMES } from "../../domain/complaints/vocabulary.ts";
import { outsidePast, plausibilityRules } from "../common/plausibility.ts";
import type { Locale, MessageKey, Params } from "../i18n/dictionaries.ts";
import type { ActionSpec } from "./ActionModal.tsx";
import type { Complaint } from "./api.ts";
import {
  LABELS,
  NOTICE_CHANNEL_LABELS,
  NOTICE_PURPOSE_LABELS,
  optionsOf,
  SATISFACTION_LABELS,
} from "./labels.ts";
import { UserPicker } from "./UserPicker.tsx";

type T = (key: MessageKey, params?: Params) => string;

/** A time something happened, and a text that must say something: the fields most actions ask for. */
function fieldsIn(locale: Locale) {
  const plausible = plausibilityRules(locale);
  return {
    at: (name: string, label: string) => (
      <Form.Item name={name} label={label} rules={[{ required: true }, plausible.pastTime(label)]}>
        <DatePicker
          showTime={{ format: "HH:mm" }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={outsidePast}
          style={{ width: "100%" }}
        />
      </Form.Item>
    ),
    text: (name: string, label: string, rows = 3) => (
      <Form.Item
        name={name}
        label={label}
        rules={[{ required: true, whitespace: true }, plausible.described()]}
      >
        <Input.TextArea rows={rows} maxLength={2000} />
      </Form.Item>
    ),
  };
}
const iso = (field: string) => (v: Record<string, unknown>) => ({
  ...v,
  [field]: (v[field] as Dayjs).toISOString(),
});

/**
 * The form that approves or refuses an extension: the modal is the confirmation, and a refusal must say why
 * (the body schemas require the same).
 */
export function extensionDecisionSpec(
  e: Complaint["extensions"][number],
  approve: boolean,
  t: T,
): ActionSpec {
  const verb = approve ? "approve" : "reject";
  return {
    path: `extensions/${e.id}/${verb}`,
    title: t(`cmp.extension.${verb}Title`, { level: e.level }),
    done: t("cmp.extension.decidedDone"),
    fields: (
      <>
        <Alert
          type={approve ? "info" : "warning"}
          showIcon
          title={t(`cmp.extension.${verb}Hint`)}
          style={{ marginBottom: 16 }}
        />
        <Form.Item
          name="note"
          label={t("cmp.extension.note")}
          rules={[{ required: !approve, whitespace: true, message: t("cmp.required") }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </>
    ),
  };
}

/** The modal forms behind the detail page's buttons, keyed by the domain action they perform. */
export function actionSpecs(
  c: Complaint,
  t: T,
  locale: Locale,
): Partial<Record<ComplaintAction, ActionSpec>> {
  const nextLevel = c.extensionLevel + 1;
  const { at, text } = fieldsIn(locale);
  return {
    assign: {
      path: "assign",
      title: t("cmp.assign"),
      initialValues: { handlerId: c.handler?.id },
      done: t("cmp.assigned"),
      fields: (
        <>
          <Alert type="info" showIcon title={t("cmp.assign.hint")} style={{ marginBottom: 16 }} />
          <Form.Item
            name="handlerId"
            label={t("cmp.handler")}
            rules={[{ required: true, message: t("cmp.required") }]}
          >
            <UserPicker action="complaints.handle" />
          </Form.Item>
        </>
      ),
    },
    request_extension: {
      path: "extensions",
      title: t("cmp.extension.request"),
      initialValues: { level: nextLevel },
      fields: (
        <>
          <Form.Item name="level" label={t("cmp.extension.level")}>
            <Radio.Group
              options={[1, 2].map((l) => ({
                value: l,
                label: t(`cmp.extension.level${l as 1 | 2}`),
                disabled: l !== nextLevel,
              }))}
              style={{ display: "flex", flexDirection: "column" }}
            />
          </Form.Item>
          {text("reason", t("cmp.extension.reason"))}
        </>
      ),
    },
    pause: {
      path: "pauses",
      title: t("cmp.pause"),
      initialValues: { reason: "appraisal" },
      fields: (
        <Form.Item name="reason" label={t("cmp.pause.reason")}>
          <Radio.Group
            options={[
              { value: "appraisal", label: t("cmp.pause.appraisal") },
              { value: "mediation", label: t("cmp.pause.mediation") },
            ]}
          />
        </Form.Item>
      ),
    },
    restart: { path: "restart", title: t("cmp.restart"), fields: text("reason", t("cmp.restart.reason")) },
    withdraw: {
      path: "withdraw",
      title: t("cmp.withdraw"),
      fields: text("reason", t("cmp.extension.reason"), 2),
    },
    decide: {
      path: "decision",
      title: t("cmp.decide"),
      initialValues: { outcome: "partly_upheld" },
      fields: (
        <>
          {text("findings", t("cmp.decision.findings"))}
          {text("basis", t("cmp.decision.basis"))}
          <Form.Item name="outcome" label={t("cmp.decision.outcome")}>
            <Radio.Group options={OUTCOMES.map((o) => ({ value: o, label: LABELS.outcome[o][locale] }))} />
          </Form.Item>
          <Form.Item name="compensation" label={t("cmp.decision.compensation")}>
            <InputNumber<number> min={0} precision={2} style={{ width: "100%" }} />
          </Form.Item>
        </>
      ),
    },
    record_notice: {
      path: "notices",
      title: t("cmp.notice.record"),
      initialValues: { purpose: c.status === "open" ? "extension" : "decision", channel: "sms", at: dayjs() },
      toBody: iso("at"),
      fields: (
        <>
          <Form.Item name="purpose" label={t("cmp.notice.purpose")}>
            <Select options={optionsOf(NOTICE_PURPOSE_LABELS, locale)} />
          </Form.Item>
          <Form.Item name="channel" label={t("cmp.notice.channel")}>
            <Select options={optionsOf(NOTICE_CHANNEL_LABELS, locale)} />
          </Form.Item>
          {at("at", t("cmp.notice.at"))}
        </>
      ),
    },
    close: {
      path: "close",
      title: t("cmp.close"),
      initialValues: { satisfaction: "satisfied", publishAsCase: false },
      fields: (
        <>
          {text("rootCause", t("cmp.close.rootCause"), 2)}
          {text("rectification", t("cmp.close.rectification"), 2)}
          <Form.Item name="satisfaction" label={t("cmp.close.satisfaction")}>
            <Select options={optionsOf(SATISFACTION_LABELS, locale)} />
          </Form.Item>
          <Form.Item name="publishAsCase" valuePropName="checked">
            <Checkbox>{t("cmp.close.publish")}</Checkbox>
          </Form.Item>
        </>
      ),
    },
    request_review: {
      path: "review-requests",
      title: t("cmp.review"),
      initialValues: { receivedAt: dayjs() },
      toBody: iso("receivedAt"),
      fields: (
        <>
          {at("receivedAt", t("cmp.review.receivedAt"))}
          {text("reason", t("cmp.review.reason"))}
        </>
      ),
    },
  };
}
