import { ScheduleOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const rosterRoutes: PageRoute[] = [
  {
    path: "/roster",
    page: lazy(() => import("./RosterPage.tsx").then((m) => ({ default: m.RosterPage }))),
    permission: "org.read",
    menu: { label: "nav.roster", icon: <ScheduleOutlined />, order: 115 },
  },
];
