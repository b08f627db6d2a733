import { Alert, Card, Col, Input, Row, Skeleton } from "antd";
import { useDeferredValue, useMemo } from "react";
import type { CheckContext } from "../../domain/compliance/matcher.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useLiveChecker } from "./api.ts";
import { FindingsList } from "./FindingsList.tsx";
import { HighlightedText } from "./HighlightedText.tsx";

/** A text box checked as one types, with the findings marked in place beside it. */
export function LiveChecker({
  value,
  onChange,
  context,
  rows = 8,
  id,
}: {
  value?: string;
  onChange?: (value: string) => void;
  context: CheckContext;
  rows?: number;
  id?: string;
}) {
  const { t } = useI18n();
  const check = useLiveChecker();
  const text = useDeferredValue(value ?? "");
  const findings = useMemo(() => (check ? check(text, context) : []), [check, text, context]);
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Input.TextArea
          id={id}
          value={value}
          onChange={(e) => onChange?.(e.target.value)}
          rows={rows}
          showCount
        />
      </Col>
      <Col xs={24} lg={12}>
        {!check ? (
          <Skeleton active />
        ) : (
          <Card size="small" title={t("cp.liveResult")}>
            {text.trim() && (
              <Alert
                style={{ marginBottom: 12 }}
                type={errors ? "error" : warnings ? "warning" : "success"}
                message={errors || warnings ? t("cp.summary", { errors, warnings }) : t("cp.clean")}
                showIcon
              />
            )}
            <HighlightedText text={text} findings={findings} />
            <FindingsList findings={findings} />
          </Card>
        )}
      </Col>
    </Row>
  );
}
