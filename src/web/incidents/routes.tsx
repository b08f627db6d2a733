import { AlertOutlined, SettingOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const incidentRoutes: PageRoute[] = [
  {
    path: "/incidents",
    page: lazy(() => import("./BoardPage.tsx").then((m) => ({ default: m.BoardPage }))),
    permission: "incidents.read",
    menu: { label: "nav.incidents", icon: <AlertOutlined />, order: 10 },
    shortcuts: [
      {
        key: "incidents",
        icon: <AlertOutlined />,
        title: "home.shortcut.incidents",
        text: "home.shortcut.incidentsText",
        order: 10,
      },
    ],
  },
  {
    path: "/incidents/new",
    page: lazy(() => import("./ReportPage.tsx").then((m) => ({ default: m.ReportPage }))),
    permission: "incidents.report",
  },
  {
    path: "/incidents/policy",
    page: lazy(() => import("./PolicyPage.tsx").then((m) => ({ default: m.PolicyPage }))),
    permission: "incidents.configure",
    menu: { label: "nav.incidentPolicy", icon: <SettingOutlined />, order: 110 },
  },
  {
    path: "/incidents/:id",
    page: lazy(() => import("./RoomPage.tsx").then((m) => ({ default: m.RoomPage }))),
    permission: "incidents.read",
  },
  {
    path: "/incidents/:id/reports/:reportId/print",
    page: lazy(() => import("./ReportPrintPage.tsx").then((m) => ({ default: m.ReportPrintPage }))),
    permission: "incidents.read",
    bare: true,
  },
];
