import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { hasChromium, launchBrowser, SCREENSHOT_DIR, signedIn as signInAs } from "./browser.ts";

const DESKTOP = { width: 1440, height: 900 };

describe.skipIf(!hasChromium)("public opinion in the browser", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  let eventUrl = "";

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const signedIn = (username: string) => signInAs(browser, baseUrl, username, DESKTOP);
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `opinion-${name}.png`), fullPage: true });

  it("the officer records an event and drafts a statement", async () => {
    const page = await signedIn("officer.sb01");
    await page.goto("/opinion/new");
    await page.getByLabel("内容摘要").fill("网友发帖称南门网点排长队取不出钱，配图为网点门口");
    await page.getByLabel("链接").fill("https://weibo.example/p/42");
    await shot(page, "create");
    await page.getByRole("button", { name: "提交" }).click();
    await page.waitForURL(/\/opinion\/\d+$/);
    await page
      .getByText(/^YQ-\d{8}-\d{4}$/)
      .first()
      .waitFor();
    eventUrl = new URL(page.url()).pathname;
    await page.getByPlaceholder("口径内容").fill("我行已关注到相关情况，网点营业正常，客户资金安全。");
    await page.getByRole("button", { name: "起草新版本" }).click();
    await page.getByText("第 1 版").waitFor();
    await shot(page, "detail-officer");
  });

  it("the manager approves it; the list shows the event", async () => {
    const page = await signedIn("manager.sb01");
    await page.goto(eventUrl);
    await page.getByRole("button", { name: "审批通过" }).click();
    await page.getByText("已审批").first().waitFor();
    await shot(page, "detail-manager");
    await page.goto("/opinion");
    await page
      .getByText(/^YQ-\d{8}-\d{4}$/)
      .first()
      .waitFor();
    await shot(page, "list");
    await page.goto("/opinion/candidates");
    await page.getByText("舆情线索").first().waitFor();
    await shot(page, "candidates");
  });
});
