import { DashboardOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const watchRoutes: PageRoute[] = [
  {
    path: "/watch",
    page: lazy(() => import("./WatchPage.tsx").then((m) => ({ default: m.WatchPage }))),
    permission: "warnings.read",
    menu: { label: "nav.watch", icon: <DashboardOutlined />, order: 5 },
    // Sub-branch and branch managers answer for many outlets: the board is where their day starts.
    homeFor: (me) =>
      me.role === "manager" && (me.orgUnit.kind === "sub_branch" || me.orgUnit.kind === "branch"),
    shortcuts: [
      {
        key: "watch",
        icon: <DashboardOutlined />,
        title: "home.shortcut.watch",
        text: "home.shortcut.watchText",
        order: 5,
      },
    ],
  },
];
