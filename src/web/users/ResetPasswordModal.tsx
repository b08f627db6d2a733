import { Alert, App, Form, Modal } from "antd";
import type { User } from "../../domain/users/schema.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { NewPasswordField } from "../auth/NewPasswordField.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useResetPassword } from "./api.ts";

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const onError = useFormErrorHandler(form);
  const reset = useResetPassword();

  const submit = ({ password }: { password: string }) =>
    reset.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          message.success(t("users.resetDone"));
          onClose();
        },
        onError,
      },
    );

  return (
    <Modal
      open
      title={t("users.resetTitle", { name: user.displayName })}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type="warning" showIcon title={t("users.resetHint")} style={{ marginBottom: 16 }} />
      <Form form={form} name="reset-password" layout="vertical" onFinish={submit}>
        <NewPasswordField name="password" label={t("password.new")} />
      </Form>
    </Modal>
  );
}
