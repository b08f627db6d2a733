import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Checkbox, Flex, Form, Input, Radio } from "antd";
import { COMPLAINANT_KINDS, MAX_REPRESENTATIVES } from "../../domain/complaints/vocabulary.ts";
import { usePlausibilityRules } from "../common/plausibility.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { UserPicker } from "./UserPicker.tsx";

/** Whether the complaint came through an agent: a form-only switch, not part of the request body. */
export const BY_AGENT = "byAgent";

/**
 * The complainant beyond name and phone (§13, §14, §12 of the complaint rules): an organisation's address,
 * credit code and legal representative; an agent with power of attorney; up to five group representatives.
 */
export function ComplainantFields() {
  const { t } = useI18n();
  const plausible = usePlausibilityRules();
  const form = Form.useFormInstance();
  const kind = Form.useWatch(["complainant", "kind"], form);
  const byAgent = Form.useWatch(BY_AGENT, form);
  return (
    <>
      <Form.Item name={["complainant", "kind"]} label={t("cmp.kind")}>
        <Radio.Group
          optionType="button"
          options={COMPLAINANT_KINDS.map((k) => ({ value: k, label: t(`cmp.kind.${k}`) }))}
        />
      </Form.Item>
      {kind === "organisation" && (
        <>
          <Form.Item name={["complainant", "creditCode"]} label={t("cmp.creditCode")}>
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
          <Form.Item name={["complainant", "legalRepresentative"]} label={t("cmp.legalRepresentative")}>
            <Input maxLength={60} autoComplete="off" />
          </Form.Item>
          <Form.Item name={["complainant", "address"]} label={t("cmp.address")}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </>
      )}
      <Form.Item name={BY_AGENT} valuePropName="checked">
        <Checkbox>{t("cmp.byAgent")}</Checkbox>
      </Form.Item>
      {byAgent && (
        <>
          <Form.Item
            name={["complainant", "agent", "name"]}
            label={t("cmp.agentName")}
            rules={[{ required: true, whitespace: true, message: t("cmp.required") }, plausible.described()]}
          >
            <Input maxLength={60} autoComplete="off" />
          </Form.Item>
          <Form.Item name={["complainant", "agent", "phone"]} label={t("cmp.agentPhone")}>
            <Input maxLength={30} inputMode="tel" autoComplete="off" />
          </Form.Item>
          <Form.Item name={["complainant", "agent", "powerOfAttorney"]} valuePropName="checked">
            <Checkbox>{t("cmp.powerOfAttorney")}</Checkbox>
          </Form.Item>
        </>
      )}
      <Form.List name="representatives">
        {(fields, { add, remove }) => (
          <Form.Item label={t("cmp.representatives", { max: MAX_REPRESENTATIVES })}>
            <Flex vertical gap={8}>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item
                    name={[field.name, "name"]}
                    noStyle
                    rules={[
                      { required: true, whitespace: true, message: t("cmp.required") },
                      plausible.described(),
                    ]}
                  >
                    <Input
                      placeholder={t("cmp.representative", { n: i + 1 })}
                      aria-label={t("cmp.representative", { n: i + 1 })}
                      maxLength={60}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "phone"]} noStyle>
                    <Input
                      placeholder={t("cmp.phone")}
                      aria-label={`${t("cmp.representative", { n: i + 1 })} ${t("cmp.phone")}`}
                      maxLength={30}
                      inputMode="tel"
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={`${t("cmp.remove")} ${t("cmp.representative", { n: i + 1 })}`}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ name: "" })}
                disabled={fields.length >= MAX_REPRESENTATIVES}
              >
                {t("cmp.addRepresentative")}
              </Button>
            </Flex>
          </Form.Item>
        )}
      </Form.List>
    </>
  );
}

/** The institution and staff complained about; the staff member is kept away from handling it (§17). */
export function SubjectFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="subjectInstitution" label={t("cmp.subjectInstitution")}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="subjectStaffUserId" label={t("cmp.subjectStaff")}>
        <UserPicker />
      </Form.Item>
      <Form.Item name="subjectStaffName" label={t("cmp.subjectStaffName")}>
        <Input maxLength={60} autoComplete="off" />
      </Form.Item>
    </>
  );
}
