import {
  type CompiledRules,
  checkText,
  compileRules,
  type Finding,
  type RuleSpec,
} from "../compliance/matcher.ts";
import type { Scenario } from "./scenarios.ts";
import {
  type ComputedElement,
  ELEMENT_CUES,
  ELEMENTS,
  type Element,
  type PhraseElement,
  STAFF_ROLE_WORDS,
  TECHNIQUE_ELEMENTS,
} from "./vocabulary.ts";

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

const PHRASE_ELEMENTS = Object.keys(ELEMENT_CUES) as PhraseElement[];

/**
 * Element cues as rules, so that the same folding and negation handling apply (我不理解 is no empathy). One
 * compiled set per element: in one set, a cue inside another element's longer cue (帮您 in 我来帮您解决)
 * would be reported only as the longer one.
 */
const elementRule = (element: PhraseElement): RuleSpec => ({
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
});
let elementRules: CompiledRules[] | null = null;

const HAN = "[\\u4e00-\\u9fff]";
const ROLE = STAFF_ROLE_WORDS.join("|");
const SENTENCES = /[^。！？!?；;\n]+/g;
const SPEAKER = /我(?:是|叫|姓)|本人是/;
const ROLE_WORD = new RegExp(`(?:${ROLE})`);
/** A name: 我姓李, 我叫王芳, 小李 / 老王 on their own, a name right after the role (大堂经理李明，), a staff number. */
const NAME = new RegExp(
  `我姓${HAN}|免贵姓${HAN}|我叫${HAN}|工号|(?:^|[是，,、])[小老]${HAN}(?=$|[，,、是])|(?:${ROLE})${HAN}{2,3}(?=$|[，,、])`,
);

/**
 * 自报家门: one sentence in which the speaker gives both their name and their role. The evidence is the
 * clauses that say who they are, not the rest of the sentence.
 */
function introduction(reply: string): string | null {
  for (const match of reply.replace(/\s+/g, "").matchAll(SENTENCES)) {
    const sentence = match[0];
    if (SPEAKER.test(sentence) && ROLE_WORD.test(sentence) && NAME.test(sentence)) {
      const clauses = sentence.split(/[，,、]/);
      return clauses.filter((c) => SPEAKER.test(c) || ROLE_WORD.test(c) || NAME.test(c)).join("，");
    }
  }
  return null;
}

/** The reason comes before the question: an explanation found ahead of the first polite question. */
function reasonFirst(cues: readonly Finding[]): string | null {
  const question = cues.find((c) => c.ruleId === "ask_politely");
  if (!question) return null;
  return cues.find((c) => c.ruleId === "explain" && c.start < question.start)?.excerpt ?? null;
}

/**
 * Feedback on a practice reply: the forbidden phrasing the rules find, and which of the technique's elements
 * the reply has. `rules` are the service rules that apply to the person practising.
 */
export function practiceFeedback(scenario: Scenario, reply: string, rules: CompiledRules): PracticeFeedback {
  const findings = checkText(rules, reply, { kind: "service_reply" });
  elementRules ??= PHRASE_ELEMENTS.map((element) => compileRules([elementRule(element)]));
  const cues = elementRules.flatMap((set) => checkText(set, reply, { kind: "service_reply" }));
  const computed: Record<ComputedElement, string | null> = {
    introduce: introduction(reply),
    reason_first: reasonFirst(cues),
  };
  const evidenceOf = (element: Element): string | null =>
    element === "introduce" || element === "reason_first"
      ? computed[element]
      : (cues.find((c) => c.ruleId === element)?.excerpt ?? null);
  const expected = TECHNIQUE_ELEMENTS[scenario.technique];
  const elements = ELEMENTS.map((element) => {
    const evidence = evidenceOf(element);
    return { element, expected: expected.includes(element), present: evidence !== null, evidence };
  }).filter((e) => e.expected || e.present);
  const covered = elements.filter((e) => e.expected && e.present).length;
  const errors = findings.filter((f) => f.severity === "error").length;
  const score = Math.max(0, Math.round((100 * covered) / expected.length) - 25 * errors);
  const clean = findings.every((f) => f.severity === "info");
  return { findings, elements, score, verdict: clean && covered === expected.length ? "good" : "needs_work" };
}
