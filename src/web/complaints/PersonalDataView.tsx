import { Descriptions } from "antd";
import { ID_TYPE_LABELS } from "../../domain/common/plausibility.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { PersonalData } from "./api.ts";

/** The complainant's data in full (the fetch behind it is audited); empty fields are left out. */
export function PersonalDataView({ data }: { data: PersonalData }) {
  const { t, locale } = useI18n();
  const rows: [string, string | null | undefined][] = [
    [t("cmp.complainantName"), data.name],
    [t("cmp.phone"), data.phone],
    [
      t("cmp.idNumber"),
      data.idNumber &&
        [data.idType && ID_TYPE_LABELS[data.idType][locale], data.idNumber].filter(Boolean).join(" "),
    ],
    [t("cmp.creditCode"), data.creditCode],
    [t("cmp.legalRepresentative"), data.legalRepresentative],
    [t("cmp.address"), data.address],
    [
      t("cmp.agent"),
      data.agent &&
        [data.agent.name, data.agent.phone, data.agent.powerOfAttorney && t("cmp.powerOfAttorney")]
          .filter(Boolean)
          .join(" · "),
    ],
    ...data.representatives.map(
      (r, i) =>
        [t("cmp.representative", { n: i + 1 }), [r.name, r.phone].filter(Boolean).join(" ")] as [
          string,
          string,
        ],
    ),
  ];
  return (
    <Descriptions column={1} size="small">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <Descriptions.Item key={label} label={label}>
            {value}
          </Descriptions.Item>
        ))}
    </Descriptions>
  );
}
