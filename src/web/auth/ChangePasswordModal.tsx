import { Alert, App, Form, Input, Modal } from "antd";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useChangePassword } from "./api.ts";
import { NewPasswordField } from "./NewPasswordField.tsx";

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/**
 * Mounted while open, so every opening starts with empty fields. `forced` after an administrator's reset:
 * it cannot be dismissed, since the server refuses everything else until the password is changed.
 */
export function ChangePasswordModal({ onClose, forced = false }: { onClose: () => void; forced?: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const onError = useFormErrorHandler(form);

  const submit = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          message.success(t("password.changed"));
          onClose();
        },
        onError,
      },
    );

  return (
    <Modal
      open
      title={t("password.changeTitle")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      closable={!forced}
      maskClosable={!forced}
      keyboard={!forced}
      footer={forced ? (_, { OkBtn }) => <OkBtn /> : undefined}
    >
      {forced && (
        <Alert type="warning" showIcon title={t("password.mustChange")} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} name="change-password" layout="vertical" onFinish={submit}>
        <Form.Item
          name="currentPassword"
          label={t("password.current")}
          rules={[{ required: true, message: t("password.required") }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <NewPasswordField name="newPassword" label={t("password.new")} />
        <Form.Item
          name="confirm"
          label={t("password.confirm")}
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: t("password.required") },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue("newPassword")
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("password.mismatch"))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
