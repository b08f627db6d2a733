import { DEFAULT_SCORECARD_SETTINGS, type ScorecardSettings } from "../../domain/assessment/schema.ts";
import { METRICS } from "../../domain/assessment/vocabulary.ts";
import { appendAudit } from "../audit/append.ts";
import type { Caller } from "../auth/session-user.ts";
import type { Db } from "../db/database.ts";
import { invalid } from "../http/errors.ts";
import { readSetting, writeSetting } from "../settings/store.ts";

const KEY = "assessment.scorecard";

/** The weights and the monthly hours target; a metric added since they were saved keeps its default weight. */
export async function loadScorecardSettings(db: Db): Promise<ScorecardSettings> {
  const stored = await readSetting(db, KEY, DEFAULT_SCORECARD_SETTINGS);
  return { ...stored, weights: { ...DEFAULT_SCORECARD_SETTINGS.weights, ...stored.weights } };
}

export async function updateScorecardSettings(db: Db, caller: Caller, settings: ScorecardSettings, at: Date) {
  if (METRICS.every((m) => settings.weights[m] === 0)) throw invalid("weights", "assessment.weights_zero");
  await db.transaction().execute(async (trx) => {
    const before = await loadScorecardSettings(trx);
    await writeSetting(trx, KEY, settings, at);
    await appendAudit(trx, caller.actor, {
      action: "assessment.weights_update",
      entityType: "setting",
      entityId: KEY,
      orgUnit: caller.user.orgUnit,
      before,
      after: settings,
    });
  });
  return loadScorecardSettings(db);
}
