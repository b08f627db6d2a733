import { BellOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const warningRoutes: PageRoute[] = [
  {
    path: "/warnings/settings",
    page: lazy(() => import("./SettingsPage.tsx").then((m) => ({ default: m.SettingsPage }))),
    permission: "warnings.configure",
    menu: { label: "nav.warningSettings", icon: <BellOutlined />, order: 145 },
  },
  {
    path: "/warnings/:id",
    page: lazy(() => import("./WarningPage.tsx").then((m) => ({ default: m.WarningPage }))),
    permission: "warnings.read",
  },
];
