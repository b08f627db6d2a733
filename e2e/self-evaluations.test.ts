import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { hasChromium, launchBrowser, SCREENSHOT_DIR, signedIn as signInAs } from "./browser.ts";

describe.skipIf(!hasChromium)("the annual self-evaluation", () => {
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

  it("a branch manager starts this year's evaluation and scores an element", async () => {
    const manager = await signedIn("manager.br01");
    await manager.getByRole("menuitem", { name: "监管评价自评" }).click();
    await manager.getByRole("button", { name: /开始 \d+ 年自评/ }).click();
    await manager.waitForURL(/\/self-evaluations\/\d+$/);
    await manager.getByText("平台数据（本机构及下辖）").waitFor();
    // This year's figures beside last year's; the training element shows the training records.
    await manager.getByRole("columnheader", { name: /上年（\d+ 年）/ }).waitFor();
    await expect(manager.getByTestId("evidence-training").textContent()).resolves.toMatch(/^培训：\d+ 场/);
    await manager.getByLabel("得分 1").fill("12");
    await manager.getByLabel("自评说明 1").click();
    await manager.getByText("已保存").first().waitFor();
    await manager.getByLabel("自评说明 1").fill("董事会已审议年度消保工作报告");
    await manager.getByLabel("得分 2").click();
    await manager.getByText("得分 12 / 100").waitFor();
    await manager.screenshot({
      path: path.join(SCREENSHOT_DIR, "self-evaluation-draft.png"),
      fullPage: true,
    });
  }, 120_000);
});
