import { Form, Input, Select } from "antd";
import { ID_TYPE_LABELS, ID_TYPES } from "../../domain/common/plausibility.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { usePlausibilityRules } from "./plausibility.ts";

/**
 * The document type and number of a customer's ID, under `prefix` (["complainant"], ["customer"]): the number
 * is checked against the type chosen, resident ID card unless said otherwise.
 */
export function IdDocumentFields({ prefix, label }: { prefix: string[]; label: string }) {
  const { t, locale } = useI18n();
  const rules = usePlausibilityRules();
  const typeField = [...prefix, "idType"];
  return (
    <Form.Item label={label} style={{ marginBottom: 0 }}>
      <Form.Item name={typeField} style={{ display: "inline-block", width: "40%", marginRight: 8 }}>
        <Select
          aria-label={t("common.idType")}
          placeholder={ID_TYPE_LABELS.resident_id[locale]}
          options={ID_TYPES.map((type) => ({ value: type, label: ID_TYPE_LABELS[type][locale] }))}
        />
      </Form.Item>
      <Form.Item
        name={[...prefix, "idNumber"]}
        dependencies={[typeField]}
        rules={[rules.idNumber(typeField)]}
        style={{ display: "inline-block", width: "calc(60% - 8px)" }}
      >
        <Input aria-label={label} maxLength={40} autoComplete="off" />
      </Form.Item>
    </Form.Item>
  );
}
