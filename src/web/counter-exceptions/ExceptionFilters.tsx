import { DatePicker, Flex, Select, Switch, Typography } from "antd";
import dayjs from "dayjs";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { OrgUnitTreeSelect } from "../org/OrgUnitTreeSelect.tsx";
import { useUsers } from "../users/api.ts";
import { type Filter, useExceptionTypes } from "./api.ts";
import { statusOptions, typeOptions } from "./labels.ts";

const width = { width: 200, maxWidth: "100%" };

/** Every filter applies as soon as it is picked; the page keeps them in the address, so links can carry them. */
export function ExceptionFilters({ value, onChange }: { value: Filter; onChange: (filter: Filter) => void }) {
  const { t, locale } = useI18n();
  const types = useExceptionTypes();
  const users = useUsers({});
  const people = users.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (patch: Partial<Filter>) => onChange({ ...value, ...patch });
  return (
    <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
      <Select
        allowClear
        placeholder={t("cex.filter.allTypes")}
        aria-label={t("cex.type")}
        options={typeOptions(types.data ?? [], locale, false)}
        value={value.type}
        onChange={(type) => set({ type })}
        style={width}
      />
      <Select
        allowClear
        placeholder={t("cex.filter.allStatuses")}
        aria-label={t("cex.status")}
        options={statusOptions(locale)}
        value={value.status}
        onChange={(status) => set({ status })}
        style={{ ...width, width: 150 }}
      />
      <OrgUnitTreeSelect
        allowClear
        placeholder={t("cex.filter.allOutlets")}
        value={value.orgUnitId}
        onChange={(orgUnitId) => set({ orgUnitId })}
        style={{ ...width, width: 240 }}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: "label" }}
        placeholder={t("cex.filter.reporter")}
        aria-label={t("cex.filter.reporter")}
        options={people.map((u) => ({ value: u.id, label: `${u.displayName} · ${u.orgUnitCode}` }))}
        value={value.reportedById}
        onChange={(reportedById) => set({ reportedById })}
        style={width}
      />
      <DatePicker.RangePicker
        aria-label={t("cex.filter.dates")}
        value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
        onChange={(dates) =>
          set({ from: dates?.[0]?.format("YYYY-MM-DD"), to: dates?.[1]?.format("YYYY-MM-DD") })
        }
        style={{ maxWidth: "100%" }}
      />
      <Flex align="center" gap={6}>
        <Switch
          size="small"
          checked={value.overdue === "true"}
          onChange={(on) => set({ overdue: on ? "true" : undefined })}
          aria-label={t("cex.filter.overdue")}
        />
        <Typography.Text>{t("cex.filter.overdue")}</Typography.Text>
      </Flex>
    </Flex>
  );
}
