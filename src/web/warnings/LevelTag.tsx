import { Tag } from "antd";
import type { WarningLevel } from "../../domain/warnings/vocabulary.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { LEVEL_COLOURS, levelLabel } from "./labels.ts";

/** A warning level as a tag in its own colour (yellow with dark text, to stay readable). */
export function LevelTag({ level }: { level: WarningLevel }) {
  const { locale } = useI18n();
  return (
    <Tag color={LEVEL_COLOURS[level]} style={{ color: level === "yellow" ? "#613400" : undefined }}>
      {levelLabel(level, locale)}
    </Tag>
  );
}
