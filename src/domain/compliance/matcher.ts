import { type Automaton, buildAutomaton, scan } from "./automaton.ts";
import { type FoldedText, foldPhrase, foldText } from "./normalise.ts";
import type { MaterialType, RuleKind, Severity, TextKind } from "./vocabulary.ts";

/** A rule as the matcher needs it. Patterns may list alternatives separated by "|". */
export interface RuleSpec {
  /** Stable code, e.g. `mkt.guaranteed_principal`. */
  id: string;
  kind: RuleKind;
  severity: Severity;
  appliesTo: readonly TextKind[];
  /**
   * banned_claim / forbidden_phrase: the rule applies only to materials of these types (null: to all).
   * required_disclosure: the disclosure is required on materials of these types.
   */
  materialTypes: readonly MaterialType[] | null;
  /**
   * banned_claim / forbidden_phrase: any occurrence of any pattern is a finding.
   * required_disclosure: every pattern is one element that must be present.
   */
  patterns: readonly string[];
  /** Longer phrases that contain a pattern but mean something else (确保本人 contains 保本). */
  allow: readonly string[];
  /** required_disclosure only: the disclosure is also required when the text mentions one of these. */
  mentions: readonly string[];
  /** When true, an occurrence right after a negation (不保本, 非保本, 不承诺保本) is not a finding. */
  negatable: boolean;
  /** The regulation or principle the rule comes from. */
  source: string;
  message: string;
  suggestion: string;
}

export interface Finding {
  ruleId: string;
  kind: RuleKind;
  severity: Severity;
  /** Offsets in the original text, end exclusive; 0/0 for a disclosure missing from the whole text. */
  start: number;
  end: number;
  excerpt: string;
  message: string;
  suggestion: string;
  /** required_disclosure: the elements not found. */
  missing?: string[];
}

export interface CheckContext {
  kind: TextKind;
  materialType?: MaterialType | null;
}

/**
 * Words that, right before a claim, turn it into its opposite: 不保本, 非保本, 并非无风险, 不承诺保本,
 * 不保证本金安全. Checked on the folded text, so "不 · 保本" is negated too.
 */
const NEGATION_CUES = [
  "不",
  "非",
  "未",
  "没有",
  "不是",
  "并非",
  "绝非",
  "不承诺",
  "不保证",
  "不能保证",
  "无法保证",
  "不等于",
  "不代表",
  "不能",
  "无法",
  "不得",
  "不用",
  "不必",
  "无需",
  "不需要",
].map((cue) => Array.from(cue, (c) => c.charCodeAt(0)));

type Role =
  | { rule: number; role: "trigger" | "allow" | "mention" }
  | { rule: number; role: "part"; part: number };

/** Rules compiled into one automaton; build once per rule set, check many texts. */
export interface CompiledRules {
  rules: readonly RuleSpec[];
  automaton: Automaton;
  /** What each distinct folded pattern means, for each rule that uses it. */
  roles: Role[][];
  /** First part index of each required_disclosure rule; parts are numbered across all rules. */
  partBase: Int32Array;
  partCount: number;
  /** Longest allow phrase, to bound the look-ahead when deciding whether an allow phrase covers a match. */
  longestAllow: number;
  applicability: Map<string, Uint8Array>;
}

function alternatives(pattern: string): string[] {
  return pattern
    .split("|")
    .map(foldPhrase)
    .filter((p) => p.length > 0);
}

