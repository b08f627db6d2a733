import { describe, expect, it } from "vitest";
import { similarity } from "./similarity.ts";
import { canonicalTerm, categoryKinship, domainWords } from "./terms.ts";

const candidate = (category: string, words: string) => ({
  id: 1,
  category,
  words: new Set(words.split(" ")),
});

describe("similar cases", () => {
  it("rank a case of the same category above one sharing more words", () => {
    const terms = ["客流", "情绪", "负责人"];
    const same = similarity(terms, candidate("crowd_surge", "客流"), "crowd_surge");
    const wordier = similarity(terms, candidate("complaint_conflict", "客流 情绪 负责人"), "crowd_surge");
    expect(same.rank).toBeGreaterThan(wordier.rank);
  });

  it("offer a case of an unrelated category only when it holds most of the words", () => {
    const terms = ["理财", "保本", "赔偿", "客流"];
    expect(similarity(terms, candidate("crowd_surge", "客流"), "08").rank).toBe(-1);
    expect(similarity(terms, candidate("crowd_surge", "理财 保本 赔偿"), "08").rank).toBeGreaterThan(0);
  });

  it("group incident categories and complaint causes by the trouble they tell of", () => {
    expect(categoryKinship("08", "04")).toBe(1);
    expect(categoryKinship("0801", "05")).toBe(1); // a bank's own sub-cause is of its parent's kind
    expect(categoryKinship("crowd_surge", "08")).toBe(0);
    expect(categoryKinship("system_failure", "02")).toBe(1);
  });
});

describe("banking words", () => {
  it("map synonyms to one word, and give the segmenter our vocabularies' terms", () => {
    expect(["挤提", "集中取款"].map(canonicalTerm)).toEqual(["挤兑", "挤兑"]);
    expect(canonicalTerm("不实消息")).toBe("谣言");
    expect(canonicalTerm("存款")).toBe("存款");
    expect(domainWords()).toEqual(
      expect.arrayContaining(["业绩比较基准", "服务态度", "信息披露", "客流激增"]),
    );
  });
});
