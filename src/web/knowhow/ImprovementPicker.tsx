import { Form, Select } from "antd";
import type { ImprovementArea } from "../../domain/improvements/vocabulary.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useOpenImprovements } from "./api.ts";

/** The open improvement actions of this area the caller sees, for a draft to name the ones it answers. */
export function ImprovementPicker({ area }: { area: ImprovementArea }) {
  const { t } = useI18n();
  const open = useOpenImprovements();
  const options = (open.data ?? [])
    .filter((i) => i.area === area)
    .map((i) => ({ value: i.id, label: `${i.sourceRef} · ${i.what}` }));
  return (
    <Form.Item name="improvementIds" label={t("kh.improvements")} extra={t("kh.improvementsHelp")}>
      <Select
        mode="multiple"
        allowClear
        loading={open.isLoading}
        options={options}
        optionFilterProp="label"
      />
    </Form.Item>
  );
}
