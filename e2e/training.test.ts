import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hasChromium, launchBrowser, pick, SCREENSHOT_DIR, signedIn as signInAs } from "./browser.ts";

const PHONE = { width: 390, height: 844 };

/** Local time in Shanghai as the range picker takes it, `minutes` from now. */
const local = (minutes: number) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(Date.now() + minutes * 60_000));

describe.skipIf(!hasChromium)("training: a 晨会 with a quiz moves the outlet's scorecard", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });

  async function signedIn(username: string, viewport?: { width: number; height: number }): Promise<Page> {
    const page = await signInAs(browser, baseUrl, username, viewport);
    contexts.push(page.context());
    return page;
  }

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `training-${name}.png`), fullPage: true });

  async function api(page: Page, url: string, body: unknown) {
    const { token } = await (await page.request.get("/api/auth/csrf")).json();
    const res = await page.request.post(url, { headers: { "x-csrf-token": token }, data: body });
    expect(res.status(), await res.text()).toBe(201);
    return res.json();
  }

  const outletTotal = async (page: Page) => {
    const row = page.getByRole("row").filter({ hasText: "人民路网点" }).first();
    return row.getByTestId("scorecard-total").textContent();
  };

  it("officer.sb01 runs it, teller.ot01 signs in on a phone and answers, manager.sb01 sees the score move", async () => {
    const manager = await signedIn("manager.sb01");
    await manager.getByRole("menuitem", { name: "网点考核" }).click();
    await manager.getByRole("row").filter({ hasText: "人民路网点" }).first().waitFor();
    const before = await outletTotal(manager);
    await manager.getByTestId("scorecard-trend-chart").locator("canvas").waitFor();
    await shot(manager, "scorecard-before");

    const officer = await signedIn("officer.sb01");
    for (const [text, correct] of [
      ["客户质疑问用途时，先接住情绪再解释原因。", 0],
      ["可以向客户承诺理财产品保本。", 1],
    ] as const)
      await api(officer, "/api/training/questions", { kind: "true_false", text, correct: [correct] });

    await officer.getByRole("menuitem", { name: "培训与测验" }).click();
    await officer.getByRole("button", { name: "安排培训" }).click();
    const dialog = officer.getByRole("dialog");
    await dialog.getByLabel("主题").fill("大额取现问用途的应答");
    await pick(officer, "参训机构", "OT01 人民路网点", dialog, "人民路");
    // The playbooks offered are those in force at the chosen outlet, with their version.
    await pick(officer, "引用处置预案", "客户突发疾病或意外受伤 · v1", dialog, "突发疾病");
    await dialog.getByPlaceholder("开始日期").click();
    await dialog.getByPlaceholder("开始日期").fill(local(-5));
    await dialog.getByPlaceholder("开始日期").press("Enter");
    await dialog.getByPlaceholder("结束日期").fill(local(25));
    await dialog.getByPlaceholder("结束日期").press("Enter");
    await shot(officer, "new-session");
    await dialog.getByRole("button", { name: /确\s*定|OK/ }).click();
    await officer.waitForURL(/\/training\/sessions\/\d+$/);

    await officer.getByRole("button", { name: "发布测验" }).click();
    const quizDialog = officer.getByRole("dialog");
    await quizDialog.getByLabel("测验名称").fill("晨会随堂测验");
    const questions = quizDialog.getByLabel("选择题目");
    for (const q of ["客户质疑问用途", "可以向客户承诺"]) {
      await questions.fill(q);
      await officer.locator(".ant-select-dropdown:visible .ant-select-item-option").first().click();
    }
    await officer.keyboard.press("Escape");
    await quizDialog.getByRole("button", { name: /确\s*定|OK/ }).click();
    await quizDialog.waitFor({ state: "hidden" });
    const link = officer.getByTestId("sign-in-link");
    await link.waitFor();
    await officer.locator("canvas").first().waitFor();
    await shot(officer, "qr-code");
    const signInUrl = (await link.getAttribute("href")) as string;

    const teller = await signedIn("teller.ot01", PHONE);
    await teller.goto(new URL(signInUrl).pathname + new URL(signInUrl).search);
    await teller.getByText("签到成功：大额取现问用途的应答").waitFor();
    await shot(teller, "phone-signed-in");
    await teller.getByRole("button", { name: "本次测验" }).click();
    await teller.getByRole("button", { name: "去答题" }).click();
    await teller.getByText("1. 客户质疑问用途时").waitFor();
    await teller.getByRole("radio", { name: "对" }).first().check();
    await teller.getByRole("radio", { name: "错" }).nth(1).check();
    await shot(teller, "phone-quiz");
    await teller.getByRole("button", { name: "提交答案" }).click();
    await teller.getByText("得分 100（答对 2 / 2）").waitFor();
    await shot(teller, "phone-quiz-graded");

    // The officer's register now lists the teller as signed in.
    await officer.reload();
    await officer.getByText("已签到 (1)").waitFor();
    await expect(officer.getByText("柜员 陈晨").first().isVisible()).resolves.toBe(true);

    await manager.reload();
    await manager.getByRole("row").filter({ hasText: "人民路网点" }).first().waitFor();
    await expect.poll(() => outletTotal(manager)).not.toBe(before);
    await manager
      .getByRole("row")
      .filter({ hasText: "人民路网点" })
      .first()
      .getByTestId("metric-quiz_score")
      .click();
    const drawer = manager.getByRole("dialog");
    await drawer.getByText("晨会随堂测验").waitFor();
    await expect(drawer.getByText("人民路网点 · 测验平均分").isVisible()).resolves.toBe(true);
    await manager.waitForTimeout(400); // the drawer's slide-in
    await shot(manager, "scorecard-after");
  }, 120_000);

  it("teller.ot01 takes the DISC self-test on a phone; head.ot01 records a commendation the teller then sees", async () => {
    const teller = await signedIn("teller.ot01", PHONE);
    await teller.goto("/training/disc");
    const cards = teller.locator(".ant-card");
    await cards.first().waitFor();
    const count = await cards.count();
    for (let i = 0; i < count; i++)
      await cards
        .nth(i)
        .getByRole("radio")
        .nth(i < 5 ? 2 : 0)
        .check();
    await teller.getByRole("button", { name: "提交答案" }).click();
    await teller.getByText("稳定型（S）").waitFor();
    await shot(teller, "phone-disc-result");

    const head = await signedIn("head.ot01");
    await head.goto("/accountability");
    await head.getByRole("button", { name: "记录奖惩" }).click();
    const dialog = head.getByRole("dialog");
    await pick(head, "当事人", "柜员 陈晨 · 人民路网点", dialog, "陈晨");
    await pick(head, "措施", "通报表扬", dialog);
    await dialog.getByLabel("事由").fill("耐心化解老年客户对问用途的误解");
    await shot(head, "accountability-new");
    await dialog.getByRole("button", { name: /确\s*定|OK/ }).click();
    await head.getByRole("cell", { name: "耐心化解老年客户对问用途的误解" }).waitFor();

    await teller.goto("/accountability");
    await teller.getByText("耐心化解老年客户对问用途的误解").waitFor();
    await shot(teller, "phone-accountability");
  });

  it("officer.sb01 drafts a question from a rule and hands out slides; teller.ot01 finds them", async () => {
    const officer = await signedIn("officer.sb01");
    await officer.goto("/training");
    await officer.getByRole("tab", { name: "题库" }).click();
    await officer.getByText("审查规则", { exact: true }).click();
    await pick(
      officer,
      "素材",
      "宣称无风险：说产品没有风险。任何投资产品都有风险，这种说法会误导客户。",
      officer,
      "宣称无风险",
    );
    await officer.getByRole("button", { name: "采用" }).first().click();
    const text = officer.getByLabel("题目");
    await expect.poll(() => text.inputValue()).toContain("“无风险”");
    await text.fill("向客户介绍理财时，可以说“无风险”。");
    await shot(officer, "question-draft");
    await officer.getByRole("button", { name: /保\s*存/ }).click();
    await officer.getByRole("listitem").filter({ hasText: "向客户介绍理财时，可以说“无风险”。" }).waitFor();

    // Slides for the morning meeting of the first test, uploaded on its page.
    await officer.getByRole("tab", { name: "培训" }).click();
    await officer.getByRole("link", { name: "大额取现问用途的应答" }).first().click();
    await officer.waitForURL(/\/training\/sessions\/\d+$/);
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    await officer
      .locator("input[type=file]")
      .setInputFiles({ name: "问用途讲义.pdf", mimeType: "application/pdf", buffer: pdf });
    await officer.getByRole("link", { name: "问用途讲义.pdf" }).waitFor();
    await shot(officer, "session-files");

    const teller = await signedIn("teller.ot01", PHONE);
    await teller.goto(new URL(officer.url()).pathname);
    const link = teller.getByRole("link", { name: "问用途讲义.pdf" });
    await link.waitFor();
    const res = await teller.request.get((await link.getAttribute("href")) as string);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    await expect(teller.getByRole("button", { name: "上传课件" }).count()).resolves.toBe(0);

    // The linked playbook opens read-only for the teller, in the version the session keeps.
    await teller.getByText("处置预案：客户突发疾病或意外受伤（第 1 版）").click();
    const playbook = teller.getByTestId("session-playbook");
    await playbook.getByText("第 1 版 · 全行通用版本").waitFor();
    await playbook.getByText("搜集情况").waitFor();
    await expect(playbook.getByRole("textbox").count()).resolves.toBe(0);
    await teller.waitForTimeout(400); // the drawer's slide-in
    await shot(teller, "phone-playbook");
  });
});
