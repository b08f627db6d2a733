import { ControlOutlined, FileProtectOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const complianceRoutes: PageRoute[] = [
  {
    path: "/compliance/check",
    page: lazy(() => import("./CheckPage.tsx").then((m) => ({ default: m.CheckPage }))),
    permission: "compliance.check",
    menu: { label: "nav.complianceCheck", icon: <SafetyCertificateOutlined />, order: 50 },
    shortcuts: [
      {
        key: "compliance",
        icon: <SafetyCertificateOutlined />,
        title: "home.shortcut.compliance",
        text: "home.shortcut.complianceText",
        order: 40,
      },
    ],
  },
  {
    path: "/compliance/materials",
    page: lazy(() => import("./MaterialsPage.tsx").then((m) => ({ default: m.MaterialsPage }))),
    permission: "materials.submit",
    menu: { label: "nav.materials", icon: <FileProtectOutlined />, order: 51 },
  },
  {
    path: "/compliance/materials/new",
    page: lazy(() => import("./SubmitMaterialPage.tsx").then((m) => ({ default: m.SubmitMaterialPage }))),
    permission: "materials.submit",
  },
  {
    path: "/compliance/materials/:id",
    page: lazy(() => import("./MaterialPage.tsx").then((m) => ({ default: m.MaterialPage }))),
    permission: "materials.submit",
  },
  {
    // Everyone who checks may read the rules; the menu offers the page to those who maintain them.
    path: "/compliance/rules",
    page: lazy(() => import("./RulesPage.tsx").then((m) => ({ default: m.RulesPage }))),
    permission: "compliance.check",
    menu: { label: "nav.complianceRules", icon: <ControlOutlined />, order: 52, permission: "rules.manage" },
  },
];
