import { describe, expect, it } from "vitest";
import { backoffMinutes, compileWatchList, matchMention, topicKey, type WatchRule } from "./watch.ts";

const RULES: WatchRule[] = [
  { id: -1, kind: "name", phrase: "示范银行", orgUnitId: 1, orgPath: "/1/" },
  { id: -8, kind: "name", phrase: "人民路网点", orgUnitId: 8, orgPath: "/1/2/4/8/" },
  { id: 3, kind: "address", phrase: "人民路18号", orgUnitId: 8, orgPath: "/1/2/4/8/" },
  { id: 4, kind: "risk_word", phrase: "挤兑", orgUnitId: 1, orgPath: "/1/" },
  { id: 5, kind: "risk_word", phrase: "取不出钱", orgUnitId: 1, orgPath: "/1/" },
];
const list = compileWatchList(RULES);

describe("watch rules", () => {
  it("fold full width, traditional characters and spacing as the compliance matcher does", () => {
    const m = matchMention(list, "示範銀行 人民路網點 有人說要擠　兌");
    expect(m.unit).toEqual({ id: 8, path: "/1/2/4/8/" });
    expect(m.riskWords).toEqual(["挤兑"]);
  });

  it("an address names its outlet; the most specific unit named owns the mention", () => {
    expect(matchMention(list, "示范银行人民路１８号门口排队").unit?.id).toBe(8);
    expect(matchMention(list, "示范银行总行发布公告").unit?.id).toBe(1);
  });

  it("risk words alone are not about us", () => {
    const m = matchMention(list, "某地一家银行挤兑，取不出钱");
    expect(m.unit).toBeNull();
    expect(m.riskWords).toEqual(["挤兑", "取不出钱"]);
  });

  it("groups by the risk words raised, in any order", () => {
    const a = matchMention(list, "人民路网点 取不出钱 挤兑");
    const b = matchMention(list, "人民路网点 挤兑了 取不出钱");
    expect(topicKey(a)).toBe(topicKey(b));
    expect(topicKey(matchMention(list, "人民路网点服务很好"))).toBe("named");
  });

  it("backs a failing feed off by doubling, up to a day", () => {
    expect(backoffMinutes(15, 1)).toBe(30);
    expect(backoffMinutes(15, 3)).toBe(120);
    expect(backoffMinutes(15, 30)).toBe(1440);
  });
});
