import { EditOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const knowhowRoutes: PageRoute[] = [
  {
    path: "/knowhow/scripts",
    page: lazy(() => import("./ScriptEditorsPage.tsx").then((m) => ({ default: m.ScriptEditorsPage }))),
    // Editors draft and publish; managers only publish, so the page opens to whoever may publish.
    permission: "knowhow.publish",
    menu: { label: "nav.knowhowScripts", icon: <EditOutlined />, order: 77 },
  },
  {
    path: "/knowhow/scripts/:key",
    page: lazy(() => import("./ScriptEditorPage.tsx").then((m) => ({ default: m.ScriptEditorPage }))),
    permission: "knowhow.publish",
  },
];
