import { createHash } from "node:crypto";
import type { Scenario } from "../../domain/scripts/scenarios.ts";

/** A short hash of everything the scenario says: it changes whenever its guidance or its technique does. */
export function scenarioVersion(scenario: Scenario): string {
  return createHash("sha256").update(JSON.stringify(scenario)).digest("hex").slice(0, 12);
}
