import { KeyOutlined } from "@ant-design/icons";
import type { ReactNode } from "react";
import type { Action } from "../../domain/auth/permissions.ts";
import { PAGE_ROUTES } from "../app/page-routes.ts";
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
 * The shortcuts a user sees, from the pages' route tables: for each page the strongest thing their
 * permissions allow there, so an administrator is offered "manage users" where a teller is offered
 * "colleagues". The daily work of the role comes first (the tables' order), changing one's password last.
 */
export function shortcutsFor(can: (action: Action) => boolean): Shortcut[] {
  const list = PAGE_ROUTES.flatMap(({ path, permission, shortcuts = [] }) => {
    const allowed = shortcuts.find((s) => can(s.permission ?? permission));
    if (!allowed) return [];
    const { order, permission: _, ...shortcut } = allowed;
    return [{ ...shortcut, order, to: path }];
  })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _, ...shortcut }): Shortcut => shortcut);
  list.push({
    key: "password",
    icon: <KeyOutlined />,
    title: "home.shortcut.password",
    text: "home.shortcut.passwordText",
  });
  return list;
}
