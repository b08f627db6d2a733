import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { hasChromium, launchBrowser, pick, SCREENSHOT_DIR, signedIn as signInAs } from "./browser.ts";

// Text the material review passes (see src/server/compliance/materials/materials.test.ts).
const CLEAN =
  "新春特供：安盈理财，业绩比较基准3.2%，测算依据见说明书。本产品不保证本金，收益不确定。理财非存款、产品有风险、投资须谨慎。";

describe.skipIf(!hasChromium)("consumer-education plans and activities", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  async function signedIn(username: string): Promise<Page> {
    const page = await signInAs(browser, baseUrl, username);
    contexts.push(page.context());
    return page;
  }
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `campaigns-${name}.png`), fullPage: true });
  async function api(page: Page, method: "POST" | "GET", url: string, body?: unknown) {
    const { token } = await (await page.request.get("/api/auth/csrf")).json();
    const res = await page.request.fetch(url, { method, headers: { "x-csrf-token": token }, data: body });
    return res.json();
  }

  it("the outlet head plans the year, the sub-branch approves, a teller records an activity", async () => {
    const head = await signedIn("head.ot01");
    await head.getByRole("menuitem", { name: "宣传教育" }).click();
    await head.getByRole("button", { name: /编制 \d+ 年计划/ }).click();
    await head.waitForURL(/\/campaigns\/plans\/\d+$/);
    await head.getByLabel("老年人").check();
    await head.getByLabel("新市民").check();
    await head.getByLabel("金融知识进万家").check();
    await head.getByLabel("宣传主题").fill("防范电信诈骗、适老服务");
    await head.getByRole("button", { name: "增加一行" }).click();
    await pick(head, "月份", "6 月");
    await pick(head, "对象人群", "老年人");
    await head.getByLabel("主题", { exact: true }).fill("社区反诈讲座");
    await head.getByLabel("场次").fill("3");
    await head.getByRole("button", { name: "提交审批" }).click();
    await head.getByText("待审批").first().waitFor();
    await shot(head, "plan-submitted");
    const planUrl = new URL(head.url()).pathname;

    const officer = await signedIn("officer.sb01");
    await officer.goto(planUrl);
    await officer
      .getByRole("button", { name: "批 准" })
      .or(officer.getByRole("button", { name: "批准" }))
      .click();
    await officer.getByText("已批准").first().waitFor();

    // An approved material the activity can name, through the material review.
    const wealth = await signedIn("wealth.ot01");
    const material = await api(wealth, "POST", "/api/materials", {
      title: "反诈宣传折页",
      channel: "lobby_poster",
      materialType: "wealth_product",
      text: CLEAN,
    });
    const reviewed = await api(officer, "POST", `/api/materials/${material.id}/review`, {
      versionId: material.versions[0].id,
      decision: "approve",
    });
    expect(reviewed.status).toBe("approved");

    const teller = await signedIn("teller.ot01");
    await teller.getByRole("menuitem", { name: "宣教活动" }).click();
    await teller.getByRole("button", { name: "登记活动" }).click();
    const dialog = teller.getByRole("dialog");
    await pick(teller, "所属活动", "金融知识进万家", dialog);
    await pick(teller, "场所类型", "社区", dialog);
    await dialog.getByLabel("地点").fill("人民路社区活动室");
    await pick(teller, "对象人群", "老年人", dialog);
    await dialog.getByLabel("主题").fill("社区反诈讲座");
    await pick(teller, "使用的宣传材料（已审查通过）", `${material.ref} 反诈宣传折页`, dialog);
    await dialog.getByLabel("受众人数").fill("40");
    await dialog.getByRole("button", { name: "登记活动" }).click();
    await teller.getByRole("cell", { name: "人民路社区活动室", exact: false }).waitFor();
    await dialog.waitFor({ state: "hidden" });
    await shot(teller, "activities");

    await officer.goto("/campaigns");
    const progress = officer.locator(".ant-card").filter({ hasText: "计划完成情况" });
    const row = progress.getByRole("row", { name: /人民路网点/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/3.*1.*33%.*40/);
    await shot(officer, "overview");
  }, 120_000);
});
