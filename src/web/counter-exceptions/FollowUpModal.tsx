import { App, Checkbox, DatePicker, Form, Input, Modal, Radio } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { outsideDueWindow, usePlausibilityRules } from "../common/plausibility.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Detail, useFollowUp } from "./api.ts";

interface Values {
  note: string;
  resolved: "yes" | "no";
  confirmed?: boolean;
  nextDueAt?: Dayjs;
  rootCause?: string;
  prevention?: string;
}

/** Step 5: a follow-up note; closing needs the explicit confirmation that the problem is fully solved. */
export function FollowUpModal({ exception, onClose }: { exception: Detail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const resolved = Form.useWatch("resolved", form);
  const followUp = useFollowUp(exception.id);
  const onError = useFormErrorHandler(form);
  const plausible = usePlausibilityRules();

  const submit = (values: Values) =>
    followUp.mutate(
      {
        note: values.note,
        fullyResolved: values.resolved === "yes" && values.confirmed === true,
        nextDueAt: values.resolved === "no" ? values.nextDueAt?.toISOString() : undefined,
        ...(values.resolved === "yes" && { rootCause: values.rootCause, prevention: values.prevention }),
      },
      {
        onSuccess: () => {
          message.success(t("cex.saved"));
          onClose();
        },
        onError,
      },
    );

  return (
    <Modal
      open
      title={`${t("cex.followUp.title")} · ${exception.ref}`}
      okText={t("common.confirm")}
      onOk={() => form.submit()}
      confirmLoading={followUp.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="cex-follow-up"
        layout="vertical"
        onFinish={submit}
        initialValues={{ resolved: "yes", nextDueAt: dayjs().add(3, "day").hour(17).minute(0).second(0) }}
      >
        <Form.Item
          name="note"
          label={t("cex.followUp.note")}
          rules={[
            { required: true, whitespace: true, message: t("cex.followUp.noteRequired") },
            plausible.described(),
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="resolved" label={t("cex.followUp.outcome")}>
          <Radio.Group
            options={[
              { value: "yes", label: t("cex.followUp.resolved") },
              { value: "no", label: t("cex.followUp.notResolved") },
            ]}
          />
        </Form.Item>
        {resolved === "yes" ? (
          <>
            <Form.Item
              name="rootCause"
              label={t("cex.closing.rootCause")}
              rules={[
                { required: true, whitespace: true, message: t("cex.closing.rootCauseRequired") },
                plausible.described(),
              ]}
            >
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.Item
              name="prevention"
              label={t("cex.closing.prevention")}
              rules={[
                { required: true, whitespace: true, message: t("cex.closing.preventionRequired") },
                plausible.described(),
              ]}
            >
              <Input.TextArea
                rows={2}
                maxLength={2000}
                placeholder={t("cex.closing.preventionPlaceholder", { hint: exception.guidance.prevention })}
              />
            </Form.Item>
            <Form.Item
              name="confirmed"
              valuePropName="checked"
              rules={[
                {
                  validator: (_, v) =>
                    v ? Promise.resolve() : Promise.reject(new Error(t("cex.followUp.confirmRequired"))),
                },
              ]}
            >
              <Checkbox>{t("cex.followUp.confirm")}</Checkbox>
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="nextDueAt"
            label={t("cex.followUp.nextDueAt")}
            rules={[{ required: true }, plausible.dueTime(t("cex.followUp.nextDueAt"))]}
          >
            <DatePicker
              showTime={{ format: "HH:mm" }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={outsideDueWindow}
              style={{ width: "100%" }}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
