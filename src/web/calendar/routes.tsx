import { CalendarOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const calendarRoutes: PageRoute[] = [
  {
    path: "/calendar",
    page: lazy(() => import("./CalendarPage.tsx").then((m) => ({ default: m.CalendarPage }))),
    permission: "calendar.manage",
    menu: { label: "nav.calendar", icon: <CalendarOutlined />, order: 120 },
  },
];
