import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeServices } from "../test/fake-notify-services.ts";
import { api, browserForFile, hasChromium, pick } from "./browser.ts";

const OK = /^确\s?定$/;

describe.skipIf(!hasChromium)("notices reach the outlet's WeCom group and the person on duty", () => {
  // Its screenshots have been named notify-… from the start.
  const { signedIn, shot } = browserForFile("notify");
  let fake: Awaited<ReturnType<typeof startFakeServices>>;

  beforeAll(async () => {
    fake = await startFakeServices({ dingtalkSecret: "d", feishuSecret: "f" });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it("an administrator adds OT01's robot; a level Ⅱ report reaches it and the duty SMS within one tick", async () => {
    const page = await signedIn("admin");
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
    const hq = (await api(page, "GET", "/api/org-units")).items.find(
      (u: { code: string }) => u.code === "HQ",
    );
    await api(page, "POST", "/api/notify/channels", {
      kind: "sms",
      orgUnitId: hq.id,
      name: "总行短信平台",
      config: {
        url: `${fake.base}/sms/send`,
        body: '{"mobile":"{phone}","content":"{text}"}',
        successMatch: "OK",
      },
    });
    const teller = (await api(page, "GET", "/api/users?q=teller.ot01")).items[0];
    await api(page, "PATCH", `/api/users/${teller.id}`, { mobilePhone: "139 0000 0202" });
    const head = await signedIn("head.ot01");
    for (const dayKind of ["workday", "holiday"])
      await api(head, "POST", `/api/roster/${teller.orgUnitId}/shifts`, {
        userId: teller.id,
        dayKind,
        start: "00:00",
        end: "00:00",
      });

    const lobby = await signedIn("lobby.ot01");
    const { id, ref } = await api(lobby, "POST", "/api/incidents", {
      category: "crowd_surge",
      summary: "客户聚集",
      severity: "II",
    });
    // One scheduler tick is 5 seconds (SCHEDULER_INTERVAL_SECONDS).
    await expect
      .poll(() => fake.received.filter((r) => r.service === "wecom" && r.body.includes(ref)).length, {
        timeout: 6000,
      })
      .toBe(1);
    await expect
      .poll(
        // This incident's: another file's level Ⅱ report at OT01 in the meantime texts the same person.
        () =>
          fake.received.filter(
            (r) => r.service === "sms" && r.json.mobile === "13900000202" && r.body.includes(ref),
          ).length,
        {
          timeout: 6000,
        },
      )
      .toBe(1);

    // The incident room shows whom to call; the administrators' list shows the deliveries.
    await head.goto(`/incidents/${id}`);
    const duty = head.getByTestId("duty-card").first();
    await duty.waitFor({ timeout: 15_000 });
    expect(await duty.getByRole("link").getAttribute("href")).toBe("tel:13900000202");
    await shot(head, "room-duty");
    await page.goto("/notify");
    await expect.poll(() => page.getByText("已送达").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await shot(page, "deliveries");
  });
});
