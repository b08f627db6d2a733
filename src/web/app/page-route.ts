import type { ComponentType, LazyExoticComponent, ReactNode } from "react";
import type { Action } from "../../domain/auth/permissions.ts";
import type { Me } from "../../domain/auth/schema.ts";
import type { MessageKey } from "../i18n/dictionaries.ts";

/**
 * One page of a feature, as its `routes.tsx` declares it: the router, the side menu and the home page's
 * shortcuts all read these, so a page's path and permission are written once.
 */
export interface PageRoute {
  /** Absolute, as in the address bar. */
  path: string;
  /** Lazy, so the sign-in screen does not download the tables and forms behind it. */
  page: LazyExoticComponent<ComponentType>;
  /** Needed to open the page; without it the page shows a 403. */
  permission: Action;
  /** Outside the shell, so the browser prints only the page (printable forms). */
  bare?: true;
  menu?: MenuEntry;
  /** The home page shows the first of these the user may use (the strongest first). */
  shortcuts?: ShortcutEntry[];
  /** Users for whom this page is the home page (`/`) instead of the general one. */
  homeFor?: (me: Me) => boolean;
}

export interface MenuEntry {
  label: MessageKey;
  icon: ReactNode;
  /** Place in the side menu, across features. */
  order: number;
  /** When the menu item needs more than the page does. */
  permission?: Action;
}

export interface ShortcutEntry {
  key: string;
  icon: ReactNode;
  title: MessageKey;
  text: MessageKey;
  /** Place on the home page, across features. */
  order: number;
  /** When the shortcut needs more than the page does. */
  permission?: Action;
}
