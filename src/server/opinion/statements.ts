import type { Transaction } from "kysely";
import { can } from "../../domain/auth/permissions.ts";
import { refuse, type Transition } from "../../domain/common/transition.ts";
import { openTransition } from "../../domain/opinion/lifecycle.ts";
import { statementApproverRefusal } from "../../domain/opinion/policy.ts";
import { type StatementAction, statementTransition } from "../../domain/opinion/statements.ts";
import type { Status } from "../../domain/opinion/vocabulary.ts";
import type { Caller } from "../auth/session-user.ts";
import { runCommand } from "../common/command.ts";
import type { Database } from "../db/schema.ts";
import type { Deps } from "../http/deps.ts";
import { notFound } from "../http/errors.ts";
import { notify } from "../notifications/notify.ts";
import { opinionEvents } from "./commands.ts";
import { recordEntry } from "./entries.ts";
import { nearestWithRoles } from "./people.ts";
import { askerOf } from "./present.ts";
import type { EventRow } from "./store.ts";

/**
 * The statement register: each version is a row; a draft may be reworded until it is approved by someone
 * else of the management over the event, and once published it is frozen. The nearest managers are told
 * of every new draft.
 */
export function draftStatement(deps: Deps, caller: Caller, id: number, text: string) {
  const decide = (row: EventRow): Transition<Status> =>
    can(caller.user.role, "opinion.handle") ? openTransition(row.status) : refuse(403, "forbidden");
  return runCommand(deps, caller, opinionEvents, id, decide, async ({ trx, row, now, audit }) => {
    const { max } = await trx
      .selectFrom("opinion_statements")
      .select((eb) => eb.fn.max("version").as("max"))
      .where("event_id", "=", id)
      .executeTakeFirstOrThrow();
    const version = Number(max ?? 0) + 1;
    const { id: statementId } = await trx
      .insertInto("opinion_statements")
      .values({
        event_id: id,
        version,
        text,
        status: "draft",
        drafted_by: caller.user.id,
        drafted_at: now.toISOString(),
        approved_by: null,
        approved_at: null,
        published_by: null,
        published_at: null,
        published_where: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordEntry(trx, id, caller.user.id, "statement_draft", { version }, now);
    await audit("statement_draft", null, { statementId, version, text });
    const approvers = (await nearestWithRoles(trx, row.org_path, ["manager"])).filter(
      (u) => u !== caller.user.id,
    );
    const topics = await notify(
      trx,
      approvers,
      {
        key: "notify.opinion_statement_draft",
        params: { ref: row.ref, version: String(version) },
        link: `/opinion/${id}`,
      },
      now,
    );
    return { result: statementId, topics };
  });
}

/** Rewording, approval and publication of one version, each through the register's state machine. */
export function changeStatement(
  deps: Deps,
  caller: Caller,
  id: number,
  statementId: number,
  action: StatementAction & { text?: string; where?: string; at?: string },
) {
  let state: { status: "draft" | "approved" | "published"; drafted_by: number; version: number } | undefined;
  const decide = async (row: EventRow, trx: Transaction<Database>) => {
    // Who may approve is the policy's to say below, with its own answer, once the register has spoken.
    if (action.kind !== "approve" && !can(caller.user.role, "opinion.handle"))
      return refuse(403, "forbidden");
    const open = openTransition(row.status);
    if (!open.ok) return open;
    state = await trx
      .selectFrom("opinion_statements")
      .select(["status", "drafted_by", "version"])
      .where("id", "=", statementId)
      .where("event_id", "=", id)
      .executeTakeFirst();
    if (!state) throw notFound();
    const next = statementTransition(
      { status: state.status, draftedBy: state.drafted_by },
      action,
      caller.user.id,
    );
    if (!next.ok || action.kind !== "approve") return next;
    const refusal = statementApproverRefusal(askerOf(caller), row.org_path);
    return refusal ? { ok: false as const, refusal } : next;
  };
  return runCommand(deps, caller, opinionEvents, id, decide, async ({ trx, now, audit }) => {
    const at = now.toISOString();
    const before = state as NonNullable<typeof state>;
    const set =
      action.kind === "edit"
        ? // Reworded, it needs approving again: what was approved is not what would go out.
          { text: action.text as string, status: "draft" as const, approved_by: null, approved_at: null }
        : action.kind === "approve"
          ? { status: "approved" as const, approved_by: caller.user.id, approved_at: at }
          : {
              status: "published" as const,
              published_by: caller.user.id,
              published_at: action.at ? new Date(action.at).toISOString() : at,
              published_where: action.where as string,
            };
    await trx.updateTable("opinion_statements").set(set).where("id", "=", statementId).execute();
    const verb = action.kind === "edit" ? "statement_draft" : (`statement_${action.kind}` as const);
    await recordEntry(trx, id, caller.user.id, verb, { version: before.version, ...set }, now);
    await audit(verb, { status: before.status }, { statementId, version: before.version, ...set });
    return { result: null };
  });
}
