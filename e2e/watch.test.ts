import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hasChromium, launchBrowser, SCREENSHOT_DIR, signedIn } from "./browser.ts";

const DESKTOP = { width: 1440, height: 900 };

/** Calls the API as the page's signed-in user, with the anti-forgery token a mutating request needs. */
async function api(page: Page, method: "GET" | "POST", url: string, data?: unknown) {
  const { token } = await (await page.request.get("/api/auth/csrf")).json();
  const res = await page.request.fetch(url, { method, data, headers: { "x-csrf-token": token } });
  if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
  return res.json();
}

describe.skipIf(!hasChromium)("the watch board and early warnings in the browser", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  let token: string;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `watch-${name}.png`), fullPage: true });

  it("an administrator tests a rule on 90 days before saving it, and adds the queue system as a source", async () => {
    const admin = await signedIn(browser, baseUrl, "admin", DESKTOP);
    await admin.getByRole("menuitem", { name: "预警规则" }).click();
    const card = admin.locator(".ant-card").filter({ hasText: "网点投诉异常增多" });
    const save = card.getByRole("button", { name: /保\s*存/ });
    expect(await save.isDisabled()).toBe(true);
    await card.getByRole("button", { name: "回测近90天" }).click();
    await card.getByText(/近 90 天内会发出 \d+ 条预警/).waitFor();
    expect(await save.isDisabled()).toBe(false);
    await save.click();
    await admin.getByText("规则已保存").waitFor();

    await admin.getByPlaceholder("数据源名称").fill("排队叫号系统");
    await admin.getByRole("button", { name: "新增数据源" }).click();
    await admin.getByText("请立即复制令牌").waitFor();
    token = (await admin.locator(".ant-alert code").textContent()) ?? "";
    expect(token.length).toBeGreaterThan(30);
    await shot(admin, "settings");
  });

  it("a long queue pushed by the queue system shows live on the sub-branch manager's home board", async () => {
    const manager = await signedIn(browser, baseUrl, "manager.sb01", DESKTOP);
    // The manager's home page is the board of the sub-branch.
    await manager.getByRole("heading", { name: "值守看板 · 东城第一支行" }).waitFor();
    // Other browser tests share the server: their complaints may have raised warnings of their own.
    expect(await manager.getByRole("link", { name: "排队拥堵" }).count()).toBe(0);

    const pushed = await fetch(`${baseUrl}/api/warnings/signals`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        outletCode: "OT01",
        kind: "queue_length",
        value: 75,
        at: new Date().toISOString(),
      }),
    });
    expect(pushed.status).toBe(201);
    // No reload: the evaluation's live event refreshes the board.
    await manager.getByRole("link", { name: "排队拥堵" }).first().waitFor({ timeout: 30_000 });
    await manager.getByText("红色预警").first().waitFor();
    expect(await manager.getByRole("link", { name: "排队拥堵" }).count()).toBe(1);
    await shot(manager, "board");

    // The first cell of the grid is OT01: a click opens its items.
    const grid = manager.getByTestId("outlet-grid");
    const box = await grid.boundingBox();
    if (!box) throw new Error("no grid");
    await manager.mouse.click(box.x + 40, box.y + 20);
    const drawer = manager.locator(".ant-drawer");
    await drawer.getByText("人民路网点的未结事项").waitFor();
    await drawer.getByRole("link", { name: "排队拥堵" }).waitFor();
    // Let the drawer finish sliding in, so the picture shows it.
    await manager.waitForTimeout(400);
    await shot(manager, "outlet-items");
    await drawer.getByRole("link", { name: "排队拥堵" }).click();

    await manager.waitForURL(/\/warnings\/\d+$/);
    await manager.getByText("建议措施").waitFor();
    await manager.getByRole("button", { name: "确认预警" }).click();
    await manager.getByText("已确认，请跟进处置").waitFor();
    await shot(manager, "warning");

    await manager.getByRole("button", { name: "据此上报突发事件" }).click();
    await manager.waitForURL(/\/incidents\/new\?/);
    expect(await manager.getByRole("textbox").first().inputValue()).toContain("排队拥堵");
    await shot(manager, "incident-prefilled");
  });

  it("lifting asks for the reason and takes the warning off the board", async () => {
    const head = await signedIn(browser, baseUrl, "head.ot01", DESKTOP);
    const warnings = await api(head, "GET", "/api/warnings");
    const queue = warnings.items.find((w: { rule: string }) => w.rule === "queue_pressure");
    await head.goto(`/warnings/${queue.id}`);
    await head.getByRole("button", { name: "解除预警" }).click();
    const dialog = head.getByRole("dialog");
    await dialog.getByRole("button", { name: "解除预警" }).click();
    await dialog.getByText("请填写解除理由").waitFor();
    await dialog.getByLabel("解除理由").fill("已增开两个窗口，队伍已疏散");
    await dialog.getByRole("button", { name: "解除预警" }).click();
    await head.getByText("预警已解除").waitFor();
    await head.goto("/watch");
    await head.getByRole("heading", { name: "值守看板 · 人民路网点" }).waitFor();
    expect(await head.getByRole("link", { name: "排队拥堵" }).count()).toBe(0);
    await shot(head, "outlet-head-board");
  });

  it("the branch manager opens a sub-branch's board from the branch's, and goes back up", async () => {
    const branch = await signedIn(browser, baseUrl, "manager.br01", DESKTOP);
    await branch.getByRole("heading", { name: "值守看板 · 东城分行" }).waitFor();
    await branch.getByRole("button", { name: "东城第一支行" }).click();
    await branch.getByRole("heading", { name: "值守看板 · 东城第一支行" }).waitFor();
    await branch.getByText("人民路网点").first().waitFor({ state: "attached" });
    await shot(branch, "sub-branch-from-branch");
    await branch.getByRole("button", { name: "返回东城分行" }).click();
    await branch.getByRole("heading", { name: "值守看板 · 东城分行" }).waitFor();
  });
});
