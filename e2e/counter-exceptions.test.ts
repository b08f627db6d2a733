import { describe, expect, it } from "vitest";
import { api, browserForFile, hasChromium, PHONE, pick } from "./browser.ts";

describe.skipIf(!hasChromium)("counter exceptions in the browser", () => {
  const { signedIn, shot } = browserForFile("counter-exceptions");
  let exceptionUrl = "";

  it("a teller registers an exception on a phone in a few fields", async () => {
    const page = await signedIn("teller.ot01", PHONE);
    await page.goto("/counter-exceptions/new");
    await pick(page, "异常类型", "交易数据错误");
    await page.getByLabel("异常情况").fill("客户转账金额录入多一个零，复核时发现，交易未提交");
    await page.getByLabel("交易流水号").fill("TX20261123088");
    await page.getByLabel("涉及金额（元）").fill("12500");
    await page.getByLabel("当场采取的措施").fill("暂停交易，请客户稍候，已报告网点负责人");
    await page.getByText("客户信息 ·").click();
    await page.getByLabel("客户姓名").fill("王小明");
    await page.getByLabel("联系电话").fill("13912345678");
    await shot(page, "report-phone");
    await page.getByRole("button", { name: "提交登记" }).click();
    await page.waitForURL(/\/counter-exceptions\/\d+$/);
    await page
      .getByText(/^CEX-\d{8}-\d{4}/)
      .first()
      .waitFor();
    await page.getByText("王** · 139****5678").waitFor();
    expect(await page.getByRole("button", { name: "核实" }).count()).toBe(0);
    exceptionUrl = new URL(page.url()).pathname;
    await shot(page, "detail-teller-phone");
  });

  it("the outlet head verifies and handles it, and the five steps show who did what", async () => {
    const page = await signedIn("head.ot01");
    await page.getByRole("menuitem", { name: "柜面异常" }).click();
    await page.getByText("交易数据错误").first().waitFor();
    await shot(page, "list");
    await page.goto(exceptionUrl);

    await page.getByRole("button", { name: "核实" }).click();
    const verify = page.getByRole("dialog");
    await verify.getByLabel("核实情况").fill("调阅录像与凭证，确系录入错误，未造成资金损失");
    await verify.getByRole("button", { name: "添加部门答复" }).click();
    await verify.getByPlaceholder("部门答复").fill("科技部确认交易未记账");
    await verify.getByRole("button", { name: "确定" }).click();
    await verify.waitFor({ state: "hidden" });

    await page.getByRole("button", { name: "登记处理" }).click();
    const handle = page.getByRole("dialog");
    await handle.getByLabel("更正差错").check();
    await handle.getByLabel("联系客户").check();
    await handle.getByLabel("处理经过").fill("作废错误凭证后按正确金额重新办理，客户当场确认");
    await shot(page, "handle-dialog");
    await handle.getByRole("button", { name: "确定" }).click();
    await handle.waitFor({ state: "hidden" });

    await page.getByText("跟进中").first().waitFor();
    await page.getByRole("button", { name: "跟进" }).waitFor();
    await page.getByText("科技部确认交易未记账").waitFor();
    await shot(page, "detail-handled");

    // The customer complains after all: one dialog registers the complaint and links it.
    await page.getByRole("button", { name: "登记投诉并关联" }).click();
    const complaint = page.getByRole("dialog");
    await complaint.getByLabel("客户姓名").fill("王小明");
    await complaint.getByLabel("客户诉求").fill("要求说明差错原因并书面致歉");
    await pick(page, "业务类别", "01 人民币储蓄", complaint);
    await pick(page, "投诉原因", "01 服务态度及服务质量", complaint);
    await shot(page, "open-complaint");
    await complaint.getByRole("button", { name: "确定" }).click();
    await complaint.waitFor({ state: "hidden" });
    await page
      .getByText(/^CMP-\d{8}-\d{4}$/)
      .first()
      .waitFor();
    // The complaint is among the exception's linked records, and the exception among the complaint's.
    const linked = page.getByTestId("linked-records");
    await linked.getByRole("link", { name: /^CMP-/ }).click();
    await page.getByTestId("linked-records").getByRole("link", { name: /^CEX-/ }).waitFor();
  });

  it("a system failure shows the guidance, the tech-support number and opens its emergency in one click", async () => {
    const page = await signedIn("teller.ot01");
    await page.goto("/counter-exceptions/new");
    await pick(page, "异常类型", "系统或设备故障");
    await page.getByText("马上通知科技支持报修").waitFor();
    await page.getByLabel("异常情况").fill("核心系统无法登录，三个窗口暂停办理");
    await shot(page, "register-guidance");
    await page.getByRole("button", { name: "提交登记" }).click();
    await page.getByText("请立即联系科技支持报修").waitFor();
    await page.getByRole("link", { name: "科技支持电话：010-6000 9000" }).waitFor();
    await page.getByText("定期维护和升级系统设备").waitFor();
    await shot(page, "detail-system-failure");
    await page.getByRole("button", { name: /一键启动应急/ }).click();
    await page.waitForURL(/\/incidents\/\d+$/);
    await page.getByTestId("linked-records").getByRole("link", { name: /^CEX-/ }).waitFor();
    await shot(page, "incident-linked");
  });

  it("a business dispute goes to law and closes with its root cause and prevention measure", async () => {
    const teller = await signedIn("teller.ot01");
    const head = await signedIn("head.ot01");
    const dispute = await api(teller, "POST", "/api/counter-exceptions", {
      type: "business_dispute",
      description: "客户认为提前还款违约金计算有误，要求退还",
    });
    await api(head, "POST", `/api/counter-exceptions/${dispute.id}/verify`, {
      outcome: "confirmed",
      findings: "合同条款与计算一致，客户坚持异议",
    });
    await api(teller, "POST", `/api/counter-exceptions/${dispute.id}/handle`, {
      actions: ["contacted_customer"],
      detail: "已向客户逐项解释计算方法",
      followUpDueAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });

    await head.goto(`/counter-exceptions/${dispute.id}`);
    await head.getByRole("button", { name: "登记法律介入" }).click();
    const legal = head.getByRole("dialog");
    await legal.getByText("法院", { exact: true }).click();
    await legal.getByLabel("律师事务所或法院").fill("东城区人民法院");
    await legal.getByLabel("案号").fill("(2026)京0101民初1234号");
    await legal.getByRole("button", { name: "添加文书" }).click();
    await legal.getByPlaceholder("文书名称").fill("起诉状副本");
    await shot(head, "legal-dialog");
    await legal.getByRole("button", { name: "确定" }).click();
    await legal.waitFor({ state: "hidden" });
    await head.getByText("起诉状副本").waitFor();

    await head.getByRole("button", { name: "跟进" }).click();
    const followUp = head.getByRole("dialog");
    await followUp.getByLabel("跟进情况").fill("法院调解结案，客户撤诉");
    await followUp.getByLabel("根本原因").fill("签约时未逐条解释违约金条款");
    await followUp.getByLabel("预防措施").fill("贷款签约时逐条讲解违约金条款并请客户签字确认");
    await followUp.getByLabel("我确认该问题已彻底解决，客户无异议").check();
    await shot(head, "close-dialog");
    await followUp.getByRole("button", { name: "确定" }).click();
    await followUp.waitFor({ state: "hidden" });
    await head.getByText("贷款签约时逐条讲解违约金条款并请客户签字确认").waitFor();
    await shot(head, "detail-closed-legal");
  });

  it("an on-site complaint conflict offers its complaint, prefilled", async () => {
    const page = await signedIn("lobby.ot01");
    const incident = await api(page, "POST", "/api/incidents", {
      category: "complaint_conflict",
      summary: "客户因转账限额与柜员争吵，要求投诉",
    });
    await page.goto(`/incidents/${incident.id}`);
    await page.getByRole("button", { name: "登记客户投诉（按投诉时限办理）" }).click();
    await page.waitForURL(/\/complaints\/new\?/);
    await page.getByText(`由 ${incident.ref} 转来`).waitFor();
    expect(await page.getByLabel("投诉事由").inputValue()).toBe("客户因转账限额与柜员争吵，要求投诉");
    await shot(page, "complaint-prefilled");
  });

  it("a complaint from 25 people in person opens its group-visit emergency in one click", async () => {
    const page = await signedIn("head.ot01");
    const complaint = await api(page, "POST", "/api/complaints", {
      channel: "营业现场",
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
      summary: "二十五名客户集体到网点投诉理财到期未兑付",
      request: "要求当面说明兑付安排",
      complainant: { name: "客户代表王某" },
      businessCategory: "自营理财",
      cause: "营销方式和手段",
      inPerson: true,
      groupSize: 25,
    });
    await page.goto(`/complaints/${complaint.id}`);
    const offer = page.getByTestId("linked-records").getByRole("button", { name: /一键启动应急/ });
    await offer.waitFor();
    await shot(page, "complaint-offer");
    await offer.click();
    await page.waitForURL(/\/incidents\/\d+$/);
    await page.getByTestId("linked-records").getByRole("link", { name: complaint.ref }).waitFor();
  });

  it("an administrator sees and saves the verification and handling deadlines", async () => {
    const page = await signedIn("admin");
    await page.goto("/counter-exceptions/settings");
    await page.getByText("核实与处理期限").waitFor();
    await shot(page, "settings-deadlines");
    const handle = page.getByLabel("处理（核实后工作日）");
    await expect.poll(() => handle.inputValue()).toBe("2");
    await page.getByRole("button", { name: "保存" }).last().click();
    await page.getByText("已保存").waitFor();
    await shot(page, "settings-deadlines");
  });

  it("the print view renders the register form on an A4 sheet with signature lines", async () => {
    const page = await signedIn("head.ot01", { width: 1000, height: 1400 });
    await page.goto(`${exceptionUrl}/print`);
    await page.getByRole("heading", { name: "柜面异常情况登记表" }).waitFor();
    await page.getByText("核实人（签字）：").waitFor();
    await page.getByText("网点负责人（签字）：").waitFor();
    expect(await page.getByText("王小明").count()).toBe(0);
    await page.getByText("王** · 139****5678").waitFor();
    await shot(page, "print");
    await page.emulateMedia({ media: "print" });
    await shot(page, "print-media");
  });
});
