import { BookOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const caseRoutes: PageRoute[] = [
  {
    path: "/cases",
    page: lazy(() => import("./CasesPage.tsx").then((m) => ({ default: m.CasesPage }))),
    permission: "cases.read",
    menu: { label: "nav.cases", icon: <BookOutlined />, order: 80 },
  },
];
