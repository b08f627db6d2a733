import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CommentOutlined,
  CustomerServiceOutlined,
  ExceptionOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import type { Action } from "../../domain/auth/permissions.ts";
import type { MessageKey } from "../i18n/dictionaries.ts";

export interface Shortcut {
  key: string;
  icon: ReactNode;
  title: MessageKey;
  text: MessageKey;
  /** A page to open; without one the shortcut opens the change-password dialog. */
  to?: string;
}

/**
 * The shortcuts a user sees: for each page the strongest thing their permissions allow there, so an
 * administrator is offered "manage users" where a teller is offered "colleagues".
 */
export function shortcutsFor(can: (action: Action) => boolean): Shortcut[] {
  // The daily work of the role first: what staff open the platform for.
  const list: Shortcut[] = WORK_SHORTCUTS.filter((w) => can(w.action)).map(
    ({ action: _, ...shortcut }) => shortcut,
  );
  if (can("org.manage")) {
    list.push({
      key: "org",
      icon: <ApartmentOutlined />,
      title: "home.shortcut.orgManage",
      text: "home.shortcut.orgManageText",
      to: "/org",
    });
  } else if (can("org.read")) {
    list.push({
      key: "org",
      icon: <ApartmentOutlined />,
      title: "home.shortcut.orgView",
      text: "home.shortcut.orgViewText",
      to: "/org",
    });
  }
  if (can("users.manage")) {
    list.push({
      key: "users",
      icon: <TeamOutlined />,
      title: "home.shortcut.usersManage",
      text: "home.shortcut.usersManageText",
      to: "/users",
    });
  } else if (can("users.read")) {
    list.push({
      key: "users",
      icon: <TeamOutlined />,
      title: "home.shortcut.usersView",
      text: "home.shortcut.usersViewText",
      to: "/users",
    });
  }
  if (can("audit.read")) {
    list.push({
      key: "audit",
      icon: <AuditOutlined />,
      title: "home.shortcut.audit",
      text: "home.shortcut.auditText",
      to: "/audit",
    });
  }
  list.push({
    key: "password",
    icon: <KeyOutlined />,
    title: "home.shortcut.password",
    text: "home.shortcut.passwordText",
  });
  return list;
}

const WORK_SHORTCUTS: (Shortcut & { action: Action })[] = [
  {
    action: "incidents.read",
    key: "incidents",
    icon: <AlertOutlined />,
    title: "home.shortcut.incidents",
    text: "home.shortcut.incidentsText",
    to: "/incidents",
  },
  {
    action: "counter_exceptions.report",
    key: "counter-exception",
    icon: <ExceptionOutlined />,
    title: "home.shortcut.counterException",
    text: "home.shortcut.counterExceptionText",
    to: "/counter-exceptions/new",
  },
  {
    action: "complaints.register",
    key: "complaint",
    icon: <CustomerServiceOutlined />,
    title: "home.shortcut.complaint",
    text: "home.shortcut.complaintText",
    to: "/complaints/new",
  },
  {
    action: "compliance.check",
    key: "compliance",
    icon: <SafetyCertificateOutlined />,
    title: "home.shortcut.compliance",
    text: "home.shortcut.complianceText",
    to: "/compliance/check",
  },
  {
    action: "scripts.read",
    key: "scripts",
    icon: <CommentOutlined />,
    title: "home.shortcut.scripts",
    text: "home.shortcut.scriptsText",
    to: "/scripts",
  },
];
