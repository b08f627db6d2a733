import { Card, Form, Select, Space } from "antd";
import { useMemo, useState } from "react";
import type { CheckContext } from "../../domain/compliance/matcher.ts";
import {
  MATERIAL_TYPES,
  type MaterialType,
  TEXT_KINDS,
  type TextKind,
} from "../../domain/compliance/vocabulary.ts";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { LiveChecker } from "./LiveChecker.tsx";

/** Anyone checks a poster, an SMS or their own reply before it reaches a customer. */
export function CheckPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<TextKind>("marketing");
  const [materialType, setMaterialType] = useState<MaterialType>("wealth_product");
  const [text, setText] = useState("");
  const context: CheckContext = useMemo(
    () => ({ kind, materialType: kind === "marketing" ? materialType : null }),
    [kind, materialType],
  );
  return (
    <>
      <PageHeader title={t("cp.checkTitle")} subtitle={t("cp.checkSubtitle")} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Form.Item label={t("cp.textKind")} style={{ margin: 0 }}>
            <Select<TextKind>
              value={kind}
              onChange={setKind}
              style={{ width: 160 }}
              options={TEXT_KINDS.map((k) => ({ value: k, label: t(`cp.kind.${k}`) }))}
            />
          </Form.Item>
          {kind === "marketing" && (
            <Form.Item label={t("cp.materialType")} style={{ margin: 0 }}>
              <Select<MaterialType>
                value={materialType}
                onChange={setMaterialType}
                style={{ width: 180 }}
                options={MATERIAL_TYPES.map((m) => ({ value: m, label: t(`cp.materialTypes.${m}`) }))}
              />
            </Form.Item>
          )}
        </Space>
        <LiveChecker value={text} onChange={setText} context={context} rows={14} />
      </Card>
    </>
  );
}
