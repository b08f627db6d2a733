import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TRANSITION_ACTIONS } from "../incidents/lifecycle.ts";
import { ACTION_LABELS, actionLabel, ENTITY_TYPE_LABELS, entityTypeLabel } from "./actions.ts";

const SERVER = path.resolve(import.meta.dirname, "../../server");
/** The bench seeder writes audit entries too, and may fill a demo database. */
const BENCH = path.resolve(import.meta.dirname, "../../../bench");

/** The source files that write audit entries (paths relative to src/server or bench), tests left out. */
function serverSources(): { file: string; text: string }[] {
  return [SERVER, BENCH].flatMap((root) =>
    fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => ({ file: f, text: fs.readFileSync(path.join(root, f), "utf8") })),
  );
}

const CODE = /"([a-z_]+\.[a-z_]+)"/g;
const codesIn = (text: string) => [...text.matchAll(CODE)].map((m) => m[1]);

/**
 * The codes a file writes: string literals on an `action:` line or in a `const action = …;` choice (or a
 * `const SOME_ACTION = …;`), and for
 * the three families whose verb is filled in (`complaints.${verb}`, `incidents.${action}`,
 * `counter_exceptions.${stepName}`) the verbs their callers pass.
 */
function writtenActions(): { codes: Set<string>; unknownTemplates: string[] } {
  const codes = new Set<string>();
  const unknownTemplates: string[] = [];
  const add = (family: string, verbs: Iterable<string>) => {
    for (const v of verbs) codes.add(`${family}.${v}`);
  };
  const procedure = fs.readFileSync(
    path.resolve(import.meta.dirname, "../counter-exceptions/procedure.ts"),
    "utf8",
  );
  for (const { file, text } of serverSources()) {
    for (const line of text.split("\n"))
      if (/\baction:/.test(line)) for (const c of codesIn(line)) codes.add(c);
    for (const m of text.matchAll(/const (?:action|\w+_ACTION) =([^;]+);/g)) {
      for (const c of codesIn(m[1])) codes.add(c);
    }
    for (const m of text.matchAll(/action: `([a-z_]+)\.\$\{(\w+)\}`/g)) {
      const [, family, variable] = m;
      const key = `${family}:${variable}`;
      if (key === "complaints:verb") {
        // ctx.audit("verb", …) and ctx.audit(approve ? "verb_a" : "verb_b", …) in the command files.
        for (const { text: t } of serverSources().filter((s) => s.file.startsWith("complaints"))) {
          for (const call of t.matchAll(/\baudit\(\s*(?:\w+\s*\?\s*)?"(\w+)"(?:\s*:\s*"(\w+)")?/g)) {
            add(family, [call[1], call[2]].filter(Boolean));
          }
        }
      } else if (key === "incidents:action") {
        for (const { text: t } of serverSources().filter((s) => s.file.startsWith("incidents"))) {
          add(
            family,
            [...t.matchAll(/\baudit\(\s*trx,\s*caller,\s*row,\s*"(\w+)"/g)].map((c) => c[1]),
          );
        }
        add(family, TRANSITION_ACTIONS);
      } else if (key === "counter_exceptions:stepName") {
        // A step is written under its kind, or as "close" when it closes the exception.
        add(
          family,
          [...procedure.matchAll(/kind: "(\w+)"/g)].map((k) => k[1]),
        );
        add(family, ["close"]);
      } else {
        unknownTemplates.push(`${file}: ${m[0]}`);
      }
    }
  }
  return { codes, unknownTemplates };
}

describe("audit action vocabulary", () => {
  const { codes, unknownTemplates } = writtenActions();

  it("finds the actions the server writes, including the filled-in families", () => {
    expect(unknownTemplates, "an action code built in a new way: teach this test to expand it").toEqual([]);
    for (const code of [
      "auth.login",
      "users.disable",
      "org.move",
      "materials.reject",
      "complaints.decide",
      "complaints.extension_reject",
      "incidents.acknowledge",
      "incidents.photo_add",
      "counter_exceptions.follow_up",
      "counter_exceptions.close",
      "system.audit_chains_split",
      "system.seed_bench",
    ]) {
      expect(codes).toContain(code);
    }
  });

  it("has a Chinese and an English label for every action the server writes", () => {
    const missing = [...codes].filter((c) => !Object.hasOwn(ACTION_LABELS, c));
    expect(missing).toEqual([]);
    expect(actionLabel("complaints.decide", "zh")).toBe("办理决定");
    expect(actionLabel("complaints.decide", "en")).toBe("Decision made");
    expect(actionLabel("nothing.known", "zh")).toBeNull();
  });

  it("labels every kind of record the server audits", () => {
    const types = new Set(
      serverSources().flatMap(({ text }) =>
        [...text.matchAll(/entityType: "(\w+)"|entity_type: "(\w+)"/g)].map((m) => m[1] ?? m[2]),
      ),
    );
    expect([...types].filter((t) => !Object.hasOwn(ENTITY_TYPE_LABELS, t))).toEqual([]);
    expect(entityTypeLabel("complaint", "en")).toBe("Complaint");
  });
});
