import { TrophyOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const assessmentRoutes: PageRoute[] = [
  {
    path: "/assessment",
    page: lazy(() => import("./ScorecardPage.tsx").then((m) => ({ default: m.ScorecardPage }))),
    permission: "assessment.read",
    menu: { label: "nav.assessment", icon: <TrophyOutlined />, order: 60 },
  },
];
