import { ROLE_LABELS, type Role } from "../auth/roles.ts";
import type { RuleKind } from "../compliance/vocabulary.ts";
import { STEP_KEYS, STEP_TITLES, type StepKey } from "../incidents/playbook.ts";
import type { QuestionKind } from "./vocabulary.ts";

/** A question drafted from a source: the officer edits it before it goes into the bank. */
export interface DraftQuestion {
  kind: QuestionKind;
  text: string;
  options: string[];
  correct: number[];
  explanation: string;
}

/** The longest option the question bank takes (createQuestionBody); longer replies are left out of choices. */
const OPTION_MAX = 200;
const TEXT_MAX = 1_000;

const fits = (s: string) => s.length <= OPTION_MAX;
const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/**
 * Where the right option goes among `n`: spread by the source's reference so that drafts from different
 * sources do not all have the answer first, yet the same source always drafts the same questions.
 */
const slotFor = (seed: string, n: number) => [...seed].reduce((s, c) => s + c.charCodeAt(0), 0) % n;

/** `wrong` with `right` inserted at its slot; returns the options and the index of the right one. */
function placed(seed: string, right: string, wrong: readonly string[]) {
  const at = slotFor(seed, wrong.length + 1);
  const options = [...wrong];
  options.splice(at, 0, right);
  return { options, correct: [at] };
}

/** The first phrase of a rule's pattern ("保本|保本保息" → "保本"), the one a question quotes. */
const firstPhrase = (pattern: string) => pattern.split("|")[0]?.trim() ?? "";

export interface ScriptSource {
  id: string;
  title: string;
  customerLine: string;
  goodReplies: readonly { text: string; why: string }[];
  badReplies: readonly { text: string; why: string }[];
}

/**
 * From a script scenario: which reply is better (one good against the bad ones), which replies are fit to
 * say (several good and bad mixed), and a true/false on each of the first two bad replies.
 */
export function draftsFromScript(s: ScriptSource): DraftQuestion[] {
  const good = s.goodReplies.filter((r) => fits(r.text));
  const bad = s.badReplies.filter((r) => fits(r.text));
  const drafts: DraftQuestion[] = [];
  const [best] = good;
  if (best && bad.length) {
    drafts.push({
      kind: "single",
      text: clip(`客户说：“${s.customerLine}” 下面哪一句回应更好？`, TEXT_MAX),
      ...placed(
        s.id,
        best.text,
        bad.slice(0, 3).map((r) => r.text),
      ),
      explanation: best.why,
    });
  }
  if (good.length >= 2 && bad.length >= 2) {
    // Good and bad alternate, starting by the seed, so the right ones are not bunched together.
    const goodFirst = slotFor(s.id, 2) === 0;
    const mixed = good
      .slice(0, 3)
      .flatMap((g, i) => {
        const b = bad[i];
        const pair = [{ text: g.text, right: true }, ...(b ? [{ text: b.text, right: false }] : [])];
        return goodFirst ? pair : pair.reverse();
      })
      .slice(0, 6);
    drafts.push({
      kind: "multiple",
      text: `处理“${s.title}”时，下面哪些回应是妥当的？`,
      options: mixed.map((m) => m.text),
      correct: mixed.flatMap((m, i) => (m.right ? [i] : [])),
      explanation: clip(
        good
          .slice(0, 3)
          .map((g) => g.why)
          .join(" "),
        TEXT_MAX,
      ),
    });
  }
  for (const b of bad.slice(0, 2)) {
    drafts.push({
      kind: "true_false",
      text: `面对“${s.title}”，对客户说“${b.text}”是妥当的。`,
      options: [],
      correct: [1],
      explanation: b.why,
    });
  }
  return drafts;
}

export interface RuleSource {
  code: string;
  kind: RuleKind;
  patterns: readonly string[];
  message: string;
  suggestion: string;
}

/** Ways of handling a finding that sound easy and are wrong: the distractors of a rule's "what to do". */
const WRONG_FIXES = [
  "保留原话，在末尾加一句“以实际为准”即可",
  "只要客户没有提出异议，就不必修改",
  "换一个意思相同的说法，继续使用",
];

/**
 * From a compliance rule: a true/false on the banned claim or phrase (or on the disclosure a material must
 * carry), and what to do when a text breaks it, the rule's suggestion against common wrong fixes.
 */
