import { App, Checkbox, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { CorrectiveAction } from "../../domain/counter-exceptions/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useCurrentUser } from "../auth/current-user.tsx";
import { outsideDueWindow, usePlausibilityRules } from "../common/plausibility.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useUsers } from "../users/api.ts";
import { type Detail, useHandle } from "./api.ts";
import { GuidanceNote } from "./GuidanceNote.tsx";
import { actionOptions } from "./labels.ts";

interface Values {
  actions: CorrectiveAction[];
  detail: string;
  handledById?: number;
  followUpDueAt: Dayjs;
}

/** Step 4: the corrective action, who took it, and when to follow up. */
export function HandleModal({ exception, onClose }: { exception: Detail; onClose: () => void }) {
  const { t, locale } = useI18n();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const colleagues = useUsers({ orgUnitId: exception.orgUnitId });
  const handle = useHandle(exception.id);
  const onError = useFormErrorHandler(form);
  const plausible = usePlausibilityRules();

  const submit = (values: Values) =>
    handle.mutate(
      { ...values, followUpDueAt: values.followUpDueAt.toISOString() },
      {
        onSuccess: () => {
          message.success(t("cex.saved"));
          onClose();
        },
        onError,
      },
    );

  const people = colleagues.data?.pages.flatMap((p) => p.items).filter((u) => !u.disabled) ?? [];
  return (
    <Modal
      open
      title={`${t("cex.handle.title")} · ${exception.ref}`}
      okText={t("common.confirm")}
      onOk={() => form.submit()}
      confirmLoading={handle.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <GuidanceNote guidance={exception.guidance} steps={["handle", "follow_up"]} />
      <Form<Values>
        form={form}
        name="cex-handle"
        layout="vertical"
        onFinish={submit}
        initialValues={{
          handledById: me.id,
          followUpDueAt: dayjs().add(3, "day").hour(17).minute(0).second(0),
        }}
      >
        <Form.Item
          name="actions"
          label={t("cex.handle.actions")}
          rules={[{ required: true, message: t("cex.handle.actionsRequired") }]}
        >
          <Checkbox.Group
            options={actionOptions(locale)}
            style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 8 }}
          />
        </Form.Item>
        <Form.Item
          name="detail"
          label={t("cex.handle.detail")}
          rules={[
            { required: true, whitespace: true, message: t("cex.handle.detailRequired") },
            plausible.described(),
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="handledById" label={t("cex.handle.handledBy")} extra={t("cex.handle.handledByHint")}>
          <Select
            loading={colleagues.isPending}
            showSearch={{ optionFilterProp: "label" }}
            options={people.map((u) => ({ value: u.id, label: u.displayName }))}
          />
        </Form.Item>
        <Form.Item
          name="followUpDueAt"
          label={t("cex.handle.followUpDueAt")}
          rules={[
            { required: true, message: t("cex.handle.followUpRequired") },
            plausible.dueTime(t("cex.handle.followUpDueAt")),
          ]}
        >
          <DatePicker
            showTime={{ format: "HH:mm" }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={outsideDueWindow}
            style={{ width: "100%" }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
