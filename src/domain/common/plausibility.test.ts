import { describe, expect, it } from "vitest";
import {
  dueTimeProblem,
  hasLetterOrDigit,
  idCheckDigit,
  idNumberProblem,
  pastTimeProblem,
} from "./plausibility.ts";

const now = new Date("2026-12-05T02:00:00Z");
const today = "2026-12-05";

describe("times", () => {
  it("a received time may be a few minutes ahead, not an hour, and not beyond the horizon", () => {
    expect(pastTimeProblem("2026-12-05T02:04:00Z", now)).toBeNull();
    expect(pastTimeProblem("2026-12-05T03:00:00Z", now)?.key).toBe("plausibility.in_future");
    expect(pastTimeProblem("2024-01-01T00:00:00Z", now)).toBeNull();
    expect(pastTimeProblem("1900-01-01T00:00:00Z", now)?.key).toBe("plausibility.too_old");
    expect(pastTimeProblem("2026-01-01T00:00:00Z", now, 30)).toEqual({
      key: "plausibility.too_old",
      params: { days: "30" },
    });
  });

  it("a due time lies after now and within a year", () => {
    expect(dueTimeProblem("2026-12-04T00:00:00Z", now)?.key).toBe("plausibility.due_in_past");
    expect(dueTimeProblem("2027-06-01T00:00:00Z", now)).toBeNull();
    expect(dueTimeProblem("3000-01-01T00:00:00Z", now)?.key).toBe("plausibility.due_too_far");
  });
});

describe("ID numbers", () => {
  it("the check digit follows GB 11643 (X for 10)", () => {
    expect(idCheckDigit("11010519491231002")).toBe("X");
    expect(idCheckDigit("11010119900106123")).toBe("4");
  });

  it("a resident ID needs 18 characters, a province, a real past date of birth and the right check digit", () => {
    expect(idNumberProblem("resident_id", "11010519491231002X", today)).toBeNull();
    expect(idNumberProblem("resident_id", "11010519491231002x", today)).toBeNull();
    expect(idNumberProblem("resident_id", "123", today)).toBe("plausibility.id_format");
    expect(idNumberProblem("resident_id", "110105194912310", today)).toBe("plausibility.id_format");
    expect(idNumberProblem("resident_id", "000105194912310020", today)).toBe("plausibility.id_region");
    expect(idNumberProblem("resident_id", "110105194902300020", today)).toBe("plausibility.id_birth");
    expect(idNumberProblem("resident_id", "110105203001010020", today)).toBe("plausibility.id_birth");
    expect(idNumberProblem("resident_id", "110105194912310021", today)).toBe("plausibility.id_check_digit");
  });

  it("other documents have their own formats", () => {
    expect(idNumberProblem("hmt_residence", "810000199408230021", today)).toBeNull();
    expect(idNumberProblem("hk_macao_permit", "H12345678", today)).toBeNull();
    expect(idNumberProblem("hk_macao_permit", "A12345678", today)).toBe("plausibility.id_format");
    expect(idNumberProblem("taiwan_permit", "12345678", today)).toBeNull();
    expect(idNumberProblem("passport", "E12345678", today)).toBeNull();
    expect(idNumberProblem("passport", "E1", today)).toBe("plausibility.id_format");
    expect(idNumberProblem("foreign_permanent", "USA110080101", today)).toBe("plausibility.id_format");
    expect(idNumberProblem("foreign_permanent", "USA110080101234", today)).toBeNull();
  });
});

it("a description needs a letter or a digit in any script", () => {
  expect(hasLetterOrDigit("😡😡")).toBe(false);
  expect(hasLetterOrDigit("……！")).toBe(false);
  expect(hasLetterOrDigit("扣费😡")).toBe(true);
  expect(hasLetterOrDigit("3")).toBe(true);
});
