import { describe, expect, it } from "vitest";
import { type Condition, type Episode, reconcile } from "./episodes.ts";
import { DAY_MS } from "./vocabulary.ts";

const NOW = Date.UTC(2026, 11, 5);
const condition = (subjectKey: string, level: Condition["level"] = "yellow"): Condition => ({
  rule: "complaint_spike_outlet",
  subjectKey,
  orgUnitId: 1,
  level,
  facts: {},
});
const episode = (
  id: number,
  subjectKey: string,
  lastSeenAt = NOW,
  level: Episode["level"] = "yellow",
): Episode => ({
  id,
  rule: "complaint_spike_outlet",
  subjectKey,
  level,
  lastSeenAt,
});

describe("warning episodes", () => {
  it("a new condition opens a warning; one that goes on opens nothing", () => {
    const first = reconcile([condition("unit:1")], [], NOW);
    expect(first.open.map((c) => c.subjectKey)).toEqual(["unit:1"]);
    const again = reconcile([condition("unit:1")], [episode(9, "unit:1")], NOW + DAY_MS);
    expect(again.open).toEqual([]);
    expect(again.seen.map((e) => e.id)).toEqual([9]);
  });

  it("an episode ends only after its condition stayed away for the quiet time", () => {
    const lastSeen = NOW - 6 * DAY_MS;
    expect(reconcile([], [episode(9, "unit:1", lastSeen)], NOW).ended).toEqual([]);
    expect(reconcile([], [episode(9, "unit:1", lastSeen)], NOW + DAY_MS).ended.map((e) => e.id)).toEqual([9]);
  });

  it("a graver condition raises the level of its episode, a milder one does not lower it", () => {
    const graver = reconcile([condition("unit:1", "red")], [episode(9, "unit:1")], NOW).graver;
    expect(graver.map((g) => [g.episode.id, g.condition.level])).toEqual([[9, "red"]]);
    expect(reconcile([condition("unit:1", "blue")], [episode(9, "unit:1")], NOW).graver).toEqual([]);
  });
});
