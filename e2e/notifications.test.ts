import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startFakeServices } from "../test/fake-notify-services.ts";
import { DEMO_PASSWORD, hasChromium, launchBrowser, pick, SCREENSHOT_DIR, signedIn } from "./browser.ts";

const OK = /^确\s?定$/;

describe.skipIf(!hasChromium)("notices reach the outlet's WeCom group and the person on duty", () => {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  let fake: Awaited<ReturnType<typeof startFakeServices>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    fake = await startFakeServices({ dingtalkSecret: "d", feishuSecret: "f" });
  });
  afterAll(async () => {
    await browser?.close();
    await fake?.close();
  });

  async function api(username: string) {
    const { request } = await browser.newContext({ baseURL: baseUrl });
    const csrf = async () => (await (await request.get("/api/auth/csrf")).json()).token as string;
    const send = async (method: string, url: string, data: unknown) =>
      request.fetch(url, { method, headers: { "x-csrf-token": await csrf() }, data });
    expect((await send("POST", "/api/auth/login", { username, password: DEMO_PASSWORD })).status()).toBe(200);
    return { get: async (url: string) => (await request.get(url)).json(), send };
  }

  it("an administrator adds OT01's robot; a level Ⅱ report reaches it and the duty SMS within one tick", async () => {
    const page = await signedIn(browser, baseUrl, "admin");
    await page.goto("/notify");
    await page.getByRole("button", { name: "新增渠道" }).click();
    const dialog = page.getByRole("dialog");
    await pick(page, "所属机构", "人民路网点", dialog, "人民路");
    await dialog.getByLabel("名称").fill("人民路网点工作群");
    await dialog.getByLabel("Webhook 地址").fill(`${fake.base}/wecom/cgi-bin/webhook/send?key=E2EKEY0001`);
    await dialog.getByRole("button", { name: OK }).click();
    await expect.poll(() => page.getByText("人民路网点工作群").count()).toBe(1);
    await expect(page.getByText("E2EKEY0001").count()).resolves.toBe(0);

    // The head office's SMS gateway, and OT01's roster: the teller is on duty round the clock.
    const admin = await api("admin");
    const created = await admin.send("POST", "/api/notify/channels", {
      kind: "sms",
      orgUnitId: (await admin.get("/api/org-units")).items.find((u: { code: string }) => u.code === "HQ").id,
      name: "总行短信平台",
      config: {
        url: `${fake.base}/sms/send`,
        body: '{"mobile":"{phone}","content":"{text}"}',
        successMatch: "OK",
      },
    });
    expect(created.status()).toBe(201);
    const teller = (await admin.get("/api/users?q=teller.ot01")).items[0];
    expect(
      (await admin.send("PATCH", `/api/users/${teller.id}`, { mobilePhone: "139 0000 0202" })).status(),
    ).toBe(200);
    const head = await api("head.ot01");
    for (const dayKind of ["workday", "holiday"])
      expect(
        (
          await head.send("POST", `/api/roster/${teller.orgUnitId}/shifts`, {
            userId: teller.id,
            dayKind,
            start: "00:00",
            end: "00:00",
          })
        ).status(),
      ).toBe(201);

    const lobby = await api("lobby.ot01");
    const reported = await lobby.send("POST", "/api/incidents", {
      category: "crowd_surge",
      summary: "客户聚集",
      severity: "II",
    });
    expect(reported.status()).toBe(201);
    const { id, ref } = await reported.json();
    // One scheduler tick is 5 seconds (SCHEDULER_INTERVAL_SECONDS).
    await expect
      .poll(() => fake.received.filter((r) => r.service === "wecom" && r.body.includes(ref)).length, {
        timeout: 6000,
      })
      .toBe(1);
    await expect
      .poll(
        () => fake.received.filter((r) => r.service === "sms" && r.json.mobile === "13900000202").length,
        {
          timeout: 6000,
        },
      )
      .toBe(1);

    // The incident room shows whom to call; the administrators' list shows the deliveries.
    const room = await signedIn(browser, baseUrl, "head.ot01");
    await room.goto(`/incidents/${id}`);
    const duty = room.getByTestId("duty-card").first();
    await duty.waitFor({ timeout: 15_000 });
    expect(await duty.getByRole("link").getAttribute("href")).toBe("tel:13900000202");
    await room.screenshot({ path: path.join(SCREENSHOT_DIR, "notify-room-duty.png"), fullPage: true });
    await page.goto("/notify");
    await expect.poll(() => page.getByText("已送达").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "notify-deliveries.png"), fullPage: true });
  });
});
