import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../../test/app.ts";
import { describeEachEngine } from "../../../../test/engines.ts";
import { complaintBody } from "../test-fixtures.ts";

describeEachEngine("complaints: statistics, exports and the business calendar", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    const lobby = await t.as("lobby.ot01");
    const first = (await lobby.post("/api/complaints", complaintBody())).json();
    await lobby.post("/api/complaints", complaintBody({ channel: "网上银行", cause: "定价收费" }));
    await officer.post(`/api/complaints/${first.id}/decision`, {
      findings: "属实",
      basis: "合同",
      outcome: "upheld",
    });
  });
  afterAll(() => t.close());

  it("counts by the three axes with the on-time rate, for those allowed to see statistics", async () => {
    const res = await officer.get("/api/complaints/stats");
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({
      total: 2,
      open: 1,
      decided: 1,
      onTimeRate: 100,
      breached: 0,
      repeatComplainants: 1,
    });
    expect(s.byChannel.map((b: { key: string; count: number }) => [b.key, b.count])).toEqual([
      ["0101", 1],
      ["010301", 1],
    ]);
    expect(s.byGrade[0]).toMatchObject({ key: "ordinary", label: "普通", count: 2 });
    expect((await (await t.as("lobby.ot01")).get("/api/complaints/stats")).statusCode).toBe(403);
    expect((await (await t.as("head.ot02")).get("/api/complaints/stats")).json().total).toBe(0);
  });

  const workbook = async (client: TestClient) => {
    const res = await client.get("/api/complaints/export.xlsx");
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return book;
  };
  const rowsOf = (sheet: ExcelJS.Worksheet | undefined) =>
    (sheet?.getSheetValues() ?? []).filter(Boolean).map((r) => (r as unknown[]).slice(1));

  it("exports .xlsx by the three axes, by unit and by month, with masked detail, and audits it", async () => {
    const book = await workbook(officer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "按业务办理渠道",
      "按业务类别",
      "按投诉原因",
      "按机构",
      "按月份",
      "投诉明细",
    ]);
    const detail = book.getWorksheet("投诉明细");
    expect(detail?.rowCount).toBe(3);
    expect(String(detail?.getRow(2).getCell(9).value)).toBe("张** 138****5678");
    const month = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(t.clock.now());
    expect(rowsOf(book.getWorksheet("按机构"))).toEqual([
      ["机构", "投诉量", "已办结", "按时办结", "超时"],
      ["人民路网点", 2, 1, 1, 0],
    ]);
    expect(rowsOf(book.getWorksheet("按月份"))).toEqual([
      ["月份（受理）", "投诉量", "已办结", "按时办结", "超时"],
      [month.slice(0, 7), 2, 1, 1, 0],
    ]);
    const audit = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "complaints.export")
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it("exports CSV with a BOM and no personal data in clear", async () => {
    const res = await officer.get("/api/complaints/export.csv");
    expect(res.statusCode).toBe(200);
    expect(res.body.startsWith("\uFEFF编号,")).toBe(true);
    expect(res.body.split("\r\n").filter(Boolean)).toHaveLength(3);
    expect(res.body).not.toContain("张三丰");
  });

  it("writes statuses, channels and categories as labels, in the language of the request", async () => {
    const zh = (await officer.get("/api/complaints/export.csv")).body.split("\r\n").filter(Boolean);
    const status = zh[0].replace("\uFEFF", "").split(",").indexOf("状态");
    expect(
      zh
        .slice(1)
        .map((line) => line.split(",")[status])
        .sort(),
    ).toEqual(["处理中", "已决定"]);
    expect(zh.join("\n")).not.toMatch(/,(open|decided),/);
    expect(zh.join("\n")).toContain("营业现场");
    expect(zh.join("\n")).toContain("定价收费");

    officer.language = "en";
    try {
      const en = (await officer.get("/api/complaints/export.csv")).body.split("\r\n").filter(Boolean);
      expect(en[0]).toContain("Status");
      const at = en[0].replace("\uFEFF", "").split(",").indexOf("Status");
      expect(
        en
          .slice(1)
          .map((line) => line.split(",")[at])
          .sort(),
      ).toEqual(["Decided", "Open"]);
      const book = await workbook(officer);
      expect(book.worksheets.map((w) => w.name)).toContain("By month");
      const detail = book.getWorksheet("Complaints");
      expect(detail?.getRow(1).getCell(8).value).toBe("Status");
      expect(["Open", "Decided"]).toContain(detail?.getRow(2).getCell(8).value);
    } finally {
      officer.language = "zh-CN";
    }
  });

  it("administrators keep the calendar; a holiday is refused to others and a bad date names the field", async () => {
    const admin = await t.as("admin");
    const set = await admin.request("PUT", "/api/calendar/days/2026-10-01", {
      kind: "holiday",
      name: "国庆节",
    });
    expect(set.statusCode, set.body).toBe(200);
    const list = (await officer.get("/api/calendar/days?year=2026")).json().items;
    expect(list.find((d: { date: string }) => d.date === "2026-10-01")).toEqual({
      date: "2026-10-01",
      kind: "holiday",
      name: "国庆节",
      source: "admin",
    });
    expect(
      (await officer.request("PUT", "/api/calendar/days/2026-10-02", { kind: "holiday", name: "x" }))
        .statusCode,
    ).toBe(403);
    const bad = await admin.request("PUT", "/api/calendar/days/2026-02-30", { kind: "holiday", name: "x" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("date");
    expect((await admin.request("DELETE", "/api/calendar/days/2026-10-01")).statusCode).toBe(204);
  });
});
