import { NotificationOutlined, ScheduleOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const campaignRoutes: PageRoute[] = [
  {
    path: "/campaigns",
    page: lazy(() => import("./OverviewPage.tsx").then((m) => ({ default: m.OverviewPage }))),
    permission: "campaigns.read",
    menu: { label: "nav.campaigns", icon: <NotificationOutlined />, order: 57 },
  },
  {
    path: "/campaigns/activities",
    page: lazy(() => import("./ActivitiesPage.tsx").then((m) => ({ default: m.ActivitiesPage }))),
    permission: "campaigns.read",
    menu: { label: "nav.campaignActivities", icon: <ScheduleOutlined />, order: 58 },
  },
  {
    path: "/campaigns/plans/:id",
    page: lazy(() => import("./PlanPage.tsx").then((m) => ({ default: m.PlanPage }))),
    permission: "campaigns.read",
  },
];
