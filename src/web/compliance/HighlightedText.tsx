import { Tooltip, theme } from "antd";
import type { ReactNode } from "react";
import type { Finding } from "../../domain/compliance/matcher.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useRuleName } from "./labels.ts";

/**
 * The text as written, with each finding marked where it is: red for errors, orange for warnings, blue for
 * advice; hovering shows the message and the suggested rewrite.
 */
export function HighlightedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const { token } = theme.useToken();
  const { locale } = useI18n();
  const ruleName = useRuleName();
  const colors = { error: token.colorErrorBg, warning: token.colorWarningBg, info: token.colorInfoBg };
  const borders = { error: token.colorError, warning: token.colorWarning, info: token.colorInfo };
  const spans = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const f of spans) {
    if (f.start < at) continue; // overlapping findings: the first one marks the span
    if (f.start > at) parts.push(text.slice(at, f.start));
    parts.push(
      <Tooltip
        key={`${f.ruleId}-${f.start}`}
        title={`${ruleName(f.ruleId, f.kind)}${locale === "zh" ? "：" : ": "}${f.message} → ${f.suggestion}`}
      >
        <mark
          data-rule={f.ruleId}
          data-severity={f.severity}
          style={{
            background: colors[f.severity],
            borderBottom: `2px solid ${borders[f.severity]}`,
            padding: 0,
          }}
        >
          {text.slice(f.start, f.end)}
        </mark>
      </Tooltip>,
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  return (
    <div data-testid="highlighted-text" style={{ whiteSpace: "pre-wrap", lineHeight: 1.9, fontSize: 15 }}>
      {parts}
    </div>
  );
}
