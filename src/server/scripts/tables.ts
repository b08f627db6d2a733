import type { Generated } from "kysely";

/** One practice reply and the feedback it got; `feedback_json` holds the findings and the elements. */
export interface PracticeAttemptTable {
  id: Generated<number>;
  user_id: number;
  org_unit_id: number;
  scenario_id: string;
  scenario_version: string;
  reply: string;
  score: number;
  verdict: "good" | "needs_work";
  feedback_json: string;
  created_at: string;
}

export interface ScriptTables {
  practice_attempts: PracticeAttemptTable;
}
