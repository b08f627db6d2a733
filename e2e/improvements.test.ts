import { describe, it } from "vitest";
import { api, browserForFile, hasChromium, pick } from "./browser.ts";

describe.skipIf(!hasChromium)("improvements after a review", () => {
  const { signedIn, shot } = browserForFile("improvements");

  it("the head plans a script change from the review, the lobby manager finds it at home and closes it", async () => {
    const lobby = await signedIn("lobby.ot01");
    const head = await signedIn("head.ot01");
    const incident = await api(lobby, "POST", "/api/incidents", {
      category: "queue_machine_failure",
      summary: "叫号机故障，老年客户排队时情绪激动",
    });
    for (const action of ["acknowledge", "respond", "stabilise"])
      await api(head, "POST", `/api/incidents/${incident.id}/transitions`, { action });
    await api(head, "POST", `/api/incidents/${incident.id}/review`, {
      cause: "叫号机主板故障",
      changes: "话术库补上叫号机故障时安抚老年客户的说法",
    });

    await head.goto(`/incidents/${incident.id}`);
    const card = head.getByTestId("improvements-card");
    await card.getByRole("button", { name: "安排改进措施" }).click();
    const dialog = head.getByRole("dialog");
    await dialog.getByLabel("要改什么").fill("话术库补上叫号机故障时安抚老年客户的说法");
    await pick(head, "负责人", "大堂经理 刘洋（人民路网点）", dialog, "刘洋");
    await dialog.getByRole("button", { name: /确\s?定|OK/ }).click();
    await card.getByText("话术库补上叫号机故障时安抚老年客户的说法").waitFor();
    await head.waitForTimeout(500);
    await shot(head, "incident-card");

    await lobby.goto("/");
    const mine = lobby.getByTestId("improvement").filter({ hasText: "叫号机故障" });
    await mine.getByText("进行中").waitFor();
    await shot(lobby, "home");
    await mine.getByRole("button", { name: "完成" }).click();
    const done = lobby.getByRole("dialog");
    await done.getByLabel("改了什么、在哪里").fill("已在话术库“排队时间过长”中补充，并在晨会讲解");
    await done.getByRole("button", { name: /确\s?定|OK/ }).click();
    await mine.waitFor({ state: "detached" });

    await head.goto("/improvements");
    await head.getByRole("switch").first().click();
    await head.getByText("已在话术库“排队时间过长”中补充", { exact: false }).waitFor();
    await head.waitForTimeout(500);
    await shot(head, "page");
  });
});
