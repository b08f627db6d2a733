import { App, Button, Drawer, Flex, Form, Input } from "antd";
import { ROLE_UNIT_KINDS, type Role } from "../../domain/auth/roles.ts";
import type { User } from "../../domain/users/schema.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { NewPasswordField } from "../auth/NewPasswordField.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { kindLabel } from "../i18n/labels.ts";
import { useOrgUnits } from "../org/api.ts";
import { OrgUnitTreeSelect } from "../org/OrgUnitTreeSelect.tsx";
import { type UserChange, useCreateUser, useUpdateUser } from "./api.ts";
import { RoleSelect } from "./RoleSelect.tsx";

interface Values {
  username: string;
  displayName: string;
  mobilePhone?: string | null;
  email?: string | null;
  role: Role;
  orgUnitId: number;
  password: string;
}

/** Opens an account (`user` null) or changes the name, role and unit of one. */
export function UserDrawer({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useFormErrorHandler(form);
  const create = useCreateUser();
  const update = useUpdateUser();
  const units = useOrgUnits();
  const role = Form.useWatch("role", form);
  const allowedKinds = role ? ROLE_UNIT_KINDS[role] : [];

  // A role change can make the chosen unit wrong (a teller belongs to an outlet): clear it rather than let
  // the server refuse.
  const onValuesChange = (changed: Partial<Values>) => {
    if (!changed.role) return;
    const unit = units.data?.find((u) => u.id === form.getFieldValue("orgUnitId"));
    if (unit && !ROLE_UNIT_KINDS[changed.role].includes(unit.kind))
      form.setFieldValue("orgUnitId", undefined);
  };

  const submit = (values: Values) => {
    // A blank phone field means no number.
    const mobilePhone = values.mobilePhone?.trim() || null;
    const email = values.email?.trim() || null;
    if (!user) {
      create.mutate(
        { ...values, mobilePhone: mobilePhone ?? undefined, email: email ?? undefined },
        {
          onSuccess: (created) => {
            message.success(t("users.created", { username: created.username }));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    const change: UserChange = {};
    if (values.displayName !== user.displayName) change.displayName = values.displayName;
    if (mobilePhone !== user.mobilePhone) change.mobilePhone = mobilePhone;
    if (email !== user.email) change.email = email;
    if (values.role !== user.role) change.role = values.role;
    if (values.orgUnitId !== user.orgUnitId) change.orgUnitId = values.orgUnitId;
    if (Object.keys(change).length === 0) return onClose();
    update.mutate(
      { id: user.id, ...change },
      {
        onSuccess: () => {
          message.success(t("common.saved"));
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <Drawer
      open
      size={460}
      styles={{ wrapper: { maxWidth: "100vw" } }}
      title={user ? t("users.editTitle", { name: user.displayName }) : t("users.createTitle")}
      onClose={onClose}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            {t("common.save")}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        name="user"
        layout="vertical"
        initialValues={user ?? {}}
        onValuesChange={onValuesChange}
        onFinish={submit}
      >
        <Form.Item
          name="username"
          label={t("users.username")}
          extra={user ? undefined : t("users.usernameHint")}
          rules={user ? [] : [{ required: true, whitespace: true, message: t("users.usernameRequired") }]}
        >
          <Input disabled={!!user} autoFocus={!user} autoComplete="off" maxLength={40} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t("users.displayName")}
          rules={[{ required: true, whitespace: true, message: t("users.displayNameRequired") }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="mobilePhone" label={t("users.mobilePhone")} extra={t("users.mobilePhoneHelp")}>
          <Input maxLength={20} inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t("users.email")} extra={t("users.emailHelp")}>
          <Input maxLength={200} inputMode="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="role"
          label={t("users.role")}
          rules={[{ required: true, message: t("users.roleRequired") }]}
        >
          <RoleSelect />
        </Form.Item>
        <Form.Item
          name="orgUnitId"
          label={t("users.unit")}
          extra={
            role && t("users.unitHint", { kinds: allowedKinds.map((k) => kindLabel(k, locale)).join("、") })
          }
          rules={[{ required: true, message: t("users.unitRequired") }]}
        >
          <OrgUnitTreeSelect selectable={(unit) => allowedKinds.includes(unit.kind)} />
        </Form.Item>
        {!user && <NewPasswordField name="password" label={t("users.initialPassword")} />}
      </Form>
    </Drawer>
  );
}
