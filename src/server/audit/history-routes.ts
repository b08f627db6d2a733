import { historyResponse } from "../../domain/audit/schema.ts";
import { idParams } from "../../domain/common/page.ts";
import { getComplaintRow } from "../complaints/store.ts";
import { getException } from "../counter-exceptions/store.ts";
import type { App, Deps } from "../http/deps.ts";
import { allow, callerOf } from "../http/request.ts";
import { recordHistory } from "./history.ts";

/**
 * The history panels of the complaint and counter-exception pages: who did what when, from the record's audit
 * entries. The record is read in the caller's scope first, so a record outside their subtree answers 404.
 */
export function registerHistoryRoutes(app: App, { db, config }: Deps): void {
  const records = [
    {
      path: "/api/complaints/:id/history",
      tag: "complaints",
      permission: "complaints.read",
      type: "complaint",
      read: getComplaintRow,
    },
    {
      path: "/api/counter-exceptions/:id/history",
      tag: "counter-exceptions",
      permission: "counter_exceptions.read",
      type: "counter_exception",
      read: getException,
    },
  ] as const;
  for (const { path, tag, permission, type, read } of records) {
    app.get(
      path,
      {
        preHandler: allow(permission),
        schema: {
          tags: [tag],
          summary: "Who did what when on this record, oldest first, in the caller's language",
          params: idParams,
          response: { 200: historyResponse },
        },
      },
      async (req) => {
        const caller = callerOf(req);
        await read(db, caller.scopePath, req.params.id);
        return { items: await recordHistory(db, type, req.params.id, caller.locale, config.timeZone) };
      },
    );
  }
}
