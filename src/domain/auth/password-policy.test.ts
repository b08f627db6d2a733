import { describe, expect, it } from "vitest";
import { isStrongPassword } from "./password-policy.ts";

describe("password policy", () => {
  it.each([
    ["Demo#2026pass", true],
    ["abcdefGH12", true],
    ["abcdefgh1!", true],
    ["ABCDEFGH1!", true],
    ["Abc#12345", false], // nine characters
    ["abcdefghijkl", false], // one class
    ["abcdefgh1234", false], // two classes
    ["密码密码密码密码Aa1", true], // CJK characters count as symbols
  ])("%s → %s", (password, strong) => {
    expect(isStrongPassword(password)).toBe(strong);
  });
});
