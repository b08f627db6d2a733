import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { browserForFile, hasChromium } from "./browser.ts";

const NEW_STEP = "先报上自己的姓名和岗位，再请客户把事情从头说一遍（支行补充）";
const NEW_CALMING = {
  zh: "“您先坐下喝杯水，我陪您一起把事情理清楚。”",
  en: '"Please sit down and have some water; I\'ll go through it with you."',
};
const NEW_GUIDANCE = "先截图保存报错画面，再告诉客户预计等待时间。";

describe.skipIf(!hasChromium)("scripts as versioned know-how", () => {
  const browser = browserForFile("knowhow");
  const { signedIn } = browser;

  const shot = async (page: Page, name: string) => {
    // Let the page's fade-in finish, so the screenshot shows what a person sees.
    await page.waitForTimeout(500);
    await browser.shot(page, name);
  };

  it("an officer edits the demand-manager script, the manager publishes it, a teller practises the new version", async () => {
    const officer = await signedIn("officer.sb01");
    await officer.getByRole("menuitem", { name: "话术维护" }).click();
    await officer.getByRole("link", { name: "客户要求见领导" }).click();
    const steps = officer.getByLabel("处理步骤");
    await steps.fill(`${await steps.inputValue()}\n${NEW_STEP}`);
    // The preview shows the change as staff will read it, before anything is saved.
    await officer.getByText(NEW_STEP).last().waitFor();
    await officer.getByRole("button", { name: "保存草稿" }).click();
    await officer.getByText("草稿已保存").waitFor();
    const draftRow = officer.getByRole("row").filter({ hasText: "草稿" });
    await draftRow.getByText("东城第一支行").waitFor();
    // Four eyes: the author has no publish button on her own draft.
    await officer.getByRole("button", { name: /发\s*布/ }).waitFor({ state: "detached" });
    await shot(officer, "editor-draft");

    const manager = await signedIn("manager.sb01");
    await manager.getByRole("menuitem", { name: "话术维护" }).click();
    await manager
      .getByRole("row")
      .filter({ hasText: "客户要求见领导" })
      .getByText("1 份草稿待发布")
      .waitFor();
    await manager.getByRole("link", { name: "客户要求见领导" }).click();
    // The manager reads the draft she is about to publish.
    await manager.getByText("待发布的草稿：第 2 版（东城第一支行）").waitFor();
    await manager.getByText(NEW_STEP).last().waitFor();
    await shot(manager, "editor-review");
    await manager
      .getByRole("row")
      .filter({ hasText: "草稿" })
      .getByRole("button", { name: /发\s*布/ })
      .click();
    await manager.getByText("已发布，员工看到的话术已更新").waitFor();
    await manager.getByText("现行版本：第 2 版").waitFor();
    // The editor now starts from the version just published.
    await manager.getByText(NEW_STEP).last().waitFor();
    await shot(manager, "editor-published");

    const teller = await signedIn("teller.ot01");
    await teller.getByRole("menuitem", { name: "话术库" }).click();
    await teller.getByText("客户要求见领导").click();
    await teller.getByText("版本 2").waitFor();
    await teller.getByText(NEW_STEP).waitFor();
    await teller
      .getByLabel("您的回复")
      .fill("让您不满意了，真抱歉。我是这里的柜员，我叫陈晨，这件事我可以处理，请您把情况跟我详细说说。");
    await teller.getByRole("button", { name: "看看反馈" }).click();
    await teller.getByTestId("practice-verdict").getByText("回答得好").waitFor();
    await shot(teller, "practice-new-version");
  });

  it("an officer adds a calming line to a playbook, the manager publishes it; the guidance editor previews its steps", async () => {
    const officer = await signedIn("officer.sb01");
    await officer.getByRole("menuitem", { name: "预案维护" }).click();
    await officer.getByRole("link", { name: "客户现场投诉发生激烈冲突" }).click();
    await officer.getByRole("button", { name: "添加一句" }).click();
    const calming = officer.getByTestId("pb-calming");
    await calming.getByLabel("中文").last().fill(NEW_CALMING.zh);
    await calming.getByLabel("English").last().fill(NEW_CALMING.en);
    // The preview shows the room as it will read, before anything is saved.
    await officer.getByText(NEW_CALMING.zh).last().waitFor();
    await officer.getByRole("button", { name: "保存草稿" }).click();
    await officer.getByText("草稿已保存").waitFor();
    await shot(officer, "playbook-draft");

    const manager = await signedIn("manager.sb01");
    await manager.getByRole("menuitem", { name: "预案维护" }).click();
    await manager.getByRole("link", { name: "客户现场投诉发生激烈冲突" }).click();
    await manager.getByText(NEW_CALMING.zh).last().waitFor();
    await manager
      .getByRole("row")
      .filter({ hasText: "草稿" })
      .getByRole("button", { name: /发\s*布/ })
      .click();
    await manager.getByText("现行版本：第 2 版").waitFor();

    await officer.getByRole("menuitem", { name: "柜面异常指引维护" }).click();
    await officer.getByRole("link", { name: "系统或设备故障" }).click();
    const identify = officer.getByLabel("识别异常 中文");
    await identify.fill(NEW_GUIDANCE);
    await officer.getByText(NEW_GUIDANCE).last().waitFor();
    await shot(officer, "guidance-editor");
  }, 90_000);
});
