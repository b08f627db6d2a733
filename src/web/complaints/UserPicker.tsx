import { Select } from "antd";
import { useDeferredValue, useState } from "react";
import { type Action, can } from "../../domain/auth/permissions.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useUsers } from "../users/api.ts";

interface Props {
  value?: number;
  onChange?: (id: number | undefined) => void;
  /** Only users whose role holds this action are offered (the server still decides). */
  action?: Action;
  id?: string;
}

/** Picks a user of the caller's subtree by name or username, searched on the server as one types. */
export function UserPicker({ action, ...props }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const deferred = useDeferredValue(q);
  const users = useUsers({ q: deferred || undefined });
  const options = (users.data?.pages.flatMap((p) => p.items) ?? [])
    .filter((u) => !u.disabled && (!action || can(u.role, action)))
    .map((u) => ({
      value: u.id,
      // The unit tells namesakes apart; display names usually carry the post already.
      label: `${u.displayName} · ${u.orgUnitName}`,
    }));
  return (
    <Select<number>
      {...props}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={t("cmp.pickUser")}
      loading={users.isFetching}
      options={options}
    />
  );
}
