import { describe, expect, it } from "vitest";
import { browserForFile, hasChromium, PHONE, pick } from "./browser.ts";

describe.skipIf(!hasChromium)("complaints on the regulator's clock, in the browser", () => {
  const { signedIn, shot } = browserForFile("complaints");
  let complaintUrl = "";
  let dueBefore = "";

  it("a lobby manager registers a complaint on a phone and sees its 15-day clock", async () => {
    const page = await signedIn("lobby.ot01", PHONE);
    await page.goto("/complaints/new");
    await pick(page, "业务办理渠道", "营业现场");
    await pick(page, "业务类别", "自营理财");
    await pick(page, "投诉原因", "营销方式和手段");
    await page.getByLabel("投诉事由").fill("理财产品到期收益明显低于销售时的口头介绍");
    await page.getByLabel("客户诉求").fill("要求补偿收益差额并道歉");
    await page.getByLabel("投诉人姓名/名称").fill("周建国");
    await page.getByLabel("联系电话").fill("13700001234");
    await page.locator(".ant-select-dropdown:visible").waitFor({ state: "hidden" });
    await shot(page, "register-phone");
    await page.getByRole("button", { name: "提交登记" }).click();
    await page.waitForURL(/\/complaints\/\d+$/);
    await page.getByRole("heading", { name: /^CMP-\d{8}-\d{4}$/ }).waitFor();
    const clock = page.getByTestId("complaint-clock");
    await clock.getByText(/剩余 \d+ 天，\d{4}-\d{2}-\d{2} 到期/).waitFor();
    await page.getByText("周** 137****1234").waitFor();
    complaintUrl = new URL(page.url()).pathname;
    dueBefore = (/(\d{4}-\d{2}-\d{2}) 到期/.exec((await clock.textContent()) ?? "") ?? [])[1];
    await shot(page, "detail-lobby-phone");
  });

  it("the officer requests a first extension and cannot approve it herself", async () => {
    const page = await signedIn("officer.sb01");
    await page.getByRole("menuitem", { name: "客户投诉" }).click();
    await page.getByText("理财产品到期收益明显低于销售时的口头介绍").waitFor();
    await shot(page, "list");
    await page.goto(complaintUrl);
    await page.getByRole("button", { name: "申请延期" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("延期理由").fill("需调取销售录音录像并核对产品说明书，情况复杂");
    await dialog.getByRole("button", { name: /确\s*定|OK/ }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("待审批").waitFor();
    expect(await page.getByRole("button", { name: "批 准" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "批准" }).count()).toBe(0);
    await shot(page, "extension-requested");
  });

  it("a manager approves it, the deadline moves, the decision is recorded and the notice printed", async () => {
    const page = await signedIn("manager.sb01");
    await page.goto(complaintUrl);
    await page.getByRole("button", { name: /批\s*准/ }).click();
    // The approval is confirmed in a dialog, with an optional comment the page then shows.
    const confirm = page.getByRole("dialog");
    await confirm.getByText("批准第 1 次延期").waitFor();
    await confirm.getByLabel("审批意见").fill("同意延期，请按期答复客户");
    await confirm.getByRole("button", { name: /确\s*定|OK/ }).click();
    await confirm.waitFor({ state: "hidden" });
    await page.getByText("已批准").waitFor();
    // The comment shows in the extensions table and, worded, in the history panel.
    await page.getByRole("cell", { name: "同意延期，请按期答复客户" }).waitFor();
    const clock = page.getByTestId("complaint-clock");
    await clock.getByText("已延期 1 次").waitFor();
    const dueAfter = (/(\d{4}-\d{2}-\d{2}) 到期/.exec((await clock.textContent()) ?? "") ?? [])[1];
    expect(Date.parse(dueAfter) - Date.parse(dueBefore)).toBeGreaterThanOrEqual(13 * 86_400_000);
    await shot(page, "extension-approved");

    await page.getByRole("button", { name: "作出处理决定" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("调查认定的事实").fill("销售时未书面提示收益不确定，口头表述易引起误解");
    await dialog.getByLabel("依据和理由").fill("产品说明书第三条及销售录音");
    await dialog.getByLabel("部分支持").check();
    await dialog.getByLabel("补偿金额（元）").fill("300");
    await dialog.getByRole("button", { name: /确\s*定|OK/ }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("已决定").first().waitFor();
    await page.getByText("时限已停止").waitFor();
    await shot(page, "decided");

    await page.goto(`${complaintUrl}/notice`);
    const letter = page.getByTestId("complaint-notice");
    await letter.getByText("投诉处理决定告知书").waitFor();
    await letter.getByText("周建国：").waitFor();
    await letter.getByText(/部分支持/).waitFor();
    await shot(page, "notice");
  });

  it("the officer's dashboard shows the figures by the three axes", async () => {
    const page = await signedIn("officer.sb01");
    await page.getByRole("menuitem", { name: "投诉统计" }).click();
    await page.getByText("按业务办理渠道").waitFor();
    await page.locator("canvas").first().waitFor();
    await shot(page, "stats");
    // A period of whole months: one long before any complaint was registered shows none.
    const total = page
      .locator(".ant-statistic")
      .filter({ hasText: "投诉总量" })
      .locator(".ant-statistic-content");
    await expect.poll(() => total.textContent()).not.toBe("0");
    await page.getByPlaceholder("起始月份（全部）").click();
    await page.getByPlaceholder("起始月份（全部）").fill("2020-01");
    await page.keyboard.press("Enter");
    await page.getByPlaceholder("截止月份").fill("2020-03");
    await page.keyboard.press("Enter");
    await expect.poll(() => total.textContent()).toBe("0");
    await page.getByText("该期间没有投诉").first().waitFor();
    await shot(page, "stats-period");
  });
});
