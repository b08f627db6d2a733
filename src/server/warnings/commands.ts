import { transition } from "../../domain/warnings/policy.ts";
import type { WARNING_STATUSES } from "../../domain/warnings/vocabulary.ts";
import type { Caller } from "../auth/session-user.ts";
import { type RecordKind, runCommand } from "../common/command.ts";
import type { Deps } from "../http/deps.ts";
import { presentWarning } from "./present.ts";
import { getWarning, type WarningRow } from "./store.ts";

const STATUS_LABELS = {
  open: { zh: "待处置", en: "open" },
  acknowledged: { zh: "已确认", en: "acknowledged" },
  lifted: { zh: "已解除", en: "lifted" },
} satisfies Record<(typeof WARNING_STATUSES)[number], { zh: string; en: string }>;

const WARNING: RecordKind<WarningRow, "warnings"> = {
  auditPrefix: "warnings",
  entityType: "warning",
  liveEvent: "warning.updated",
  load: (trx, scopePath, id) => getWarning(trx, scopePath, id),
  refusalParams: (row, caller) => ({ status: STATUS_LABELS[row.status][caller.locale] }),
};

/** The warning has been seen and someone is on it. */
export function acknowledgeWarning(deps: Deps, caller: Caller, id: number) {
  return runCommand(
    deps,
    caller,
    WARNING,
    id,
    (row) => transition(row.status, "acknowledge"),
    async ({ trx, row, next, now, audit }) => {
      await trx
        .updateTable("warnings")
        .set({ status: next, acknowledged_by: caller.user.id, acknowledged_at: now.toISOString() })
        .where("id", "=", row.id)
        .execute();
      await audit("acknowledge", { status: row.status }, { status: next });
      return { result: presentWarning(await getWarning(trx, caller.scopePath, id), caller.user.role) };
    },
  );
}

/**
 * 解除预警: the warning is lifted with the reason. Its episode goes on while the condition holds, so the
 * same trouble does not warn again until it has cleared.
 */
export function liftWarning(deps: Deps, caller: Caller, id: number, reason: string) {
  return runCommand(
    deps,
    caller,
    WARNING,
    id,
    (row) => transition(row.status, "lift"),
    async ({ trx, row, next, now, audit }) => {
      await trx
        .updateTable("warnings")
        .set({ status: next, lifted_by: caller.user.id, lifted_at: now.toISOString(), lift_reason: reason })
        .where("id", "=", row.id)
        .execute();
      await audit("lift", { status: row.status }, { status: next, reason });
      return { result: presentWarning(await getWarning(trx, caller.scopePath, id), caller.user.role) };
    },
  );
}
