import { createHash } from "node:crypto";
import type { Scenario } from "../../domain/scripts/scenarios.ts";

const versions = new WeakMap<Scenario, string>();

/** A short hash of everything the scenario says: it changes whenever its guidance or its technique does. */
export function scenarioVersion(scenario: Scenario): string {
  let version = versions.get(scenario);
  if (!version) {
    version = createHash("sha256").update(JSON.stringify(scenario)).digest("hex").slice(0, 12);
    versions.set(scenario, version);
  }
  return version;
}
