import {
  AlertOutlined,
  CameraOutlined,
  CloudServerOutlined,
  FireOutlined,
  MedicineBoxOutlined,
  OrderedListOutlined,
  PhoneOutlined,
  SafetyOutlined,
  StopOutlined,
  SwapOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  UsergroupAddOutlined,
  VideoCameraOutlined,
} from "@ant-design/icons";
import { Tag } from "antd";
import type { ReactNode } from "react";
import type { Locale } from "../../domain/common/messages.ts";
import type { CategoryCode } from "../../domain/incidents/categories.ts";
import { STATUS_LABELS, type Status } from "../../domain/incidents/lifecycle.ts";
import { SEVERITY_LABELS, type Severity } from "../../domain/incidents/severity.ts";
import { translate } from "../i18n/dictionaries.ts";

/** One recognisable picture per category, so a stressed reporter finds the tile without reading. */
export const CATEGORY_ICONS: Record<CategoryCode, ReactNode> = {
  customer_illness_injury: <MedicineBoxOutlined />,
  staff_safety: <SafetyOutlined />,
  complaint_conflict: <FireOutlined />,
  counter_protest: <StopOutlined />,
  diversion_dispute: <SwapOutlined />,
  media_complaint: <CameraOutlined />,
  crowd_surge: <TeamOutlined />,
  system_failure: <CloudServerOutlined />,
  queue_machine_failure: <OrderedListOutlined />,
  group_visit: <UsergroupAddOutlined />,
  media_interview: <VideoCameraOutlined />,
  disaster_epidemic: <ThunderboltOutlined />,
};

export const CONTACT_ICONS: Record<string, ReactNode> = {
  ambulance: <MedicineBoxOutlined />,
  police: <AlertOutlined />,
  fire: <FireOutlined />,
};
export const contactIcon = (kind: string) => CONTACT_ICONS[kind] ?? <PhoneOutlined />;

/** Ⅰ red, Ⅱ orange, Ⅲ gold: the colours of the guideline's warning levels. */
export const SEVERITY_COLORS: Record<Severity, string> = { I: "#cf1322", II: "#d46b08", III: "#d4b106" };

const STATUS_COLORS: Record<Status, string> = {
  reported: "error",
  acknowledged: "warning",
  responding: "processing",
  stabilised: "cyan",
  closed: "default",
};

export function SeverityTag({ severity, locale }: { severity: Severity; locale: Locale }) {
  return (
    <Tag color={SEVERITY_COLORS[severity]} variant="solid" style={{ fontWeight: 600 }}>
      {SEVERITY_LABELS[severity][locale]}
    </Tag>
  );
}

export function StatusTag({ status, locale }: { status: Status; locale: Locale }) {
  return <Tag color={STATUS_COLORS[status]}>{STATUS_LABELS[status][locale]}</Tag>;
}

/** "3 分 20 秒" / "1 h 05 min": the running clocks of the room and the board. */
export function formatDuration(ms: number, locale: Locale): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0
    ? translate(locale, "inc.duration.hours", { h, m: pad(m) })
    : translate(locale, "inc.duration.minutes", { m, s: pad(s) });
}
