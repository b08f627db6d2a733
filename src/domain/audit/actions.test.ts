import { describe, expect, it } from "vitest";
import {
  ACTION_FAMILY_LABELS,
  ACTION_LABELS,
  actionLabel,
  ENTITY_TYPE_LABELS,
  entityTypeLabel,
} from "./actions.ts";

// That every code the server writes has words is checked by the compiler: appendAudit takes an AuditAction.
describe("audit action vocabulary", () => {
  it("words every action in Chinese and English", () => {
    for (const [code, label] of Object.entries(ACTION_LABELS)) {
      expect(label.zh.trim(), code).not.toBe("");
      expect(label.en.trim(), code).not.toBe("");
    }
    expect(actionLabel("complaints.decide", "zh")).toBe("办理决定");
    expect(actionLabel("complaints.decide", "en")).toBe("Decision made");
    expect(actionLabel("nothing.known", "zh")).toBeNull();
  });

  it("puts every action in a family the audit trail can filter by", () => {
    const families = Object.keys(ACTION_FAMILY_LABELS);
    const orphans = Object.keys(ACTION_LABELS).filter((code) => !families.some((f) => code.startsWith(f)));
    expect(orphans).toEqual([]);
  });

  it("words the kinds of record", () => {
    expect(entityTypeLabel("complaint", "en")).toBe("Complaint");
    expect(entityTypeLabel("nothing", "en")).toBeNull();
    expect(Object.keys(ENTITY_TYPE_LABELS)).toContain("counter_exception");
  });
});
