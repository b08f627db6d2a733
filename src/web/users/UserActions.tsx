import { App, Button, Popconfirm, Space } from "antd";
import type { User } from "../../domain/users/schema.ts";
import { useCurrentUser } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useUpdateUser } from "./api.ts";

interface Props {
  user: User;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

/** An administrator's actions on one row; nobody is offered to disable their own account. */
export function UserActions({ user, onEdit, onResetPassword }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const update = useUpdateUser();
  const disabling = !user.disabled;

  const toggle = () =>
    update.mutateAsync({ id: user.id, disabled: disabling }).then(
      () => message.success(t(disabling ? "users.disabled" : "users.enabled")),
      (error: Error) => message.error(error.message),
    );

  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onEdit(user)}>
        {t("common.edit")}
      </Button>
      <Button type="link" size="small" onClick={() => onResetPassword(user)}>
        {t("users.resetPassword")}
      </Button>
      {user.id !== me.id && (
        <Popconfirm
          title={t(disabling ? "users.disableConfirm" : "users.enableConfirm", { name: user.displayName })}
          okText={t("common.confirm")}
          cancelText={t("common.cancel")}
          okButtonProps={{ danger: disabling }}
          onConfirm={toggle}
        >
          <Button type="link" size="small" danger={disabling}>
            {t(disabling ? "users.disable" : "users.enable")}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
