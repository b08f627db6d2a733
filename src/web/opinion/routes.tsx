import { AlertOutlined, RadarChartOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const opinionRoutes: PageRoute[] = [
  {
    path: "/opinion",
    page: lazy(() => import("./ListPage.tsx").then((m) => ({ default: m.ListPage }))),
    permission: "opinion.read",
    menu: { label: "nav.opinion", icon: <AlertOutlined />, order: 35 },
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
    menu: { label: "nav.opinionCandidates", icon: <RadarChartOutlined />, order: 36 },
  },
  {
    path: "/opinion/:id",
    page: lazy(() => import("./DetailPage.tsx").then((m) => ({ default: m.DetailPage }))),
    permission: "opinion.read",
  },
];
