import { describe, expect, it } from "vitest";
import { api, browserForFile, hasChromium } from "./browser.ts";

const POSTER = "新春理财：保本高收益，稳健之选！理财非存款、产品有风险、投资须谨慎。";
const FIXED =
  "新春理财：稳健之选，业绩比较基准3.2%，测算依据见产品说明书。本产品不保证本金，收益不确定。理财非存款、产品有风险、投资须谨慎。";

describe.skipIf(!hasChromium)("consumer-protection review and the case library", () => {
  const { signedIn, shot } = browserForFile("compliance");

  it("an officer rejects a poster that says 保本高收益, the submitter fixes it, the officer approves it", async () => {
    const wealth = await signedIn("wealth.ot01");
    await wealth.getByRole("menuitem", { name: "营销材料审查" }).click();
    await wealth.getByRole("button", { name: "提交材料" }).click();
    await wealth.getByLabel("标题").fill("新春理财海报");
    await wealth.getByLabel("正文").fill(POSTER);
    // The browser checks as one types, with the same matcher as the server.
    await wealth.locator('mark[data-rule="mkt.guaranteed_principal"]').first().waitFor();
    await wealth.getByText("发现 2 处违规").first().waitFor();
    await shot(wealth, "submit-live-check");
    await wealth.getByRole("button", { name: "提交审批" }).click();
    await wealth.waitForURL(/\/compliance\/materials\/\d+$/);
    const materialUrl = new URL(wealth.url()).pathname;

    const officer = await signedIn("officer.sb01");
    await officer.goto(materialUrl);
    const marked = officer.locator('[data-testid="highlighted-text"] mark[data-severity="error"]');
    await marked.first().waitFor();
    expect(await marked.allTextContents()).toEqual(expect.arrayContaining(["保本"]));
    // Findings are named as people speak of them, not by the rule's code.
    await officer.getByTestId("finding-rule").getByText("承诺保本", { exact: true }).first().waitFor();
    expect(await officer.getByText("mkt.guaranteed_principal").count()).toBe(0);
    await expect.poll(() => officer.getByRole("button", { name: /通\s*过/ }).isDisabled()).toBe(true);
    await shot(officer, "review-findings");
    await officer.getByRole("button", { name: /驳\s*回/ }).click();
    const dialog = officer.getByRole("dialog");
    await dialog.getByLabel("审批意见").fill("删去“保本”“高收益”，补充本金不保本、收益不确定的提示。");
    await dialog.getByRole("button", { name: /驳\s*回/ }).click();
    await officer.getByTestId("material-status").getByText("已驳回").waitFor();

    await wealth.reload();
    await wealth.getByText("删去“保本”“高收益”").waitFor();
    await wealth.getByRole("button", { name: "修改并提交新版本" }).click();
    const edit = wealth.getByRole("dialog");
    await edit.getByLabel("正文").fill(FIXED);
    await edit.getByText("未发现违规或风险表述").waitFor();
    await edit.getByRole("button", { name: "提交审批" }).click();
    await wealth.getByTestId("material-status").getByText("待审批").waitFor();

    await officer.reload();
    await officer.getByText("第 2 版").waitFor();
    await officer.getByRole("button", { name: /通\s*过/ }).click();
    await officer.getByTestId("material-status").getByText("已通过").waitFor();
    expect(await officer.locator('[data-testid="highlighted-text"] mark').count()).toBe(0);
    await shot(officer, "approved");
  });

  it("a search for 挤兑 finds the published bank-run case", async () => {
    const officer = await signedIn("officer.sb01");
    const draft = await api(officer, "POST", "/api/cases", {
      title: "谣言引发储户集中取款",
      category: "crowd_surge",
      outcome: "resolved_on_site",
      occurredOn: "2025-06-18",
      story: "网上传出本网点资金紧张的谣言，数十名储户排队要求取出全部存款，出现挤兑苗头。",
      lessons: "第一时间双线报告，负责人当众说明存款保险制度，加开窗口、备足现金，用事实平息谣言。",
      tags: ["挤兑", "舆情"],
      sourceKind: "manual",
    });
    const manager = await signedIn("manager.sb01");
    await api(manager, "POST", `/api/cases/${draft.id}/publish`);

    const lobby = await signedIn("lobby.ot04");
    await lobby.getByRole("menuitem", { name: "案例库" }).click();
    await lobby.getByLabel("搜索案例").fill("挤兑");
    await lobby.getByLabel("搜索案例").press("Enter");
    const items = lobby.getByTestId("case-item");
    await items.getByText("谣言引发储户集中取款").waitFor();
    expect(await items.count()).toBe(1);
    await items.first().click();
    await lobby.getByRole("dialog").getByText("存款保险制度", { exact: false }).waitFor();
    await shot(lobby, "case-search");
  });

  it("a lobby manager practises a reply and sees what is missing", async () => {
    const lobby = await signedIn("lobby.ot01");
    await lobby.getByRole("menuitem", { name: "话术库" }).click();
    await lobby.getByText("排队时间过长").click();
    await lobby.getByLabel("您的回复").fill("人多就是这样，等着吧。");
    await lobby.getByRole("button", { name: "看看反馈" }).click();
    await lobby.getByTestId("practice-verdict").getByText("还可以更好").waitFor();
    await lobby.locator('mark[data-rule="svc.argue"]').waitFor();
    await shot(lobby, "practice");
  });
  it("a teller introduces herself to a customer who demands the head, and her coach sees the attempt", async () => {
    const teller = await signedIn("teller.ot01");
    await teller.getByRole("menuitem", { name: "话术库" }).click();
    await teller.getByText("客户要求见领导").click();
    await teller.getByText("处置步骤").waitFor();
    await teller
      .getByLabel("您的回复")
      .fill("给您带来不好的体验，真抱歉。我是这里的柜员，我姓周，这件事我可以处理，请您把情况跟我详细说说。");
    await teller.getByRole("button", { name: "看看反馈" }).click();
    await teller.getByTestId("practice-verdict").getByText("回答得好").waitFor();
    await teller.getByTestId("my-attempts").getByText("我姓周", { exact: false }).waitFor();
    await shot(teller, "practice-introduction");

    const head = await signedIn("head.ot01");
    await head.getByRole("menuitem", { name: "练习记录" }).click();
    const row = head.getByRole("row").filter({ hasText: "我姓周" });
    await row.getByText("回答得好").waitFor();
    await row.getByRole("link", { name: "客户要求见领导" }).waitFor();
    // Let the page's fade-in finish, so the screenshot shows what a person sees.
    await head.waitForTimeout(500);
    await shot(head, "practice-attempts");
  });
});
