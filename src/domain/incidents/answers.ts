import type { AnswerRule, PlaybookContent } from "../knowhow/playbook.ts";
import type { CategoryCode, QuestionKey } from "./categories.ts";
import { CALMING, CATEGORY_CONTACTS, type ContactKind } from "./guidance.ts";
import { orderPlaybook, playbookTemplate } from "./playbook.ts";
import {
  AGITATED,
  BANK_RUN,
  CROWD,
  FIRST_AID,
  LONG_OUTAGE,
  MEDIA,
  MULTI_OUTLET,
  THREAT,
  UNCONSCIOUS,
} from "./shared-tasks.ts";

/**
 * What a "yes" stands for besides itself, whatever the playbook says: someone unconscious is someone hurt, a
 * hostage means a weapon, a run is a crowd.
 */
export const IMPLIES: Partial<Record<QuestionKey, QuestionKey[]>> = {
  hostage: ["weapon"],
  unconscious: ["someone_hurt"],
  bank_run: ["crowd_large"],
};

/**
 * The quick answers' effects. Rows are in priority order: what threatens a life comes first, so its numbers
 * and tasks come first too.
 */
export const ANSWER_EFFECTS: Record<QuestionKey, AnswerRule> = {
  hostage: {
    callFirst: ["police"],
    callAlso: [],
    tasks: THREAT,
    floor: { level: "I", reason: { zh: "有人被劫持，属Ⅰ级", en: "A hostage makes it level I" } },
    betterCategory: "staff_safety",
  },
  weapon: {
    callFirst: ["police"],
    callAlso: [],
    tasks: THREAT,
    floor: {
      level: "II",
      reason: { zh: "现场有凶器，至少Ⅱ级", en: "A weapon on site makes it at least level II" },
    },
    betterCategory: "staff_safety",
  },
  unconscious: {
    callFirst: ["ambulance"],
    callAlso: [],
    tasks: UNCONSCIOUS,
    floor: {
      level: "II",
      reason: { zh: "当事人意识不清，至少Ⅱ级", en: "Someone unconscious makes it at least level II" },
    },
  },
  someone_hurt: { callFirst: ["ambulance"], callAlso: [], tasks: FIRST_AID },
  bank_run: {
    callFirst: [],
    callAlso: ["sub_branch_duty", "branch_office"],
    tasks: BANK_RUN,
    floor: { level: "I", reason: { zh: "出现挤兑迹象，属Ⅰ级", en: "Signs of a bank run make it level I" } },
  },
  multi_outlet: {
    callFirst: [],
    callAlso: ["sub_branch_duty"],
    tasks: MULTI_OUTLET,
    floor: {
      level: "I",
      reason: { zh: "多个网点同时受影响，属Ⅰ级", en: "Several outlets affected at once is level I" },
    },
  },
  crowd_large: {
    callFirst: [],
    callAlso: ["police"],
    tasks: CROWD,
    floor: {
      level: "II",
      reason: { zh: "聚集超过 20 人，至少Ⅱ级", en: "Over 20 people makes it at least level II" },
    },
  },
  long_outage: {
    callFirst: [],
    callAlso: ["tech_support"],
    tasks: LONG_OUTAGE,
    floor: {
      level: "II",
      reason: {
        zh: "业务中断超过 30 分钟，至少Ⅱ级",
        en: "An outage over 30 minutes makes it at least level II",
      },
    },
  },
  media: { callFirst: [], callAlso: ["branch_office"], tasks: MEDIA },
  agitated: { callFirst: [], callAlso: [], tasks: AGITATED },
};

const ORDER = Object.keys(ANSWER_EFFECTS) as QuestionKey[];

/** The answers that are yes, with what they imply, in the table's priority order. */
export function yesAnswers(answers: Partial<Record<QuestionKey, boolean>>): QuestionKey[] {
  const yes = new Set<QuestionKey>();
  const add = (key: QuestionKey) => {
    if (yes.has(key)) return;
    yes.add(key);
    for (const implied of IMPLIES[key] ?? []) add(implied);
  };
  for (const key of ORDER) if (answers[key]) add(key);
  return ORDER.filter((key) => yes.has(key));
}

/** The playbook's tasks with the answers' tasks leading each step. */
export function planTasks(playbook: PlaybookContent, answers: Partial<Record<QuestionKey, boolean>>) {
  return orderPlaybook(...yesAnswers(answers).map((key) => playbook.answers[key].tasks), playbook.tasks);
}

/** The numbers to call: life-saving ones the answers ask for on top, then the category's, then the rest. */
export function planContacts(
  playbook: PlaybookContent,
  answers: Partial<Record<QuestionKey, boolean>>,
): ContactKind[] {
  const rules = yesAnswers(answers).map((key) => playbook.answers[key]);
  return [
    ...new Set([
      ...rules.flatMap((e) => e.callFirst),
      ...playbook.contacts,
      ...rules.flatMap((e) => e.callAlso),
    ]),
  ];
}

/** A category the answers say fits better than the one reported, if any. */
export function betterCategory(
  category: CategoryCode,
  playbook: PlaybookContent,
  answers: Partial<Record<QuestionKey, boolean>>,
): CategoryCode | null {
  const better = yesAnswers(answers)
    .map((key) => playbook.answers[key].betterCategory)
    .find((c) => c !== undefined);
  return better && better !== category ? better : null;
}

/**
 * A category's playbook as the code ships it. The database holds the bank's versions (version 1 is a copy the
 * migration made); this is for tests, the demo seed, and the report page's suggestion before anything is sent.
 */
export function defaultPlaybook(category: CategoryCode): PlaybookContent {
  return {
    tasks: playbookTemplate(category),
    answers: ANSWER_EFFECTS,
    calming: CALMING[category],
    contacts: CATEGORY_CONTACTS[category],
  };
}
