import { CheckSquareOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const improvementRoutes: PageRoute[] = [
  {
    path: "/improvements",
    page: lazy(() => import("./ImprovementsPage.tsx").then((m) => ({ default: m.ImprovementsPage }))),
    // Everyone may own an improvement; what each sees is scoped by the server (improvements/policy.ts).
    permission: "incidents.read",
    menu: { label: "nav.improvements", icon: <CheckSquareOutlined />, order: 81 },
  },
];
