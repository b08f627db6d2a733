import { Form, Input } from "antd";
import { isStrongPassword, PASSWORD_MIN_LENGTH } from "../../domain/auth/password-policy.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";

/** A password input that checks the domain's password policy before the server has to refuse it. */
export function NewPasswordField({ name, label }: { name: string; label: string }) {
  const { t } = useI18n();
  const params = { min: PASSWORD_MIN_LENGTH };
  return (
    <Form.Item
      name={name}
      label={label}
      extra={t("password.policy", params)}
      rules={[
        { required: true, message: t("password.required") },
        {
          validator: (_, value: string | undefined) =>
            !value || isStrongPassword(value)
              ? Promise.resolve()
              : Promise.reject(new Error(t("password.weak"))),
        },
      ]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
