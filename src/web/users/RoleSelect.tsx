import { Select } from "antd";
import type { CSSProperties } from "react";
import { ROLES, type Role } from "../../domain/auth/roles.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { roleLabel } from "../i18n/labels.ts";

interface Props {
  value?: Role;
  onChange?: (role: Role | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: CSSProperties;
}

export function RoleSelect(props: Props) {
  const { locale } = useI18n();
  return (
    <Select<Role>
      {...props}
      showSearch={{ optionFilterProp: "label" }}
      options={ROLES.map((role) => ({ value: role, label: roleLabel(role, locale) }))}
    />
  );
}
