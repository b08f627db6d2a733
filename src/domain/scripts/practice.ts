import {
  type CompiledRules,
  checkText,
  compileRules,
  type Finding,
  type RuleSpec,
} from "../compliance/matcher.ts";
import type { Scenario } from "./scenarios.ts";
import { ELEMENT_CUES, ELEMENTS, type Element, TECHNIQUE_ELEMENTS } from "./vocabulary.ts";

export interface ElementFeedback {
  element: Element;
  /** Whether the scenario's technique asks for it. */
  expected: boolean;
  present: boolean;
  /** The words that showed it, when present. */
  evidence: string | null;
}

export interface PracticeFeedback {
  findings: Finding[];
  elements: ElementFeedback[];
  /** 0–100: the share of the technique's elements present, less 25 per forbidden phrase of severity error. */
  score: number;
  verdict: "good" | "needs_work";
}

/** Element cues as rules, so that the same folding and negation handling apply (我不理解 is no empathy). */
const ELEMENT_RULES: RuleSpec[] = ELEMENTS.map((element) => ({
  id: element,
  kind: "forbidden_phrase",
  severity: "info",
  appliesTo: ["service_reply"],
  materialTypes: null,
  patterns: ELEMENT_CUES[element],
  allow: [],
  mentions: [],
  negatable: true,
  source: "",
  message: "",
  suggestion: "",
}));
let elementRules: CompiledRules | null = null;

/**
 * Feedback on a practice reply: the forbidden phrasing the rules find, and which of the technique's elements
 * the reply has. `rules` are the service rules that apply to the person practising.
 */
export function practiceFeedback(scenario: Scenario, reply: string, rules: CompiledRules): PracticeFeedback {
  const findings = checkText(rules, reply, { kind: "service_reply" });
  elementRules ??= compileRules(ELEMENT_RULES);
  const cues = checkText(elementRules, reply, { kind: "service_reply" });
  const expected = TECHNIQUE_ELEMENTS[scenario.technique];
  const elements = ELEMENTS.map((element) => {
    const hit = cues.find((c) => c.ruleId === element);
    return { element, expected: expected.includes(element), present: !!hit, evidence: hit?.excerpt ?? null };
  }).filter((e) => e.expected || e.present);
  const covered = elements.filter((e) => e.expected && e.present).length;
  const errors = findings.filter((f) => f.severity === "error").length;
  const score = Math.max(0, Math.round((100 * covered) / expected.length) - 25 * errors);
  const clean = findings.every((f) => f.severity === "info");
  return { findings, elements, score, verdict: clean && covered === expected.length ? "good" : "needs_work" };
}
