import path from "node:path";
import { deflateSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, inject, it } from "vitest";
import { hasChromium, launchBrowser, pick, SCREENSHOT_DIR, signedIn as signInAs } from "./browser.ts";

/** A real 1×1 PNG, so the server's type check has genuine image bytes to read. */
function png(): Buffer {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])),
    chunk("IDAT", deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe.skipIf(!hasChromium)("outlet inspections", () => {
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

  async function signedIn(username: string, viewport?: { width: number; height: number }): Promise<Page> {
    const page = await signInAs(browser, baseUrl, username, viewport);
    contexts.push(page.context());
    return page;
  }
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `inspections-${name}.png`), fullPage: true });
  const photo = { name: "现场.png", mimeType: "image/png", buffer: png() };

  it("the officer inspects an outlet, a failed item goes to a teller, who rectifies it on the phone", async () => {
    const officer = await signedIn("officer.sb01");
    await officer.getByRole("menuitem", { name: "网点检查" }).click();
    await officer.getByRole("button", { name: "发起检查" }).click();
    const dialog = officer.getByRole("dialog");
    await pick(officer, "被检查网点", "人民路网点 · OT01 (网点)", dialog, "人民路");
    await dialog.getByRole("button", { name: "发起检查" }).click();
    await officer.waitForURL(/\/inspections\/\d+$/);

    const items = officer.locator('[data-testid^="result-"]');
    await items.first().waitFor();
    const count = await items.count();
    for (let i = 2; i <= count; i++) {
      const item = officer.getByTestId(`result-${i}`);
      await item.getByText("合格", { exact: true }).click();
      await item.getByRole("radio", { name: "合格", checked: true }).waitFor({ state: "attached" });
    }
    const kit = officer.getByTestId("result-1");
    await kit.getByText("不合格", { exact: true }).click();
    await kit.getByLabel("情况说明").fill("应急预案未张贴，流程图缺失");
    await kit.getByLabel("情况说明").blur();
    await pick(officer, "整改责任人", "柜员 陈晨", kit);
    await kit.getByLabel("整改期限").click();
    await officer.locator(".ant-picker-dropdown:visible .ant-picker-cell-today").click();
    await kit.locator('input[type="file"]').setInputFiles(photo);
    await kit.locator("img").first().waitFor();
    await officer.getByText(`已填写 ${count}/${count} 项`).waitFor();
    await shot(officer, "draft");
    await officer.getByRole("button", { name: "提交检查" }).click();
    await officer
      .getByRole("tooltip")
      .getByRole("button", { name: /确\s*定|OK/ })
      .click();
    await officer.getByText("整改中").first().waitFor();
    await shot(officer, "submitted");

    const teller = await signedIn("teller.ot01", { width: 390, height: 844 });
    await teller.goto("/inspections/rectifications");
    const card = teller.locator('[data-testid^="rectification-"]').first();
    await card.getByText("应急预案未张贴，流程图缺失").waitFor();
    await card.locator('input[type="file"]').setInputFiles(photo);
    await card.locator("img").first().waitFor();
    await card.getByLabel("整改说明").fill("已张贴最新应急预案和处置流程图");
    await card.getByRole("button", { name: "完成整改" }).click();
    await teller.getByText("暂无整改任务").waitFor();
    await teller.locator(".ant-segmented").getByText("已完成").click();
    await teller.getByText("已张贴最新应急预案和处置流程图", { exact: false }).waitFor();
    await shot(teller, "rectified-phone");

    await officer.reload();
    await officer.getByText("已完成", { exact: true }).first().waitFor();
    await shot(officer, "closed");
  }, 120_000);
});