export function draftsFromRule(r: RuleSource): DraftQuestion[] {
  const phrases = r.patterns.map(firstPhrase).filter(Boolean);
  const [phrase] = phrases;
  if (!phrase) return [];
  const explanation = clip(`${r.message}${r.suggestion}`, TEXT_MAX);
  const statement =
    r.kind === "banned_claim"
      ? { text: `宣传材料中或向客户介绍产品时，可以使用“${phrase}”这类说法。`, correct: [1] }
      : r.kind === "forbidden_phrase"
        ? { text: `接待客户时说“${phrase}”这类话是可以的。`, correct: [1] }
        : { text: `相关宣传材料须写明：${phrases.map((p) => `“${p}”`).join("、")}。`, correct: [0] };
  const drafts: DraftQuestion[] = [{ kind: "true_false", options: [], explanation, ...statement }];
  if (fits(r.suggestion)) {
    drafts.push({
      kind: "single",
      text:
        r.kind === "required_disclosure"
          ? `材料缺少规定的提示（${r.message}），应当怎样处理？`
          : `材料或答复中出现“${phrase}”这类说法时，应当怎样处理？`,
      ...placed(r.code, r.suggestion, WRONG_FIXES),
      explanation: r.message,
    });
  }
  return drafts;
}

export interface CaseSource {
  ref: string;
  title: string;
  story: string;
  lessons: string;
}

/** What staff under pressure are tempted to do, and must not: the distractors of a case's "what to do". */
const WRONG_MOVES = [
  "先和客户把谁对谁错说清楚，再谈怎么解决",
  "请客户自己去找上级部门或拨打客服电话",
  "为尽快平息事态，当场口头承诺赔偿",
  "等客户离开后再向负责人报告",
];

/** A case's lessons, one per sentence, as the right answers of "what should have been done". */
const lessonsOf = (lessons: string) =>
  lessons
    .split(/[；;。\n]/)
    .map((l) => l.trim())
    .filter((l) => l.length >= 4 && fits(l));

/**
 * From a published case: what should have been done (its lessons against tempting wrong moves; several
 * lessons make a multiple choice), and a true/false on one of the wrong moves.
 */
export function draftsFromCase(c: CaseSource): DraftQuestion[] {
  const lessons = lessonsOf(c.lessons).slice(0, 4);
  if (!lessons.length) return [];
  const intro = `案例“${c.title}”：${clip(c.story, 300)}`;
  const wrong = WRONG_MOVES.slice(0, lessons.length > 1 ? 2 : 3);
  const drafts: DraftQuestion[] = [];
  if (lessons.length === 1) {
    drafts.push({
      kind: "single",
      text: `${intro}\n网点应当怎样做？`,
      ...placed(c.ref, lessons[0] as string, wrong),
      explanation: clip(c.lessons, TEXT_MAX),
    });
  } else {
    const at = slotFor(c.ref, wrong.length + 1);
    const options = [...lessons];
    options.splice(at, 0, ...wrong);
    drafts.push({
      kind: "multiple",
      text: `${intro}\n网点应当怎样做？（多选）`,
      options,
      correct: options.flatMap((o, i) => (lessons.includes(o) ? [i] : [])),
      explanation: clip(c.lessons, TEXT_MAX),
    });
  }
  drafts.push({
    kind: "true_false",
    text: `遇到与“${c.title}”类似的情况，可以${WRONG_MOVES[slotFor(c.ref, WRONG_MOVES.length)]}。`,
    options: [],
    correct: [1],
    explanation: clip(c.lessons, TEXT_MAX),
  });
  return drafts;
}

export interface PlaybookSource {
  /** The incident category, which also seeds where the right options go. */
  key: string;
  /** The category's name. */
  title: string;
  tasks: readonly { step: StepKey; role: Role; text: { zh: string } }[];
}

/**
 * From a playbook: who does one of its tasks (the task's role against the other roles the playbook names),
 * and a true/false on the step of the closed loop another task belongs to, stated wrongly when the seed says so.
 */
export function draftsFromPlaybook(p: PlaybookSource): DraftQuestion[] {
  const drafts: DraftQuestion[] = [];
  const roles = [...new Set(p.tasks.map((t) => t.role))];
  const byRole = p.tasks.find((t) => t.role === roles[slotFor(p.key, roles.length)]);
  if (byRole && roles.length >= 2) {
    const others = roles.filter((r) => r !== byRole.role).slice(0, 3);
    drafts.push({
      kind: "single",
      text: clip(`按“${p.title}”处置预案，“${byRole.text.zh}”由哪个岗位负责？`, TEXT_MAX),
      ...placed(
        p.key,
        ROLE_LABELS[byRole.role].zh,
        others.map((r) => ROLE_LABELS[r].zh),
      ),
      explanation: `预案将这项任务分给${ROLE_LABELS[byRole.role].zh}。`,
    });
  }
  const task = p.tasks.find((t) => t !== byRole);
  if (task) {
    const right = slotFor(`${p.key}.step`, 2) === 0;
    const said = right ? task.step : (STEP_KEYS.find((k) => k !== task.step) as StepKey);
    drafts.push({
      kind: "true_false",
      text: clip(`按“${p.title}”处置预案，“${task.text.zh}”属于“${STEP_TITLES[said].zh}”环节。`, TEXT_MAX),
      options: [],
      correct: [right ? 0 : 1],
      explanation: `这项任务属于“${STEP_TITLES[task.step].zh}”环节。`,
    });
  }
  return drafts;
}
