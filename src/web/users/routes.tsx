import { TeamOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const userRoutes: PageRoute[] = [
  {
    path: "/users",
    page: lazy(() => import("./UsersPage.tsx").then((m) => ({ default: m.UsersPage }))),
    permission: "users.read",
    menu: { label: "nav.users", icon: <TeamOutlined />, order: 150 },
    shortcuts: [
      {
        key: "users",
        icon: <TeamOutlined />,
        title: "home.shortcut.usersManage",
        text: "home.shortcut.usersManageText",
        order: 70,
        permission: "users.manage",
      },
      {
        key: "users",
        icon: <TeamOutlined />,
        title: "home.shortcut.usersView",
        text: "home.shortcut.usersViewText",
        order: 70,
      },
    ],
  },
];
