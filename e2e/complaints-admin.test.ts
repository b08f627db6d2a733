import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserForFile, hasChromium, PHONE, pick } from "./browser.ts";

const COMPANY = "华东某贸易有限公司";
const COMPANY_PHONE = "02155550101";

describe.skipIf(!hasChromium)("complainant details, assignment, merge and the settings pages", () => {
  const { signedIn, shot } = browserForFile("complaints-admin");
  const urls: string[] = [];

  /** The six required fields; the same complainant twice makes a repeat. */
  async function fillRequired(page: Page, summary: string) {
    await pick(page, "业务办理渠道", "营业现场");
    await pick(page, "业务类别", "银行卡");
    await pick(page, "投诉原因", "服务态度及服务质量");
    await page.getByLabel("投诉事由").fill(summary);
    await page.getByLabel("客户诉求").fill("要求对员工态度问题作出解释并致歉");
    await page.getByLabel("投诉人姓名/名称").fill(COMPANY);
    await page.getByLabel("联系电话").fill(COMPANY_PHONE);
  }

  async function submit(page: Page) {
    await page.getByRole("button", { name: "提交登记" }).click();
    await page.waitForURL(/\/complaints\/\d+$/);
    // A repeat is announced in a dialog after registering.
    const ok = page.getByRole("button", { name: /知道了|确\s*定|OK/ });
    if (await ok.isVisible().catch(() => false)) await ok.click();
    urls.push(new URL(page.url()).pathname);
  }

  it("a lobby manager registers an organisation's complaint by an agent with group representatives, on a phone", async () => {
    const page = await signedIn("lobby.ot01", PHONE);
    await page.goto("/complaints/new");
    await fillRequired(page, "企业客户对公开户时员工态度生硬");
    // The extra sections stay folded until asked for, and open from the keyboard.
    const details = page.getByRole("button", { name: /投诉人详情/ });
    await details.focus();
    await page.keyboard.press("Enter");
    await page.getByText("单位/组织").click();
    await page.getByLabel("统一社会信用代码").fill("91310000MA1K000001");
    await page.getByLabel("法定代表人").fill("钱立");
    await page.getByLabel("单位地址").fill("上海市某区某路 8 号");
    await page.getByLabel("由代理人代为投诉").check();
    await page.getByLabel("代理人姓名").fill("孙明");
    await page.getByLabel("已核验授权委托书").check();
    for (const name of ["周一", "吴二"]) {
      await page.getByRole("button", { name: "添加代表" }).click();
      const n = name === "周一" ? 1 : 2;
      await page.getByLabel(`代表 ${n}`, { exact: true }).fill(name);
    }
    await page.getByRole("button", { name: /被投诉机构和人员/ }).click();
    await pick(page, "被投诉员工（本系统用户）", /张伟/, page, "张伟");
    await page.getByRole("button", { name: /更多信息/ }).click();
    await pick(page, "投诉心理", "求尊重");
    await page.getByText("求尊重：由负责人出面").waitFor();
    await shot(page, "register-organisation-phone");
    await submit(page);
    await page.getByText("单位/组织").waitFor();
    await page.getByText("周* ；吴*").or(page.getByText("周*；吴*")).waitFor();
    await shot(page, "detail-lobby-phone");
  });

  it("the same complainant again is flagged as a repeat", async () => {
    const page = await signedIn("lobby.ot01", PHONE);
    await page.goto("/complaints/new");
    await fillRequired(page, "再次投诉对公开户时员工态度问题");
    await submit(page);
    await page.getByText(/可能是重复投诉/).waitFor();
    // A lobby manager does not handle complaints, so no merge button for her.
    expect(await page.getByRole("button", { name: /^并入/ }).count()).toBe(0);
  });

  it("the officer sees guidance, scripts and similar cases, cannot assign the staff member complained about, assigns herself", async () => {
    const page = await signedIn("officer.sb01");
    await page.goto(urls[0]);
    await expect(page.locator(".ant-menu-item-selected").textContent()).resolves.toContain("客户投诉");
    await page.getByText("处理提示").waitFor();
    await page.getByText("关联话术").or(page.getByText("相关话术")).first().waitFor();
    await page.getByRole("button", { name: "指派处理人" }).click();
    const dialog = page.getByRole("dialog");
    await pick(page, "处理人", /张伟/, dialog, "张伟");
    await dialog.getByRole("button", { name: /确\s*定|OK/ }).click();
    await dialog.getByText("被投诉人与投诉有直接利害关系，须回避").waitFor();
    await shot(page, "assign-recusal");
    await pick(page, "处理人", /李静/, dialog, "李静");
    await dialog.getByRole("button", { name: /确\s*定|OK/ }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.locator(".ant-descriptions-item-content", { hasText: "消保专员 李静" }).first().waitFor();
    await shot(page, "detail-assigned");
  });

  it("the officer merges the repeat into the open complaint", async () => {
    const page = await signedIn("officer.sb01");
    await page.goto(urls[1]);
    await page.getByRole("button", { name: /^并入 CMP-/ }).click();
    const confirm = page.getByRole("dialog");
    await confirm.waitFor();
    // The confirmation zooms in; a click before it settles can miss the button.
    await page.waitForTimeout(300);
    await confirm.getByRole("button", { name: /确\s*定|OK/ }).click();
    await confirm.waitFor({ state: "hidden" });
    await page.getByText("已合并").first().waitFor();
    await shot(page, "merged");
  });

  it("an administrator adds and renames an entry of a classification tree", async () => {
    const page = await signedIn("admin");
    await page.getByRole("menuitem", { name: "投诉分类" }).click();
    await page.getByText("第三方渠道").waitFor();
    await page
      .getByRole("row", { name: /第三方渠道/ })
      .getByRole("button", { name: /新增子项/ })
      .click();
    let dialog = page.getByRole("dialog");
    await expect(dialog.getByLabel("编码").inputValue()).resolves.toBe("010401");
    await dialog.getByLabel("名称").fill("聚合支付平台");
    await dialog.getByRole("button", { name: /确\s*定|OK/ }).click();
    await dialog.waitFor({ state: "hidden" });
    await page
      .getByRole("row", { name: /聚合支付平台/ })
      .getByRole("button", { name: /编\s*辑/ })
      .click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("名称").fill("聚合支付服务商");
    await dialog.getByRole("button", { name: /确\s*定|OK/ }).click();
    await page.getByRole("row", { name: /聚合支付服务商/ }).waitFor();
    await shot(page, "categories");
  });

  it("an administrator adds, renames and disables an exception type and grants and revokes verification", async () => {
    const page = await signedIn("admin");
    await page.getByRole("menuitem", { name: "柜面异常设置" }).click();
    await page.getByRole("button", { name: "新增类型" }).click();
    let dialog = page.getByRole("dialog");
    await dialog.getByLabel("编码").fill("Bad code");
    await dialog.getByLabel("中文名称").fill("点钞差错");
    await dialog.getByLabel("英文名称").fill("Cash counting error");
    await dialog.getByRole("button", { name: /确\s*定|OK/ }).click();
    await dialog.getByText(/编码以小写字母开头/).waitFor();
    await dialog.getByLabel("编码").fill("cash_counting_error");
    await dialog.getByRole("button", { name: /确\s*定|OK/ }).click();
    await dialog.waitFor({ state: "hidden" });
    const row = page.getByRole("row", { name: /cash_counting_error/ });
    await row.getByRole("button", { name: /改名/ }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("中文名称").fill("现金清点差错");
    await dialog.getByRole("button", { name: /确\s*定|OK/ }).click();
    await dialog.waitFor({ state: "hidden" });
    await row.getByText("现金清点差错").waitFor();
    await row.getByRole("switch").click();
    await expect.poll(() => row.getByRole("switch").getAttribute("aria-checked")).toBe("false");

    await pick(page, "角色", "大堂经理");
    await page.getByLabel("机构（含下属网点）").click();
    await page.getByTitle(/OT03/).last().click();
    await page
      .getByRole("button", { name: "授 权" })
      .or(page.getByRole("button", { name: "授权" }))
      .click();
    const grant = page.getByRole("row", { name: /大堂经理/ });
    await grant.waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "cex-settings");
    await grant.getByRole("button", { name: /撤\s*销/ }).click();
    await page
      .getByRole("tooltip")
      .getByRole("button", { name: /确\s*定|OK/ })
      .click();
    await page.getByText("尚无授权：只有网点负责人可以核实").waitFor();
    await page.getByRole("button", { name: "语言" }).hover();
    await page.getByRole("menuitem", { name: "English" }).click();
    await page.getByText("Exception types", { exact: true }).waitFor();
    await page.getByText("Cash counting error").waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "cex-settings-en");
  });
});
