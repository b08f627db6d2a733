import { App, Form, Modal, Typography } from "antd";
import type { OrgUnit } from "../../domain/org/schema.ts";
import { PARENT_KIND } from "../../domain/org/units.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { kindLabel } from "../i18n/labels.ts";
import { useUpdateOrgUnit } from "./api.ts";
import { OrgUnitTreeSelect } from "./OrgUnitTreeSelect.tsx";

/** Puts a unit under another parent of the kind the tree requires (an outlet under a sub-branch, …). */
export function MoveOrgUnitModal({ unit, onClose }: { unit: OrgUnit; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ parentId: number }>();
  const onError = useFormErrorHandler(form);
  const update = useUpdateOrgUnit();
  const parentKind = PARENT_KIND[unit.kind];

  const submit = ({ parentId }: { parentId: number }) => {
    if (parentId === unit.parentId) return onClose();
    update.mutate(
      { id: unit.id, parentId },
      {
        onSuccess: () => {
          message.success(t("org.moved"));
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <Modal
      open
      title={t("org.moveTitle", { name: unit.name })}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {parentKind && (
        <Typography.Paragraph type="secondary">
          {t("org.moveHint", { kind: kindLabel(parentKind, locale) })}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        name="move-org-unit"
        layout="vertical"
        initialValues={{ parentId: unit.parentId ?? undefined }}
        onFinish={submit}
      >
        <Form.Item
          name="parentId"
          label={t("org.parent")}
          rules={[{ required: true, message: t("org.parentRequired") }]}
        >
          <OrgUnitTreeSelect selectable={(u) => u.kind === parentKind} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
