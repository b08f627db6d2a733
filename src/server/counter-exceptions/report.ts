import { verifyDueAt } from "../../domain/counter-exceptions/deadlines.ts";
import type { ReportBody } from "../../domain/counter-exceptions/schema.ts";
import { isPattern } from "../../domain/warnings/rules/counter-exception-pattern.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import { loadCalendar } from "../calendar/store.ts";
import type { Db } from "../db/database.ts";
import { assignRef, provisionalRef } from "../db/refs.ts";
import type { Deps } from "../http/deps.ts";
import { invalid } from "../http/errors.ts";
import { orgTopics } from "../live/bus.ts";
import { notify } from "../notifications/notify.ts";
import { seal } from "../personal-data/vault.ts";
import { scheduleStep } from "./deadlines.ts";
import { loadDeadlines } from "./settings.ts";
import { getException, occurrencesInWindow } from "./store.ts";
import { alertTechSupport, SYSTEM_FAILURE } from "./tech-support.ts";
import { verifiersOf } from "./verifiers.ts";

/** An enabled type, with its label in the caller's language; a bad code is a 400 naming `field`. */
export async function enabledType(db: Db, code: string, field: string, caller: Caller) {
  const type = await db
    .selectFrom("counter_exception_types")
    .select(["code", "label_zh", "label_en"])
    .where("code", "=", code)
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  if (!type) throw invalid(field, "counter_exceptions.unknown_type", { type: code });
  return {
    code: type.code,
    label: caller.locale === "zh" ? type.label_zh : type.label_en,
    labelZh: type.label_zh,
  };
}

const linkOf = (id: number) => `/counter-exceptions/${id}`;

/**
 * Steps 1–2 (识别、报告): the teller registers the exception at their outlet; the outlet's verifiers are told
 * at once, and told again when it repeats a type seen there in the last 30 days.
 */
export async function reportException(deps: Deps, caller: Caller, body: ReportBody) {
  const now = deps.now();
  const unit = caller.user.orgUnit;
  const { row, topics } = await deps.db.transaction().execute(async (trx) => {
    const type = await enabledType(trx, body.type, "type", caller);
    const patternCount = (await occurrencesInWindow(trx, unit.id, type.code, now)) + 1;
    const { id } = await trx
      .insertInto("counter_exceptions")
      .values({
        ref: provisionalRef(),
        org_unit_id: unit.id,
        type: type.code,
        status: "reported",
        description: body.description,
        amount: body.amount === undefined ? null : body.amount.toFixed(2),
        transaction_ref: body.transactionRef || null,
        customer_name: seal(body.customer?.name || null),
        customer_phone: seal(body.customer?.phone || null),
        customer_id_type: body.customer?.idNumber ? (body.customer.idType ?? "resident_id") : null,
        customer_id_number: seal(body.customer?.idNumber || null),
        customer_account_no: seal(body.customer?.accountNo || null),
        immediate_action: body.immediateAction || null,
        reported_by: caller.user.id,
        reported_at: now.toISOString(),
        pattern_count: patternCount,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("counter_exception_events")
      .values({
        exception_id: id,
        step: "report",
        actor_id: caller.user.id,
        at: now.toISOString(),
        data_json: JSON.stringify({ type: type.code }),
      })
      .execute();
    const { verifyWorkingDays } = await loadDeadlines(trx);
    const verifyDue = verifyDueAt(now, await loadCalendar(trx), deps.config.timeZone, verifyWorkingDays);
    await trx
      .updateTable("counter_exceptions")
      .set({ verify_due_at: verifyDue })
      .where("id", "=", id)
      .execute();
    await scheduleStep(trx, id, "verify", verifyDue, now, deps.config.timeZone);
    const read = await getException(trx, caller.scopePath, id);
    // The audit keeps the record without the customer's data: the register holds it, the log need not.
    await appendAudit(trx, caller.actor, {
      action: "counter_exceptions.report",
      entityType: "counter_exception",
      entityId: id,
      orgUnit: unit,
      after: { type: type.code, status: read.status, amount: read.amount, patternCount },
    });
    const heads = (await verifiersOf(trx, unit.id, unit.path)).filter((u) => u !== caller.user.id);
    // The day's number last, as a registration takes it (complaints/register.ts), then the notices that quote it.
    const ref = await assignRef(trx, "counter_exceptions", id, "CEX", now, deps.config.timeZone);
    const row = { ...read, ref };
    const params = { ref, outlet: unit.name, reporter: caller.user.displayName, type: type.label };
    const topics = await notify(
      trx,
      heads,
      {
        key: "notify.counter_exception_reported",
        params,
        link: linkOf(id),
        outbound: {
          kind: "counter_exception",
          orgUnitId: unit.id,
          unitName: unit.name,
          ref,
          subject: type.labelZh,
          drill: false,
          link: linkOf(id),
        },
      },
      now,
    );
    if (type.code === SYSTEM_FAILURE) {
      const exception = { id, ref, orgUnitId: unit.id, orgPath: unit.path, outletName: unit.name };
      topics.push(...(await alertTechSupport(trx, caller, exception, now)));
    }
    if (isPattern(patternCount)) {
      await notify(
        trx,
        heads,
        {
          key: "notify.counter_exception_pattern",
          params: { ...params, count: String(patternCount) },
          link: `/counter-exceptions?orgUnitId=${unit.id}&type=${type.code}`,
        },
        now,
      );
    }
    return { row, topics };
  });
  await deps.live.publish({
    topics: [...orgTopics(row.org_path), ...topics],
    event: { type: "counter_exception.updated", id: row.id },
  });
  return { id: row.id, ref: row.ref, status: row.status };
}
