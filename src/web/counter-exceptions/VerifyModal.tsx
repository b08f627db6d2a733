import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Flex, Form, Input, Modal, Radio, Select } from "antd";
import type { VerifyBody } from "../../domain/counter-exceptions/schema.ts";
import { VERIFY_OUTCOME_LABELS, VERIFY_OUTCOMES } from "../../domain/counter-exceptions/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { usePlausibilityRules } from "../common/plausibility.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Detail, useExceptionTypes, useVerify } from "./api.ts";
import { GuidanceNote } from "./GuidanceNote.tsx";
import { departmentOptions, typeOptions } from "./labels.ts";

/** Step 3: confirm (perhaps as another type) or reject, with findings and other departments' answers. */
export function VerifyModal({ exception, onClose }: { exception: Detail; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<VerifyBody>();
  const outcome = Form.useWatch("outcome", form);
  const types = useExceptionTypes();
  const verify = useVerify(exception.id);
  const onError = useFormErrorHandler(form);
  const plausible = usePlausibilityRules();

  const submit = (values: VerifyBody) =>
    verify.mutate(
      {
        ...values,
        correctedType: values.outcome === "confirmed" ? values.correctedType || undefined : undefined,
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
      title={`${t("cex.verify.title")} · ${exception.ref}`}
      okText={t("common.confirm")}
      onOk={() => form.submit()}
      confirmLoading={verify.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t("cex.verify.makerChecker")} style={{ marginBottom: 16 }} />
      <GuidanceNote guidance={exception.guidance} steps={["verify"]} />
      <Form<VerifyBody>
        form={form}
        name="cex-verify"
        layout="vertical"
        onFinish={submit}
        initialValues={{ outcome: "confirmed" }}
      >
        <Form.Item name="outcome" label={t("cex.verify.outcome")} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={VERIFY_OUTCOMES.map((o) => ({ value: o, label: VERIFY_OUTCOME_LABELS[o][locale] }))}
          />
        </Form.Item>
        {outcome === "confirmed" && (
          <Form.Item name="correctedType" label={t("cex.verify.correctedType")}>
            <Select
              allowClear
              placeholder={exception.typeLabel}
              options={typeOptions(types.data ?? [], locale, true).filter((o) => o.value !== exception.type)}
            />
          </Form.Item>
        )}
        <Form.Item
          name="findings"
          label={t("cex.verify.findings")}
          rules={[
            { required: true, whitespace: true, message: t("cex.verify.findingsRequired") },
            plausible.described(),
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.List name="consultations">
          {(fields, { add, remove }) => (
            <Form.Item label={t("cex.verify.consultations")}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item
                    name={[field.name, "department"]}
                    rules={[{ required: true }]}
                    style={{ width: 150 }}
                  >
                    <Select placeholder={t("cex.verify.department")} options={departmentOptions(locale)} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, "answer"]}
                    rules={[{ required: true, whitespace: true }]}
                    style={{ flex: 1 }}
                  >
                    <Input placeholder={t("cex.verify.answer")} maxLength={1000} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label="remove"
                  />
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ department: "tech_support" })}
                block
              >
                {t("cex.verify.addConsultation")}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