/** Compiles a rule set; cost grows with the total length of the patterns. */
export function compileRules(rules: readonly RuleSpec[]): CompiledRules {
  const ids = new Map<string, number>();
  const patterns: string[] = [];
  const roles: Role[][] = [];
  const add = (phrase: string, role: Role) => {
    let id = ids.get(phrase);
    if (id === undefined) {
      id = patterns.length;
      ids.set(phrase, id);
      patterns.push(phrase);
      roles.push([]);
    }
    roles[id].push(role);
  };
  const partBase = new Int32Array(rules.length);
  let partCount = 0;
  let longestAllow = 0;
  rules.forEach((r, rule) => {
    if (r.kind === "required_disclosure") {
      partBase[rule] = partCount;
      r.patterns.forEach((p, i) => {
        for (const alt of alternatives(p)) add(alt, { rule, role: "part", part: partCount + i });
      });
      partCount += r.patterns.length;
      for (const m of r.mentions) for (const alt of alternatives(m)) add(alt, { rule, role: "mention" });
      return;
    }
    for (const p of r.patterns) for (const alt of alternatives(p)) add(alt, { rule, role: "trigger" });
    for (const a of r.allow) {
      for (const alt of alternatives(a)) {
        add(alt, { rule, role: "allow" });
        longestAllow = Math.max(longestAllow, alt.length);
      }
    }
  });
  return {
    rules,
    automaton: buildAutomaton(patterns),
    roles,
    partBase,
    partCount,
    longestAllow,
    applicability: new Map(),
  };
}

function applies(r: RuleSpec, ctx: CheckContext): boolean {
  if (!r.appliesTo.includes(ctx.kind)) return false;
  if (r.kind === "required_disclosure" || !r.materialTypes?.length) return true;
  return ctx.materialType != null && r.materialTypes.includes(ctx.materialType);
}

function applicable(c: CompiledRules, ctx: CheckContext): Uint8Array {
  const key = `${ctx.kind}/${ctx.materialType ?? ""}`;
  let flags = c.applicability.get(key);
  if (!flags) {
    flags = Uint8Array.from(c.rules, (r) => (applies(r, ctx) ? 1 : 0));
    c.applicability.set(key, flags);
  }
  return flags;
}

function negated(folded: FoldedText, start: number): boolean {
  const { codes } = folded;
  for (const cue of NEGATION_CUES) {
    if (cue.length > start) continue;
    let same = true;
    for (let k = 0; k < cue.length && same; k++) same = codes[start - cue.length + k] === cue[k];
    if (same) return true;
  }
  return false;
}

/** Words that join claims under one negation: 不承诺保本和保收益, 不保证本金或收益. */
const CONJUNCTIONS = ["", "和", "与", "及", "或", "也", "以及", "或者"].map((w) =>
  Array.from(w, (ch) => ch.charCodeAt(0)),
);

/**
 * Which hits a negation covers: those right after a negation cue, and those that follow such a hit directly or
 * after a conjunction, so that 不承诺保本保收益 negates 保收益 as well as 保本 (punctuation is folded away, so
 * 不保本、保收益 reads the same). Hits come in order of their end, so the hit a claim follows is decided first.
 */
