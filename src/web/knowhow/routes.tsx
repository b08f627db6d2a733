import { AlertOutlined, EditOutlined, SafetyOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

const ListPage = lazy(() => import("./KnowhowListPage.tsx").then((m) => ({ default: m.KnowhowListPage })));

// Editors draft and publish; managers only publish, so the pages open to whoever may publish.
export const knowhowRoutes: PageRoute[] = [
  {
    path: "/knowhow/scripts",
    page: ListPage,
    permission: "knowhow.publish",
    menu: { label: "nav.knowhowScripts", icon: <EditOutlined />, order: 77 },
  },
  {
    path: "/knowhow/scripts/:key",
    page: lazy(() => import("./ScriptEditorPage.tsx").then((m) => ({ default: m.ScriptEditorPage }))),
    permission: "knowhow.publish",
  },
  {
    path: "/knowhow/playbooks",
    page: ListPage,
    permission: "knowhow.publish",
    menu: { label: "nav.knowhowPlaybooks", icon: <AlertOutlined />, order: 62.1 },
  },
  {
    path: "/knowhow/playbooks/:key",
    page: lazy(() => import("./PlaybookEditorPage.tsx").then((m) => ({ default: m.PlaybookEditorPage }))),
    permission: "knowhow.publish",
  },
  {
    path: "/knowhow/counter-guidance",
    page: ListPage,
    permission: "knowhow.publish",
    menu: { label: "nav.knowhowGuidance", icon: <SafetyOutlined />, order: 62.2 },
  },
  {
    path: "/knowhow/counter-guidance/:key",
    page: lazy(() => import("./GuidanceEditorPage.tsx").then((m) => ({ default: m.GuidanceEditorPage }))),
    permission: "knowhow.publish",
  },
];
