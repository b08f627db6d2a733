import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hasChromium, launchBrowser, SCREENSHOT_DIR, signedIn as signInAs } from "./browser.ts";

const DESKTOP = { width: 1440, height: 900 };

/** Calls the API as the page's signed-in user, with the anti-forgery token a mutating request needs. */
async function api(page: Page, url: string, data: unknown) {
  const { token } = await (await page.request.get("/api/auth/csrf")).json();
  const res = await page.request.post(url, { data, headers: { "x-csrf-token": token } });
  if (!res.ok()) throw new Error(`POST ${url}: ${res.status()} ${await res.text()}`);
  return res.json();
}

/** A real RSS feed on a local port, with one item naming OT01 (人民路网点) and a risk word. */
const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>本地论坛</title><link>http://forum.example/</link><description>x</description>
<item><title>人民路网点门口排长队</title><link>http://forum.example/t/8848</link>
<description>有人说人民路网点要挤兑了，大家快去取钱</description><pubDate>Sat, 05 Dec 2026 09:00:00 GMT</pubDate></item>
</channel></rss>`;

describe.skipIf(!hasChromium)("public opinion in the browser", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  let eventUrl = "";
  let ref = "";
  const feed = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag: '"1"' }).end(FEED);
  });
  let feedUrl = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    await new Promise<void>((ok) => feed.listen(0, "127.0.0.1", () => ok()));
    feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/feed.xml`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((ok) => feed.close(() => ok()));
  });

  const signedIn = (username: string) => signInAs(browser, baseUrl, username, DESKTOP);
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `opinion-${name}.png`), fullPage: true });

  it("an administrator adds the feed; its item naming OT01 with 挤兑 becomes a candidate", async () => {
    const admin = await signedIn("admin");
    await admin.goto("/opinion/monitoring");
    await admin.getByPlaceholder("名称").fill("本地论坛");
    await admin.getByPlaceholder("https://…/feed.xml").fill(feedUrl);
    await admin.getByRole("button", { name: "新增来源" }).click();
    await admin.getByRole("cell", { name: "本地论坛" }).waitFor();

    const officer = await signedIn("officer.sb01");
    await officer.goto("/opinion/candidates");
    // The server's scheduler polls the new feed within a tick or two. The live notice that
    // follows repeats the title, so the item is found as the list's link.
    const item = officer.getByRole("link", { name: "人民路网点门口排长队" });
    for (let i = 0; i < 10; i++) {
      try {
        await item.waitFor({ timeout: 3000 });
        break;
      } catch {
        await officer.reload();
      }
    }
    await item.waitFor();
    await officer.getByText("挤兑", { exact: true }).waitFor();
    await shot(officer, "candidates");
    await admin.reload();
    await admin.getByText("正常").first().waitFor();
    await shot(admin, "monitoring");

    // The sub-branch manager's home page is the watch board, left open while the officer works.
    const manager = await signedIn("manager.sb01");
    await manager.getByRole("heading", { name: "值守看板 · 东城第一支行" }).waitFor();

    await officer.getByRole("button", { name: "立为事件" }).click();
    await officer.waitForURL(/\/opinion\/\d+$/);
    const refText = officer.getByText(/^YQ-\d{8}-\d{4}$/).first();
    await refText.waitFor();
    ref = (await refText.textContent()) ?? "";
    eventUrl = new URL(officer.url()).pathname;

    // No reload: the event's live ping refreshes the board, and OT01's cell lists it.
    await manager.getByRole("link", { name: ref }).waitFor({ timeout: 30_000 });
    await shot(manager, "watch-board");
    const grid = manager.getByTestId("outlet-grid");
    const box = await grid.boundingBox();
    if (!box) throw new Error("no grid");
    await manager.mouse.click(box.x + 40, box.y + 20);
    const drawer = manager.locator(".ant-drawer");
    await drawer.getByText("人民路网点的未结事项").waitFor();
    await drawer.getByRole("link", { name: ref }).waitFor();
    await officer
      .getByPlaceholder("口径内容")
      .fill("我行关注到网络传言，人民路网点营业正常，客户资金安全，请勿轻信。");
    await officer.getByRole("button", { name: "起草新版本" }).click();
    await officer.getByText("第 1 版").waitFor();
    // The officer ticks her task of the five moves; the manager's stays for the manager.
    const tasks = officer.getByTestId("opinion-tasks");
    const evidence = tasks
      .locator("div")
      .filter({ hasText: /^保存原帖截图/ })
      .last();
    await evidence.getByRole("button", { name: /完\s*成/ }).click();
    await tasks.getByText(/李静 于 .+ 完成/).waitFor();
    expect(
      await tasks
        .locator("div")
        .filter({ hasText: /^指定一位新闻发言人/ })
        .last()
        .getByRole("button")
        .count(),
    ).toBe(0);
    await shot(officer, "detail-officer");
  });

  it("manager.sb01 approves the statement; the event stays on the board while open", async () => {
    const page = await signedIn("manager.sb01");
    await page.goto(eventUrl);
    await page.getByRole("button", { name: "审批通过" }).click();
    await page.getByText("已审批").first().waitFor();
    await shot(page, "detail-manager");
    await page.goto("/watch");
    await page.getByRole("link", { name: ref }).waitFor();
    await page.goto("/opinion");
    await page
      .getByText(/^YQ-\d{8}-\d{4}$/)
      .first()
      .waitFor();
    await shot(page, "list");
  });

  it("the officer records an event by hand", async () => {
    const page = await signedIn("officer.sb01");
    await page.goto("/opinion/new");
    await page.getByLabel("内容摘要").fill("网友在小红书发帖称理财经理夸大收益");
    await page.getByLabel("链接").fill("https://xhs.example/p/42");
    await shot(page, "create");
    await page.getByRole("button", { name: "提交" }).click();
    await page.waitForURL(/\/opinion\/\d+$/);
    await page
      .getByText(/^YQ-\d{8}-\d{4}$/)
      .first()
      .waitFor();
  });

  it("an incident with media on the scene opens its linked event in one click; both pages show the link", async () => {
    const page = await signedIn("lobby.ot01");
    const incident = await api(page, "/api/incidents", {
      category: "complaint_conflict",
      summary: "客户在大堂争吵，有人举着手机直播",
      answers: { media: true },
    });
    await page.goto(`/incidents/${incident.id}`);
    await page.getByText("此记录有舆情风险").waitFor();
    await page.getByRole("button", { name: "登记舆情事件" }).click();
    await page.waitForURL(/\/opinion\/new\?/);
    await page.getByText(`将关联 ${incident.ref}`).waitFor();
    expect(await page.getByLabel("内容摘要").inputValue()).toContain("直播");
    await page.getByRole("button", { name: "提交" }).click();
    await page.waitForURL(/\/opinion\/\d+$/);
    const refText = page.getByText(/^YQ-\d{8}-\d{4}$/).first();
    await refText.waitFor();
    const eventRef = (await refText.textContent()) ?? "";
    await page.getByRole("link", { name: incident.ref }).waitFor();
    await shot(page, "linked-event");

    await page.getByRole("link", { name: incident.ref }).click();
    await page.waitForURL(`**/incidents/${incident.id}`);
    const links = page.getByTestId("linked-records");
    await links.getByText("舆情事件").waitFor();
    await links.getByRole("link", { name: eventRef }).waitFor();
    await links.getByText("待核实 · 一般").waitFor();
    // Shown once, in the links card: no banner repeats it, and the offer to open one is gone. (The toast that
    // named the new event's reference goes first.)
    await page.locator(".ant-message-notice").first().waitFor({ state: "detached" });
    expect(await page.getByText(eventRef).count()).toBe(1);
    expect(await page.getByText("此记录有舆情风险").count()).toBe(0);
    await shot(page, "linked-incident");
  });
});
