import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CommentOutlined,
  ControlOutlined,
  CustomerServiceOutlined,
  ExceptionOutlined,
  FileProtectOutlined,
  HomeOutlined,
  PartitionOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  ToolOutlined,
} from "@ant-design/icons";
import { Menu } from "antd";
import type { ReactNode } from "react";
import { useLocation, useNavigate } from "react-router";
import type { Action } from "../../domain/auth/permissions.ts";
import { useCan } from "../auth/current-user.tsx";
import type { MessageKey } from "../i18n/dictionaries.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { selectedNavKey } from "./nav-selection.ts";

interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** Needed to see the page; home has none. */
  action?: Action;
}

const NAV_ITEMS: NavItem[] = [
  { path: "/", label: "nav.home", icon: <HomeOutlined /> },
  { path: "/incidents", label: "nav.incidents", icon: <AlertOutlined />, action: "incidents.read" },
  {
    path: "/counter-exceptions",
    label: "nav.counterExceptions",
    icon: <ExceptionOutlined />,
    action: "counter_exceptions.read",
  },
  {
    path: "/compliance/check",
    label: "nav.complianceCheck",
    icon: <SafetyCertificateOutlined />,
    action: "compliance.check",
  },
  {
    path: "/compliance/materials",
    label: "nav.materials",
    icon: <FileProtectOutlined />,
    action: "materials.submit",
  },
  {
    path: "/compliance/rules",
    label: "nav.complianceRules",
    icon: <ControlOutlined />,
    action: "rules.manage",
  },
  { path: "/scripts", label: "nav.scripts", icon: <CommentOutlined />, action: "scripts.read" },
  { path: "/cases", label: "nav.cases", icon: <BookOutlined />, action: "cases.read" },
  {
    path: "/complaints",
    label: "nav.complaints",
    icon: <CustomerServiceOutlined />,
    action: "complaints.read",
  },
  {
    path: "/complaints/stats",
    label: "nav.complaintStats",
    icon: <BarChartOutlined />,
    action: "complaints.stats",
  },
  { path: "/org", label: "nav.org", icon: <ApartmentOutlined />, action: "org.read" },
  {
    path: "/incidents/policy",
    label: "nav.incidentPolicy",
    icon: <SettingOutlined />,
    action: "incidents.configure",
  },
  { path: "/calendar", label: "nav.calendar", icon: <CalendarOutlined />, action: "calendar.manage" },
  {
    path: "/complaints/categories",
    label: "nav.complaintCategories",
    icon: <PartitionOutlined />,
    action: "complaints.configure",
  },
  {
    path: "/counter-exceptions/settings",
    label: "nav.cexSettings",
    icon: <ToolOutlined />,
    action: "counter_exceptions.configure",
  },
  { path: "/users", label: "nav.users", icon: <TeamOutlined />, action: "users.read" },
  { path: "/audit", label: "nav.audit", icon: <AuditOutlined />, action: "audit.read" },
];

/** The side menu: only the pages the user's role may open. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const can = useCan();
  const location = useLocation();
  const navigate = useNavigate();
  const items = NAV_ITEMS.filter((item) => !item.action || can(item.action)).map((item) => ({
    key: item.path,
    icon: item.icon,
    label: t(item.label),
  }));
  const selected = selectedNavKey(
    location.pathname,
    items.map((i) => i.key),
  );
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selected ?? location.pathname]}
      items={items}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}
