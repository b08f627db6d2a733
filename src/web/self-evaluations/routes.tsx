import { TrophyOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const selfEvaluationRoutes: PageRoute[] = [
  {
    path: "/self-evaluations",
    page: lazy(() => import("./ListPage.tsx").then((m) => ({ default: m.ListPage }))),
    permission: "self_evaluations.read",
    menu: { label: "nav.selfEvaluations", icon: <TrophyOutlined />, order: 59 },
  },
  {
    path: "/self-evaluations/:id",
    page: lazy(() => import("./DetailPage.tsx").then((m) => ({ default: m.DetailPage }))),
    permission: "self_evaluations.read",
  },
];
