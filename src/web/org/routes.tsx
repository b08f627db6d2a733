import { ApartmentOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const orgRoutes: PageRoute[] = [
  {
    path: "/org",
    page: lazy(() => import("./OrgPage.tsx").then((m) => ({ default: m.OrgPage }))),
    permission: "org.read",
    menu: { label: "nav.org", icon: <ApartmentOutlined />, order: 100 },
    shortcuts: [
      {
        key: "org",
        icon: <ApartmentOutlined />,
        title: "home.shortcut.orgManage",
        text: "home.shortcut.orgManageText",
        order: 60,
        permission: "org.manage",
      },
      {
        key: "org",
        icon: <ApartmentOutlined />,
        title: "home.shortcut.orgView",
        text: "home.shortcut.orgViewText",
        order: 60,
      },
    ],
  },
];
