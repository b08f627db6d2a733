import { decideLegal } from "../../domain/counter-exceptions/policy.ts";
import type { LegalBody } from "../../domain/counter-exceptions/schema.ts";
import type { Caller } from "../auth/session-user.ts";
import { runCommand } from "../common/command.ts";
import type { Deps } from "../http/deps.ts";
import { checkPastDate } from "../http/plausible.ts";
import { exceptions } from "./procedure.ts";
import type { ExceptionRow } from "./store.ts";

/**
 * A business dispute gone to law (法律介入): who is involved (a lawyer or a court), since when, the case
 * number, hearing and end dates and the documents exchanged. Recorded again as it moves on; each version
 * is on the timeline and in the audit log. Not a procedure step: the dispute may be anywhere in the five.
 */
export function recordLegal(deps: Deps, caller: Caller, id: number, body: LegalBody) {
  checkPastDate("since", body.since, deps.now(), deps.config.timeZone);
  if (body.endedOn) checkPastDate("endedOn", body.endedOn, deps.now(), deps.config.timeZone);
  const decide = (row: ExceptionRow) => decideLegal(caller.user.role, row);
  return runCommand(deps, caller, exceptions, id, decide, async ({ trx, row, now, audit }) => {
    const track = { ...body, recordedById: caller.user.id, at: now.toISOString() };
    await trx
      .updateTable("counter_exceptions")
      .set({ legal_json: JSON.stringify(track) })
      .where("id", "=", id)
      .execute();
    await trx
      .insertInto("counter_exception_events")
      .values({
        exception_id: id,
        step: "legal",
        actor_id: caller.user.id,
        at: now.toISOString(),
        data_json: JSON.stringify({ involvement: body.involvement, since: body.since }),
      })
      .execute();
    const before = row.legal_json ? JSON.parse(row.legal_json) : null;
    await audit("legal", before, track);
    return { result: undefined };
  });
}
