import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { up as reindex } from "../db/migrations/070_cases_reindex.ts";

/** A small library, each case told in its own words; the queries below use other people's words. */
const CORPUS = {
  bankRun: {
    title: "网络传言引发储户挤兑",
    category: "crowd_surge",
    story: "微信群流传本行资金链断裂的谣言，上午起大批储户涌入网点要求取出全部存款，大厅排起长队。",
    lessons: "备足现金、加开窗口，负责人说明存款保险制度，请监管部门协助澄清。",
  },
  wealth: {
    title: "理财经理口头承诺收益被投诉",
    category: "08",
    story: "客户购买净值型理财产品，称理财经理销售时说稳赚不赔，到期亏损后要求全额赔偿。",
    lessons: "销售时讲清业绩比较基准不是收益承诺，做好风险测评和双录。",
  },
  outage: {
    title: "核心系统中断柜面停办",
    category: "system_failure",
    story: "上午核心系统宕机近一小时，柜面与自助设备都无法办理业务，滞留客户要求说法。",
    lessons: "张贴公告，登记客户需求并承诺回电，恢复后逐一致歉。",
  },
  rudeness: {
    title: "柜员回答不耐烦引发投诉",
    category: "01",
    story: "老年客户多次询问挂失流程，柜员语气生硬，客户当场要求见负责人。",
    lessons: "服务用语规范化，遇到反复询问的客户放慢语速，必要时请大堂经理协助。",
  },
  filming: {
    title: "客户在大堂直播维权",
    category: "media_interview",
    story: "客户因账户被限制交易不满，在大堂开直播称银行无故冻结账户。",
    lessons: "不抢夺手机，引导至接待室，说明限制依据和解除途径。",
  },
  fainting: {
    title: "老人在等候区晕倒",
    category: "customer_illness_injury",
    story: "一位老年客户在等候区突然晕倒，保安和大堂经理立即处置。",
    lessons: "按预案拨打120，专人陪护，联系家属。",
  },
} as const;
type Key = keyof typeof CORPUS;

describeEachEngine("case search with banking words and synonyms", (engine) => {
  let t: TestApp;
  let teller: TestClient;
  const ids = {} as Record<Key, number>;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const officer = await t.as("officer.sb01");
    const manager = await t.as("manager.sb01");
    teller = await t.as("teller.ot01");
    for (const [key, c] of Object.entries(CORPUS)) {
      const body = {
        ...c,
        outcome: "resolved_on_site",
        occurredOn: "2026-09-01",
        tags: [],
        sourceKind: "manual",
      };
      const created = await officer.post("/api/cases", body);
      expect(created.statusCode, created.body).toBe(201);
      ids[key as Key] = created.json().id;
      await manager.post(`/api/cases/${created.json().id}/publish`);
    }
  });
  afterAll(() => t.close());

  const search = async (q: string) =>
    ((await teller.get(`/api/cases?q=${encodeURIComponent(q)}`)).json().items as { id: number }[]).map(
      (i) => i.id,
    );

  it("each query finds its case first, in words the case does not use", async () => {
    const queries: [string, Key][] = [
      ["挤兑", "bankRun"],
      ["挤提", "bankRun"],
      ["集中取款", "bankRun"],
      ["不实消息", "bankRun"],
      ["客流", "bankRun"],
      ["人多", "bankRun"],
      ["系统瘫痪", "outage"],
      ["系统故障", "outage"],
      ["业绩比较基准", "wealth"],
      ["拍摄", "filming"],
      ["昏倒", "fainting"],
    ];
    for (const [q, key] of queries) expect((await search(q))[0], q).toBe(ids[key]);
  });

  it("offers a mis-sold wealth product its own kind of case, never the bank run", async () => {
    const text = "客户投诉理财经理推销理财产品时承诺保本，到期亏损，要求银行赔偿全部损失，人多排队时签的合同";
    const res = await teller.get(`/api/cases/similar?text=${encodeURIComponent(text)}&category=08`);
    const offered = (res.json().items as { id: number }[]).map((i) => i.id);
    expect(offered[0]).toBe(ids.wealth);
    expect(offered).not.toContain(ids.bankRun);
  });

  it("ranks by category before words: a crowd report gets the bank run before a case sharing more words", async () => {
    const text = "网点大厅排长队，客户情绪激动要求见负责人";
    const res = await teller.get(`/api/cases/similar?text=${encodeURIComponent(text)}&category=crowd_surge`);
    const offered = (res.json().items as { id: number }[]).map((i) => i.id);
    expect(offered[0]).toBe(ids.bankRun);
  });

  it("the migration re-indexes cases written before the banking words", async () => {
    await t.db.updateTable("cases").set({ search_text: "旧 索引" }).where("id", "=", ids.bankRun).execute();
    expect(await search("挤提")).toEqual([]);
    await reindex(t.db as never);
    expect((await search("挤提"))[0]).toBe(ids.bankRun);
  });
});
