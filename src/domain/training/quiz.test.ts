import { describe, expect, it } from "vitest";
import { correctAnswerProblem, gradeQuiz } from "./quiz.ts";

describe("quiz grading", () => {
  const questions = [
    { id: 1, kind: "single" as const, correct: [2] },
    { id: 2, kind: "multiple" as const, correct: [0, 3] },
    { id: 3, kind: "true_false" as const, correct: [1] },
  ];

  it("counts a question only when exactly its right options are chosen", () => {
    const graded = gradeQuiz(questions, { 1: [2], 2: [3, 0], 3: [0] });
    expect(graded).toMatchObject({ right: 2, total: 3, score: 67 });
    expect(gradeQuiz(questions, { 1: [2], 2: [0], 3: [1] }).score).toBe(67);
    expect(gradeQuiz(questions, { 1: [2], 2: [0, 3], 3: [1] }).score).toBe(100);
    expect(gradeQuiz(questions, {}).score).toBe(0);
  });

  it("a single choice has exactly one right option, a multiple choice at least one", () => {
    expect(correctAnswerProblem("single", ["a", "b"], [0, 1])).toBe("training.correct_one");
    expect(correctAnswerProblem("multiple", ["a", "b"], [])).toBe("training.correct_none");
    expect(correctAnswerProblem("multiple", ["a", "b"], [0, 1])).toBeNull();
    expect(correctAnswerProblem("true_false", [], [2])).toBe("training.correct_out_of_range");
    expect(correctAnswerProblem("true_false", [], [1])).toBeNull();
  });
});