function negatedHits(folded: FoldedText, hits: readonly Hit[]): Uint8Array {
  const flags = new Uint8Array(hits.length);
  const negatedEnds = new Set<number>();
  const { codes } = folded;
  const joined = (start: number) =>
    negatedEnds.size > 0 &&
    CONJUNCTIONS.some((w) => {
      const end = start - w.length;
      return end >= 0 && negatedEnds.has(end) && w.every((ch, k) => codes[end + k] === ch);
    });
  hits.forEach((hit, i) => {
    if (negated(folded, hit.start) || joined(hit.start)) {
      flags[i] = 1;
      negatedEnds.add(hit.end);
    }
  });
  return flags;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

let scratch: FoldedText = { codes: new Uint16Array(0), origins: new Int32Array(0), length: 0 };

interface Hit {
  rule: number;
  start: number;
  end: number;
}

/**
 * Checks a text against the compiled rules: one pass of the automaton over the folded text, then work in
 * proportion to the number of hits. Findings come sorted by position; a hit inside a longer hit (稳赚 in
 * 稳赚不赔) is reported once, as the longer one.
 */
export function checkText(c: CompiledRules, text: string, ctx: CheckContext): Finding[] {
  // The check is synchronous, so one set of buffers serves every call; it grows to the longest text seen.
  const folded = foldText(text, scratch);
  if (folded.codes !== scratch.codes) scratch = folded;
  const active = applicable(c, ctx);
  const triggers: Hit[] = [];
  const allowsByRule = new Map<number, Hit[]>();
  const partsFound = new Uint8Array(c.partCount);
  const mentioned = new Map<number, Hit>();
  const { lengths } = c.automaton;

  scan(c.automaton, folded.codes, folded.length, (pattern, end) => {
    const start = end - lengths[pattern];
    for (const role of c.roles[pattern]) {
      if (!active[role.rule]) continue;
      switch (role.role) {
        case "trigger":
          triggers.push({ rule: role.rule, start, end });
          break;
        case "allow": {
          const list = allowsByRule.get(role.rule);
          if (list) list.push({ rule: role.rule, start, end });
          else allowsByRule.set(role.rule, [{ rule: role.rule, start, end }]);
          break;
        }
        case "part":
          partsFound[role.part] = 1;
          break;
        case "mention":
          if (!mentioned.has(role.rule)) mentioned.set(role.rule, { rule: role.rule, start, end });
          break;
      }
    }
  });

  const underNegation = negatedHits(folded, triggers);
  // Hits arrive in order of their end, and so do a rule's allow phrases: one cursor per rule suffices.
  const allowCursor = new Map<number, number>();
  const kept = triggers.filter((hit, index) => {
    const rule = c.rules[hit.rule];
    if (rule.negatable && underNegation[index]) return false;
    const allows = allowsByRule.get(hit.rule);
    if (!allows) return true;
    let i = allowCursor.get(hit.rule) ?? 0;
    while (i < allows.length && allows[i].end < hit.end) i++;
    allowCursor.set(hit.rule, i);
    for (let j = i; j < allows.length && allows[j].end < hit.end + c.longestAllow; j++) {
      if (allows[j].start <= hit.start) return false;
    }
    return true;
  });
  kept.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      SEVERITY_RANK[c.rules[a.rule].severity] - SEVERITY_RANK[c.rules[b.rule].severity],
  );

  const findings: Finding[] = [];
  let coveredTo = -1;
  let coveredRank = 0;
  for (const hit of kept) {
    const rank = SEVERITY_RANK[c.rules[hit.rule].severity];
    if (hit.end <= coveredTo && rank >= coveredRank) continue;
    if (hit.end > coveredTo) {
      coveredTo = hit.end;
      coveredRank = rank;
    }
    findings.push(findingAt(c.rules[hit.rule], text, folded, hit));
  }

  c.rules.forEach((rule, index) => {
    if (rule.kind !== "required_disclosure" || !active[index]) return;
    const mention = mentioned.get(index);
    const byType = ctx.materialType != null && rule.materialTypes?.includes(ctx.materialType);
    if (!byType && !mention) return;
    const missing = rule.patterns.filter((_, i) => !partsFound[c.partBase[index] + i]);
    if (missing.length === 0) return;
    const finding = mention
      ? findingAt(rule, text, folded, mention)
      : { ...findingAt(rule, text, folded, null) };
    findings.push({ ...finding, missing: missing.map((m) => m.split("|")[0]) });
  });
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

function findingAt(rule: RuleSpec, text: string, folded: FoldedText, hit: Hit | null): Finding {
  const start = hit ? folded.origins[hit.start] : 0;
  const end = hit ? folded.origins[hit.end - 1] + 1 : 0;
  return {
    ruleId: rule.id,
    kind: rule.kind,
    severity: rule.severity,
    start,
    end,
    excerpt: text.slice(start, end),
    message: rule.message,
    suggestion: rule.suggestion,
  };
}

/** True when a text may go out as it is: no finding of severity error or warning. */
export function isClean(findings: readonly Finding[]): boolean {
  return findings.every((f) => f.severity === "info");
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
