import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { apiGet, apiSend } from "../api/client.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { Detail } from "./api.ts";

interface Category {
  axis: "channel" | "business_category" | "cause";
  code: string;
  label: string;
}

interface Values {
  channel: string;
  businessCategory: string;
  cause: string;
  name: string;
  phone?: string;
  request: string;
}

/** Complaints are classified as a counter complaint at the counter (营业现场) unless staff choose otherwise. */
const DEFAULT_CHANNEL = "0101";
const CAUSE_BY_TYPE: Record<string, string> = { system_failure: "02", counter_complaint: "01" };

/**
 * When the customer complains about this exception: registers the complaint through the complaints API,
 * prefilled from the exception, then links its reference here. The customer's name is typed in, because
 * this page holds it masked.
 */
export function OpenComplaintModal({ exception: e, onClose }: { exception: Detail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const onError = useFormErrorHandler(form);
  const [saving, setSaving] = useState(false);
  const categories = useQuery({
    queryKey: ["complaints", "categories"],
    queryFn: () => apiGet<{ items: Category[] }>("/api/complaints/categories").then((r) => r.items),
  });
  const options = (axis: Category["axis"]) =>
    (categories.data ?? [])
      .filter((c) => c.axis === axis)
      .map((c) => ({ value: c.code, label: `${c.code} ${c.label}` }));

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const complaint = await apiSend<{ id: number; ref: string }>("POST", "/api/complaints", {
        orgUnitId: e.orgUnitId,
        channel: v.channel,
        businessCategory: v.businessCategory,
        cause: v.cause,
        receivedAt: new Date().toISOString(),
        summary: `${e.ref} ${e.typeLabel}`.slice(0, 200),
        facts: e.description,
        request: v.request,
        complainant: { name: v.name, phone: v.phone || undefined },
        ...(e.amount !== null && { amountClaimed: Number(e.amount) }),
        linkFrom: { kind: "counter_exception", id: e.id },
      });
      await apiSend("POST", `/api/counter-exceptions/${e.id}/complaint-link`, {
        complaintRef: complaint.ref,
      });
      await queryClient.invalidateQueries({ queryKey: ["counter-exceptions"] });
      await queryClient.invalidateQueries({ queryKey: ["links"] });
      message.success(t("cex.link.opened", { ref: complaint.ref }));
      onClose();
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`${t("cex.link.open")} · ${e.ref}`}
      okText={t("common.confirm")}
      onOk={() => form.submit()}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t("cex.link.openHint")} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        name="cex-open-complaint"
        layout="vertical"
        onFinish={submit}
        initialValues={{ channel: DEFAULT_CHANNEL, cause: CAUSE_BY_TYPE[e.type] }}
      >
        <Form.Item name="name" label={t("cex.customerName")} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t("cex.customerPhone")}>
          <Input maxLength={30} inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="request"
          label={t("cex.link.request")}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        {(["channel", "businessCategory", "cause"] as const).map((field) => (
          <Form.Item key={field} name={field} label={t(`cex.link.${field}`)} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: "label" }}
              loading={categories.isPending}
              options={options(field === "businessCategory" ? "business_category" : field)}
            />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
