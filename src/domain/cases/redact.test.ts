import { describe, expect, it } from "vitest";
import { redactPersonalData } from "./redact.ts";

describe("stripping personal data from a case", () => {
  it("replaces ID-card, card and phone numbers, e-mail addresses and listed names", () => {
    const story =
      "客户张小明（身份证 11010519491231002X，手机 13812345678，卡号 6222021234567890123）来电 010-88886666，邮箱 zxm@example.com。张小明情绪激动。";
    const { text, count } = redactPersonalData(story, ["张小明"]);
    expect(text).toBe(
      "客户张某（身份证 [身份证号]，手机 [手机号]，卡号 [银行卡号]）来电 [电话]，邮箱 [邮箱]。张某情绪激动。",
    );
    expect(count).toBe(7);
  });

  it("leaves amounts, dates and reference numbers alone", () => {
    const text = "2026年3月5日取现 50000 元，事件编号 INC-20260305-0001，排队 40 分钟。";
    expect(redactPersonalData(text)).toEqual({ text, count: 0 });
  });
});
