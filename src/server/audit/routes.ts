import { auditEntry, listAuditQuery } from "../../domain/audit/schema.ts";
import { pageOf, pageQuery } from "../../domain/common/page.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { listAudit } from "./store.ts";

export function registerAuditRoutes(app: App, { db }: Deps): void {
  app.get(
    "/api/audit",
    {
      preHandler: allow("audit.read"),
      schema: {
        tags: ["audit"],
        summary: "Audit trail, newest first; `action` ending in '.' matches a family (e.g. auth.)",
        querystring: listAuditQuery.extend(pageQuery.shape),
        response: { 200: pageOf(auditEntry) },
      },
    },
    async (req) => listAudit(db, callerOf(req).user.orgUnit, req.query),
  );
}
