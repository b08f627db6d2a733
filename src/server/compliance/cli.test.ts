import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";

describeEachEngine("compliance check from the command line", (engine) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulwark-cli-"));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  /** Runs the real CLI against the test database, as a publishing pipeline would. */
  function cli(text: string, ...args: string[]) {
    const file = path.join(dir, `copy-${Math.random().toString(36).slice(2)}.txt`);
    fs.writeFileSync(file, text);
    const env = {
      ...process.env,
      DATABASE_URL: t.location.databaseUrl ?? "",
      SQLITE_PATH: t.location.sqlitePath,
    };
    try {
      const out = execFileSync(
        process.execPath,
        ["src/server/cli.ts", "compliance", "check", file, ...args],
        {
          env,
          stdio: "pipe",
        },
      );
      return { code: 0, out: out.toString() };
    } catch (err) {
      const e = err as { status: number; stdout: Buffer };
      return { code: e.status, out: e.stdout.toString() };
    }
  }

  it("exits 1 and names line, column, rule and suggestion when the copy has errors", () => {
    const { code, out } = cli("新品上市\n本产品保本保息，欢迎选购", "--type", "deposit");
    expect(code).toBe(1);
    expect(out).toContain(":2:4 “保本保息” error [mkt.guaranteed_principal]");
    expect(out).toContain("→ ");
  });

  it("exits 0 for clean copy, and reports missing disclosures by material type", () => {
    expect(cli("本行推出新版手机银行，转账更便捷。", "--type", "general").code).toBe(0);
    const wealth = cli("稳健型理财新品发售。", "--type", "wealth_product", "--json");
    expect(wealth.code).toBe(1);
    const report = JSON.parse(wealth.out);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      "disc.wealth_risk_warning",
      "disc.two_tell",
    ]);
  });

  it("checks a staff reply, and answers 2 to bad usage", () => {
    expect(cli("规定就是规定", "--kind", "service_reply").code).toBe(0); // a warning does not fail the build
    expect(cli("你去投诉吧", "--kind", "service_reply").code).toBe(1);
    expect(cli("x", "--kind", "poster").code).toBe(2);
  });
});
