import { App, Button, Card, Form, Input, Select, Upload } from "antd";
import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import type { CheckContext } from "../../domain/compliance/matcher.ts";
import { CHANNELS, MATERIAL_TYPES, type MaterialType } from "../../domain/compliance/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useSubmitMaterial } from "./api.ts";
import { LiveChecker } from "./LiveChecker.tsx";

export interface AttachmentValue {
  name: string;
  type: string;
  base64: string;
}

/** Reads a chosen file as base64 for the JSON body (the server keeps at most about 600 KB). */
export function readAttachment(file: File): Promise<AttachmentValue> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({
        name: file.name,
        type: file.type || "application/octet-stream",
        base64: url.slice(url.indexOf(",") + 1),
      });
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function SubmitMaterialPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const onError = useFormErrorHandler(form);
  const submit = useSubmitMaterial();
  const [attachment, setAttachment] = useState<AttachmentValue | null>(null);
  const materialType = Form.useWatch<MaterialType | undefined>("materialType", form);
  const context: CheckContext = useMemo(() => ({ kind: "marketing", materialType }), [materialType]);

  return (
    <>
      <PageHeader title={t("cp.submitMaterial")} subtitle={t("cp.submitHint")} />
      <Card>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ channel: "lobby_poster", materialType: "wealth_product" }}
          onFinish={(values) =>
            submit.mutate(
              { ...values, ...(attachment && { attachment }) },
              {
                onSuccess: (m) => {
                  message.success(t("cp.submitted", { ref: m.ref }));
                  navigate(`/compliance/materials/${m.id}`);
                },
                onError,
              },
            )
          }
        >
          <Form.Item
            name="title"
            label={t("cp.titleField")}
            rules={[{ required: true, message: t("cp.required") }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="channel" label={t("cp.channel")}>
            <Select options={CHANNELS.map((c) => ({ value: c, label: t(`cp.channels.${c}`) }))} />
          </Form.Item>
          <Form.Item name="materialType" label={t("cp.materialType")}>
            <Select options={MATERIAL_TYPES.map((m) => ({ value: m, label: t(`cp.materialTypes.${m}`) }))} />
          </Form.Item>
          <Form.Item name="text" label={t("cp.text")} rules={[{ required: true, message: t("cp.required") }]}>
            <LiveChecker context={context} rows={12} />
          </Form.Item>
          <Form.Item label={t("cp.attachment")}>
            <Upload
              maxCount={1}
              beforeUpload={(file) => {
                readAttachment(file).then(setAttachment);
                return false;
              }}
              onRemove={() => setAttachment(null)}
            >
              <Button>{t("cp.chooseFile")}</Button>
            </Upload>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {t("cp.submitForReview")}
          </Button>
        </Form>
      </Card>
    </>
  );
}
