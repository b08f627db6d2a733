import type { QuestionKind } from "./vocabulary.ts";

export interface GradedQuestion {
  id: number;
  kind: QuestionKind;
  /** Indices of the right options; for true/false 0 is "true" and 1 is "false". */
  correct: readonly number[];
}

/** How many options a question of a kind offers: true/false always two, the others as written. */
export const optionCount = (kind: QuestionKind, options: readonly string[]) =>
  kind === "true_false" ? 2 : options.length;

/**
 * What is wrong with a question's right answers, as the message key of the `correct` field, or null. A
 * single-choice or true/false question has exactly one; a multiple-choice one at least one.
 */
export function correctAnswerProblem(
  kind: QuestionKind,
  options: readonly string[],
  correct: readonly number[],
): "training.correct_out_of_range" | "training.correct_one" | "training.correct_none" | null {
  const count = optionCount(kind, options);
  if (correct.some((i) => i >= count)) return "training.correct_out_of_range";
  if (correct.length === 0) return "training.correct_none";
  if (kind !== "multiple" && correct.length !== 1) return "training.correct_one";
  return null;
}

const sameSet = (a: readonly number[], b: readonly number[]) => {
  const x = new Set(a);
  return x.size === new Set(b).size && b.every((i) => x.has(i));
};

/**
 * Grades a submission at once: a question counts only when exactly its right options are chosen (no credit
 * for half of a multiple choice), and the score is the share right, 0–100, rounded.
 */
export function gradeQuiz(questions: readonly GradedQuestion[], answers: Record<string, readonly number[]>) {
  const results = questions.map((q) => ({
    questionId: q.id,
    right: sameSet(q.correct, answers[q.id] ?? []),
  }));
  const right = results.filter((r) => r.right).length;
  const score = questions.length ? Math.round((right / questions.length) * 100) : 0;
  return { results, right, total: questions.length, score };
}
