import { describe, it } from "vitest";
import { browserForFile, hasChromium, pick } from "./browser.ts";

describe.skipIf(!hasChromium)(
  "forms refuse impossible input before sending it; the calendar is filled",
  () => {
    const { signedIn, shot } = browserForFile("plausibility");

    it("the complaint form names the emoji-only summary and the ID number with a wrong check digit", async () => {
      const page = await signedIn("lobby.ot01");
      await page.goto("/complaints/new");
      await page.getByLabel("投诉事由").fill("😡😡😡");
      await page.getByText("更多信息（可选）").click();
      await page.getByLabel("证件号码").fill("110101199001061235");
      await page.getByRole("button", { name: "提交登记" }).click();
      await page.getByText("须包含至少一个文字或数字").waitFor();
      await page.getByText("证件号码校验位不正确，请逐位核对").waitFor();
      await shot(page, "complaint-register");
      // A passport number is not held to the resident ID's check digit.
      await pick(page, "证件类型", "护照");
      await page.getByText("证件号码校验位不正确，请逐位核对").waitFor({ state: "detached" });
    });

    it("the calendar page lists the official Spring Festival days, marked as official", async () => {
      const page = await signedIn("admin");
      await page.goto("/calendar");
      await page.getByRole("spinbutton").fill("2026");
      await page.getByRole("row", { name: /2026-02-16.*春节.*法定安排/ }).waitFor();
      await shot(page, "calendar");
    });
  },
);
