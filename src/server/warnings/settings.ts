import type { RuleSettings } from "../../domain/warnings/conditions.ts";
import { DEFAULT_THRESHOLDS } from "../../domain/warnings/thresholds.ts";
import { WARNING_RULES, type WarningRule } from "../../domain/warnings/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Db } from "../db/database.ts";
import { readSetting, writeSetting } from "../settings/store.ts";

const KEY = "warnings.rules";

const DEFAULTS = Object.fromEntries(
  WARNING_RULES.map((rule) => [rule, { enabled: true, thresholds: DEFAULT_THRESHOLDS[rule] }]),
) as RuleSettings;

/** Every rule's setting; a rule or threshold added since the settings were saved has its default. */
export async function loadRuleSettings(db: Db): Promise<RuleSettings> {
  const stored = await readSetting<Partial<RuleSettings>>(db, KEY, {});
  return Object.fromEntries(
    WARNING_RULES.map((rule) => {
      const saved = stored[rule];
      const thresholds = { ...DEFAULTS[rule].thresholds, ...saved?.thresholds };
      return [rule, { enabled: saved?.enabled ?? true, thresholds }];
    }),
  ) as RuleSettings;
}

/** Replaces one rule's setting, with the old and new in the audit trail, in one transaction. */
export async function updateRuleSetting<R extends WarningRule>(
  db: Db,
  caller: Caller,
  rule: R,
  setting: RuleSettings[R],
  at: Date,
) {
  return db.transaction().execute(async (trx) => {
    const all = await loadRuleSettings(trx);
    const before = all[rule];
    await writeSetting(trx, KEY, { ...all, [rule]: setting }, at);
    await appendAudit(trx, caller.actor, {
      action: "warnings.rule_update",
      entityType: "setting",
      entityId: `${KEY}.${rule}`,
      orgUnit: caller.user.orgUnit,
      before,
      after: setting,
    });
    return setting;
  });
}
