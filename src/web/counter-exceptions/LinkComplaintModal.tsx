import { App, Form, Input, Modal } from "antd";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Detail, useLinkComplaint } from "./api.ts";

/** Records the reference of the complaint the customer lodged about this exception. */
export function LinkComplaintModal({ exception, onClose }: { exception: Detail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ complaintRef: string }>();
  const link = useLinkComplaint(exception.id);
  const onError = useFormErrorHandler(form);
  return (
    <Modal
      open
      title={`${t("cex.link.title")} · ${exception.ref}`}
      okText={t("common.confirm")}
      onOk={() => form.submit()}
      confirmLoading={link.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        name="cex-link"
        layout="vertical"
        initialValues={{ complaintRef: exception.complaintRef ?? "" }}
        onFinish={({ complaintRef }) =>
          link.mutate(complaintRef.trim(), {
            onSuccess: () => {
              message.success(t("cex.saved"));
              onClose();
            },
            onError,
          })
        }
      >
        <Form.Item
          name="complaintRef"
          label={t("cex.link.ref")}
          extra={t("cex.link.hint")}
          rules={[{ required: true }]}
        >
          <Input placeholder="CMP-20261123-0001" maxLength={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
