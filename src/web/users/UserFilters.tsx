import { Flex, Input } from "antd";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { OrgUnitTreeSelect } from "../org/OrgUnitTreeSelect.tsx";
import type { UserFilter } from "./api.ts";
import { RoleSelect } from "./RoleSelect.tsx";

/** Search words apply on Enter or the search button; role and unit apply as soon as they are picked. */
export function UserFilters({
  value,
  onChange,
}: {
  value: UserFilter;
  onChange: (filter: UserFilter) => void;
}) {
  const { t } = useI18n();
  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={t("users.searchPlaceholder")}
        aria-label={t("users.searchPlaceholder")}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ width: 260, maxWidth: "100%" }}
      />
      <RoleSelect
        allowClear
        placeholder={t("users.allRoles")}
        value={value.role}
        onChange={(role) => onChange({ ...value, role })}
        style={{ width: 180, maxWidth: "100%" }}
      />
      <OrgUnitTreeSelect
        allowClear
        placeholder={t("users.allUnits")}
        value={value.orgUnitId}
        onChange={(orgUnitId) => onChange({ ...value, orgUnitId })}
        style={{ width: 260, maxWidth: "100%" }}
      />
    </Flex>
  );
}
