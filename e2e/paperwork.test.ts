import { beforeAll, describe, expect, it } from "vitest";
import { api, browserForFile, hasChromium } from "./browser.ts";

describe.skipIf(!hasChromium)("records that read like paperwork", () => {
  const { signedIn, shot } = browserForFile("paperwork");
  let complaint: { id: number; ref: string };
  let exception: { id: number; ref: string };

  beforeAll(async () => {
    const lobby = await signedIn("lobby.ot01");
    complaint = await api(lobby, "POST", "/api/complaints", {
      channel: "营业现场",
      receivedAt: new Date().toISOString(),
      summary: "理财产品到期收益低于宣传",
      request: "要求赔偿收益差额",
      complainant: { name: "张三丰", phone: "13812345678" },
      businessCategory: "自营理财",
      cause: "营销方式和手段",
    });
    const officer = await signedIn("officer.sb01");
    await api(officer, "POST", `/api/complaints/${complaint.id}/decision`, {
      findings: "销售时未充分提示风险",
      basis: "合同第三条",
      outcome: "partly_upheld",
    });

    const teller = await signedIn("teller.ot01");
    const head = await signedIn("head.ot01");
    exception = await api(teller, "POST", "/api/counter-exceptions", {
      type: "transaction_data_error",
      description: "客户转账金额录入多一个零，已当场发现",
    });
    await api(head, "POST", `/api/counter-exceptions/${exception.id}/verify`, {
      outcome: "confirmed",
      findings: "核对流水属实",
    });
    await api(teller, "POST", `/api/counter-exceptions/${exception.id}/handle`, {
      actions: ["corrected_entry"],
      detail: "已更正入账",
      followUpDueAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    await api(head, "POST", `/api/counter-exceptions/${exception.id}/follow-up`, {
      note: "客户确认到账",
      fullyResolved: true,
      rootCause: "录入金额时未复核",
      prevention: "大额录入请客户复述确认",
    });
    for (const page of [lobby, officer, teller, head]) await page.context().close();
  });

  it("a complaint's page tells who did what, in words", async () => {
    const page = await signedIn("officer.sb01");
    await page.goto(`/complaints/${complaint.id}`);
    const history = page.getByTestId("history");
    await history.getByText("办理决定").waitFor();
    await history.getByText("登记投诉").waitFor();
    expect(await history.textContent()).toContain("部分支持");
    expect(await history.textContent()).toContain("大堂经理 刘洋");
    await shot(page, "complaint-history");
  });

  it("the audit trail names the action and links the record by its reference", async () => {
    const page = await signedIn("auditor");
    await page.goto("/audit");
    const row = page.getByRole("row").filter({ hasText: "办理决定" }).first();
    await row.waitFor();
    expect(await row.textContent()).not.toContain("complaints.decide");
    await shot(page, "audit");
    await row.getByRole("link", { name: complaint.ref }).click();
    await page.waitForURL(`**/complaints/${complaint.id}`);
  });

  it("a closed exception prints the deadline it was closed under, and no promised field blank", async () => {
    const page = await signedIn("head.ot01");
    await page.goto(`/counter-exceptions/${exception.id}/print`);
    const due = page
      .locator("tr", { has: page.locator("th", { hasText: "跟进期限" }) })
      .locator("td")
      .last();
    await due.waitFor();
    expect(await due.textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}（按期办结）$/);
    // Every field cell says something; only the signature lines are left for the pen.
    const blanks = await page
      .locator("article tr:not(.sign) td")
      .evaluateAll((cells) =>
        cells.filter((c) => (c.textContent ?? "").trim() === "").map((c) => c.parentElement?.textContent),
      );
    expect(blanks).toEqual([]);
    await shot(page, "closed-exception-print");
  });
});
