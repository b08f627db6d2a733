import { AuditOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const auditRoutes: PageRoute[] = [
  {
    path: "/audit",
    page: lazy(() => import("./AuditPage.tsx").then((m) => ({ default: m.AuditPage }))),
    permission: "audit.read",
    menu: { label: "nav.audit", icon: <AuditOutlined />, order: 160 },
    shortcuts: [
      {
        key: "audit",
        icon: <AuditOutlined />,
        title: "home.shortcut.audit",
        text: "home.shortcut.auditText",
        order: 80,
      },
    ],
  },
];
