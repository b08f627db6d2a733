import { FlagOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const accountabilityRoutes: PageRoute[] = [
  {
    path: "/accountability",
    page: lazy(() => import("./AccountabilityPage.tsx").then((m) => ({ default: m.AccountabilityPage }))),
    permission: "training.read",
    menu: { label: "nav.accountability", icon: <FlagOutlined />, order: 61 },
  },
];
