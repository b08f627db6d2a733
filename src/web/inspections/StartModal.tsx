import { Form, Modal, Typography } from "antd";
import { useNavigate } from "react-router";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { OrgUnitTreeSelect } from "../org/OrgUnitTreeSelect.tsx";
import { useStartInspection } from "./api.ts";

/** Picks the outlet to inspect and opens the new inspection. */
export function StartModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ orgUnitId: number }>();
  const start = useStartInspection();
  const onError = useFormErrorHandler(form);
  return (
    <Modal
      open={open}
      title={t("insp.startTitle")}
      okText={t("insp.start")}
      confirmLoading={start.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={({ orgUnitId }) =>
          start.mutate(orgUnitId, {
            onSuccess: (inspection) => navigate(`/inspections/${inspection.id}`),
            onError,
          })
        }
      >
        <Form.Item
          name="orgUnitId"
          label={t("insp.outlet")}
          rules={[{ required: true, message: t("insp.outletRequired") }]}
        >
          <OrgUnitTreeSelect selectable={(u) => u.kind === "outlet"} style={{ width: "100%" }} />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t("insp.startHint")}</Typography.Text>
    </Modal>
  );
}
