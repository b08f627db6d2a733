import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, browserForFile, hasChromium } from "./browser.ts";

/** Every Content-Security-Policy violation a page reports, as the event and as a console error. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${location.pathname} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      );
    });
  });
  page.on("console", (msg) => {
    if (msg.type() === "error" && /CSP violation|Content Security Policy/i.test(msg.text()))
      violations.push(msg.text());
  });
  return violations;
}

describe.skipIf(!hasChromium)("the Content-Security-Policy in Chromium", () => {
  const { signedIn, newPage } = browserForFile("security");

  it("the main pages and the print pages render with no violation reported", async () => {
    const page = await signedIn("head.ot01");
    const violations = await watchCsp(page);
    const lobby = await signedIn("lobby.ot01");
    const incident = await api(lobby, "POST", "/api/incidents", {
      category: "crowd_surge",
      summary: "排队人数激增，安全检查",
      answers: { crowd_large: true },
    });
    const { draft } = await (await page.request.get(`/api/incidents/${incident.id}/reports`)).json();
    await api(page, "POST", `/api/incidents/${incident.id}/reports`, { stage: "initial", fields: draft });
    const { sent } = await (await page.request.get(`/api/incidents/${incident.id}/reports`)).json();
    const teller = await signedIn("teller.ot01");
    const exception = await api(teller, "POST", "/api/counter-exceptions", {
      type: "transaction_data_error",
      description: "客户转账金额录入多一个零，已当场发现",
      immediateAction: "暂停交易，请客户稍候",
    });

    const pages: [string, RegExp][] = [
      ["/", /工作台|待办|网点/],
      ["/incidents", /突发事件/],
      [`/incidents/${incident.id}`, /排队人数激增/],
      ["/complaints", /投诉/],
      ["/counter-exceptions", /柜面异常/],
      [`/counter-exceptions/${exception.id}`, /交易数据错误/],
      ["/cases", /案例/],
      ["/scripts", /话术/],
      ["/compliance/check", /消保检查/],
      ["/audit", /审计日志|权限/],
      [`/incidents/${incident.id}/reports/${sent[0].id}/print`, /网点服务突发事件报告/],
      [`/counter-exceptions/${exception.id}/print`, /柜面异常/],
    ];
    for (const [url, text] of pages) {
      await page.goto(url);
      await page.getByText(text).first().waitFor();
      // Let lazily loaded parts (charts, CSS-in-JS of late components) settle.
      await page.waitForLoadState("networkidle");
    }
    expect(violations).toEqual([]);
    // The policy is really in force: an inline script is refused and reported.
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__inline = 1";
      document.body.append(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as { __inline?: number }).__inline)).toBeUndefined();
  });

  it("after an administrator's reset the user must choose a new password before anything else", async () => {
    const admin = await signedIn("admin");
    const users = await (await admin.request.get("/api/users?q=guard.ot01")).json();
    const guard = users.items.find((u: { username: string }) => u.username === "guard.ot01");
    await api(admin, "POST", `/api/users/${guard.id}/password`, { password: "Reset#2026temp" });

    const page = await newPage();
    await page.goto("/login");
    await page.getByLabel("用户名").fill("guard.ot01");
    await page.getByLabel("密码", { exact: true }).fill("Reset#2026temp");
    await page.getByLabel("密码", { exact: true }).press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.getByText("管理员重置了您的密码").waitFor();
    expect(await dialog.getByRole("button", { name: /取\s?消/ }).isVisible()).toBe(false);
    await page.keyboard.press("Escape");
    await dialog.getByLabel("当前密码").fill("Reset#2026temp");
    await dialog.getByLabel("新密码", { exact: true }).fill("Guard#2026mine");
    await dialog.getByLabel("确认新密码").fill("Guard#2026mine");
    await dialog.getByRole("button", { name: /保\s?存/ }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByRole("menuitem").first().waitFor();
  });
});
