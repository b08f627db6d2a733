import { BellOutlined, NotificationOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../../app/page-route.ts";

export const outboxRoutes: PageRoute[] = [
  {
    path: "/notify",
    page: lazy(() => import("./OutboxPage.tsx").then((m) => ({ default: m.OutboxPage }))),
    permission: "notify.manage",
    menu: { label: "nav.notify", icon: <NotificationOutlined />, order: 125 },
  },
  {
    path: "/notify/preferences",
    page: lazy(() => import("./PreferencesPage.tsx").then((m) => ({ default: m.PreferencesPage }))),
    permission: "org.read",
    menu: { label: "nav.notifyPrefs", icon: <BellOutlined />, order: 200 },
  },
];
