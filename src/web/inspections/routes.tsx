import { AuditOutlined, CheckSquareOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const inspectionRoutes: PageRoute[] = [
  {
    path: "/inspections",
    page: lazy(() => import("./ListPage.tsx").then((m) => ({ default: m.ListPage }))),
    permission: "inspections.read",
    menu: { label: "nav.inspections", icon: <AuditOutlined />, order: 55 },
  },
  {
    path: "/inspections/rectifications",
    page: lazy(() => import("./RectificationsPage.tsx").then((m) => ({ default: m.RectificationsPage }))),
    permission: "inspections.rectify",
    menu: { label: "nav.rectifications", icon: <CheckSquareOutlined />, order: 56 },
  },
  {
    path: "/inspections/checklist",
    page: lazy(() => import("./ChecklistPage.tsx").then((m) => ({ default: m.ChecklistPage }))),
    permission: "inspections.configure",
    menu: { label: "nav.inspectionChecklist", icon: <UnorderedListOutlined />, order: 135 },
  },
  {
    path: "/inspections/:id",
    page: lazy(() => import("./DetailPage.tsx").then((m) => ({ default: m.DetailPage }))),
    permission: "inspections.read",
  },
];
