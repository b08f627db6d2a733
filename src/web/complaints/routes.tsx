import { BarChartOutlined, CustomerServiceOutlined, PartitionOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const complaintRoutes: PageRoute[] = [
  {
    path: "/complaints",
    page: lazy(() => import("./ListPage.tsx").then((m) => ({ default: m.ListPage }))),
    permission: "complaints.read",
    menu: { label: "nav.complaints", icon: <CustomerServiceOutlined />, order: 40 },
  },
  {
    path: "/complaints/new",
    page: lazy(() => import("./RegisterPage.tsx").then((m) => ({ default: m.RegisterPage }))),
    permission: "complaints.register",
    shortcuts: [
      {
        key: "complaint",
        icon: <CustomerServiceOutlined />,
        title: "home.shortcut.complaint",
        text: "home.shortcut.complaintText",
        order: 30,
      },
    ],
  },
  {
    path: "/complaints/stats",
    page: lazy(() => import("./StatsPage.tsx").then((m) => ({ default: m.StatsPage }))),
    permission: "complaints.stats",
    menu: { label: "nav.complaintStats", icon: <BarChartOutlined />, order: 41 },
  },
  {
    path: "/complaints/categories",
    page: lazy(() => import("./CategoriesPage.tsx").then((m) => ({ default: m.CategoriesPage }))),
    permission: "complaints.configure",
    menu: { label: "nav.complaintCategories", icon: <PartitionOutlined />, order: 130 },
  },
  {
    path: "/complaints/:id",
    page: lazy(() => import("./DetailPage.tsx").then((m) => ({ default: m.DetailPage }))),
    permission: "complaints.read",
  },
  {
    path: "/complaints/:id/notice",
    page: lazy(() => import("./NoticePage.tsx").then((m) => ({ default: m.NoticePage }))),
    permission: "complaints.read",
    bare: true,
  },
];
