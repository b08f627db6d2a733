import { ControlOutlined, NotificationOutlined, RadarChartOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const opinionRoutes: PageRoute[] = [
  {
    path: "/opinion",
    page: lazy(() => import("./ListPage.tsx").then((m) => ({ default: m.ListPage }))),
    permission: "opinion.read",
    menu: { label: "nav.opinion", icon: <NotificationOutlined />, order: 30 },
  },
  {
    path: "/opinion/new",
    page: lazy(() => import("./CreatePage.tsx").then((m) => ({ default: m.CreatePage }))),
    permission: "opinion.report",
  },
  {
    path: "/opinion/candidates",
    page: lazy(() => import("./CandidatesPage.tsx").then((m) => ({ default: m.CandidatesPage }))),
    permission: "opinion.read",
    menu: { label: "nav.opinionCandidates", icon: <RadarChartOutlined />, order: 31 },
  },
  {
    path: "/opinion/monitoring",
    page: lazy(() => import("./MonitoringPage.tsx").then((m) => ({ default: m.MonitoringPage }))),
    permission: "opinion.watch_rules",
    menu: { label: "nav.opinionMonitoring", icon: <ControlOutlined />, order: 145 },
  },
  {
    path: "/opinion/:id",
    page: lazy(() => import("./DetailPage.tsx").then((m) => ({ default: m.DetailPage }))),
    permission: "opinion.read",
  },
];
