import { auditRoutes } from "../audit/routes.tsx";
import { calendarRoutes } from "../calendar/routes.tsx";
import { caseRoutes } from "../cases/routes.tsx";
import { complaintRoutes } from "../complaints/routes.tsx";
import { complianceRoutes } from "../compliance/routes.tsx";
import { counterExceptionRoutes } from "../counter-exceptions/routes.tsx";
import { improvementRoutes } from "../improvements/routes.tsx";
import { incidentRoutes } from "../incidents/routes.tsx";
import { orgRoutes } from "../org/routes.tsx";
import { scriptRoutes } from "../scripts/routes.tsx";
import { userRoutes } from "../users/routes.tsx";
import { warningRoutes } from "../warnings/routes.tsx";
import { watchRoutes } from "../watch/routes.tsx";
import type { PageRoute } from "./page-route.ts";

/** Every feature's pages; a new feature adds its table here. */
export const PAGE_ROUTES: readonly PageRoute[] = [
  ...incidentRoutes,
  ...counterExceptionRoutes,
  ...complaintRoutes,
  ...complianceRoutes,
  ...scriptRoutes,
  ...caseRoutes,
  ...calendarRoutes,
  ...orgRoutes,
  ...userRoutes,
  ...auditRoutes,
  ...improvementRoutes,
  ...warningRoutes,
  ...watchRoutes,
];
