import { CommentOutlined, HistoryOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const scriptRoutes: PageRoute[] = [
  {
    path: "/scripts",
    page: lazy(() => import("./ScriptsPage.tsx").then((m) => ({ default: m.ScriptsPage }))),
    permission: "scripts.read",
    menu: { label: "nav.scripts", icon: <CommentOutlined />, order: 75 },
    shortcuts: [
      {
        key: "scripts",
        icon: <CommentOutlined />,
        title: "home.shortcut.scripts",
        text: "home.shortcut.scriptsText",
        order: 50,
      },
    ],
  },
  {
    path: "/scripts/attempts",
    page: lazy(() => import("./AttemptsPage.tsx").then((m) => ({ default: m.AttemptsPage }))),
    permission: "scripts.read",
    menu: { label: "nav.practiceAttempts", icon: <HistoryOutlined />, order: 76 },
  },
  {
    path: "/scripts/:id",
    page: lazy(() => import("./ScriptPage.tsx").then((m) => ({ default: m.ScriptPage }))),
    permission: "scripts.read",
  },
];
