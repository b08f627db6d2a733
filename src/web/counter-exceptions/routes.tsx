import { ExceptionOutlined, ToolOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const counterExceptionRoutes: PageRoute[] = [
  {
    path: "/counter-exceptions",
    page: lazy(() => import("./ListPage.tsx").then((m) => ({ default: m.ListPage }))),
    permission: "counter_exceptions.read",
    menu: { label: "nav.counterExceptions", icon: <ExceptionOutlined />, order: 20 },
  },
  {
    path: "/counter-exceptions/new",
    page: lazy(() => import("./ReportPage.tsx").then((m) => ({ default: m.ReportPage }))),
    permission: "counter_exceptions.report",
    shortcuts: [
      {
        key: "counter-exception",
        icon: <ExceptionOutlined />,
        title: "home.shortcut.counterException",
        text: "home.shortcut.counterExceptionText",
        order: 20,
      },
    ],
  },
  {
    path: "/counter-exceptions/settings",
    page: lazy(() => import("./SettingsPage.tsx").then((m) => ({ default: m.SettingsPage }))),
    permission: "counter_exceptions.configure",
    menu: { label: "nav.cexSettings", icon: <ToolOutlined />, order: 140 },
  },
  {
    path: "/counter-exceptions/:id",
    page: lazy(() => import("./DetailPage.tsx").then((m) => ({ default: m.DetailPage }))),
    permission: "counter_exceptions.read",
  },
  {
    path: "/counter-exceptions/:id/print",
    page: lazy(() => import("./PrintPage.tsx").then((m) => ({ default: m.PrintPage }))),
    permission: "counter_exceptions.read",
    bare: true,
  },
];
