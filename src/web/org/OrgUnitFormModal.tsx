import { App, Form, Input, Modal, Tag } from "antd";
import type { OrgUnit } from "../../domain/org/schema.ts";
import type { OrgKind } from "../../domain/org/units.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { kindLabel } from "../i18n/labels.ts";
import { useCreateOrgUnit, useUpdateOrgUnit } from "./api.ts";

/** Adding a unit under `parent` (its kind is fixed by the parent's), or editing the name and duty phone of `unit`. */
export type OrgUnitFormTarget =
  | { mode: "create"; parent: OrgUnit; kind: OrgKind }
  | { mode: "edit"; unit: OrgUnit };

interface Values {
  code?: string;
  name: string;
  dutyPhone?: string;
}

export function OrgUnitFormModal({ target, onClose }: { target: OrgUnitFormTarget; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useFormErrorHandler(form);
  const create = useCreateOrgUnit();
  const update = useUpdateOrgUnit();
  const kind = target.mode === "create" ? target.kind : target.unit.kind;
  const done = () => {
    message.success(t(target.mode === "create" ? "org.created" : "common.saved"));
    onClose();
  };

  const submit = (values: Values) => {
    const dutyPhone = values.dutyPhone?.trim() || null;
    if (target.mode === "create") {
      const { parent } = target;
      create.mutate(
        {
          code: values.code ?? "",
          name: values.name,
          kind,
          parentId: parent.id,
          ...(dutyPhone && { dutyPhone }),
        },
        { onSuccess: done, onError },
      );
    } else {
      update.mutate({ id: target.unit.id, name: values.name, dutyPhone }, { onSuccess: done, onError });
    }
  };

  const title =
    target.mode === "create"
      ? t("org.createTitle", { parent: target.parent.name, kind: kindLabel(kind, locale) })
      : t("org.editTitle", { name: target.unit.name });
  const initialValues: Partial<Values> =
    target.mode === "edit" ? { name: target.unit.name, dutyPhone: target.unit.dutyPhone ?? "" } : {};

  return (
    <Modal
      open
      title={title}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} name="org-unit" layout="vertical" initialValues={initialValues} onFinish={submit}>
        <Form.Item label={t("org.kind")}>
          <Tag color="blue">{kindLabel(kind, locale)}</Tag>
        </Form.Item>
        {target.mode === "create" && (
          <Form.Item
            name="code"
            label={t("org.code")}
            extra={t("org.codeHint")}
            rules={[{ required: true, whitespace: true, message: t("org.codeRequired") }]}
            normalize={(value: string) => value.toUpperCase()}
          >
            <Input autoFocus maxLength={20} />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t("org.name")}
          rules={[{ required: true, whitespace: true, message: t("org.nameRequired") }]}
        >
          <Input autoFocus={target.mode === "edit"} maxLength={80} />
        </Form.Item>
        <Form.Item name="dutyPhone" label={t("org.dutyPhone")}>
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
