import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

describeEachEngine("text the database cannot store is refused at validation", (engine) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.as("admin");
  });
  afterAll(() => t.close());

  const refused = (res: { statusCode: number; json(): { error: { field: string; code: string } } }) => ({
    status: res.statusCode,
    code: res.json().error.code,
    field: res.json().error.field,
  });

  it("a NUL in a query string answers 400 naming the parameter", async () => {
    expect(refused(await admin.get("/api/users?q=a%00b"))).toEqual({
      status: 400,
      code: "invalid",
      field: "q",
    });
  });

  it("a NUL in a path parameter answers 400 naming the parameter", async () => {
    const res = await admin.patch("/api/counter-exceptions/types/x%00y", { labelZh: "新类型" });
    expect(refused(res)).toEqual({ status: 400, code: "invalid", field: "code" });
  });

  it("a NUL or a lone surrogate in a body field answers 400 naming the field, and nothing is written", async () => {
    const lobby = await t.as("lobby.ot01");
    const nul = await lobby.post("/api/complaints", complaintBody({ summary: "收益\u0000低于宣传" }));
    expect(refused(nul)).toEqual({ status: 400, code: "invalid", field: "summary" });
    const surrogate = await lobby.post(
      "/api/complaints",
      complaintBody({ complainant: { name: "张\ud800三", phone: "13812345678" } }),
    );
    expect(refused(surrogate)).toEqual({ status: 400, code: "invalid", field: "complainant.name" });
    lobby.language = "en";
    const english = await lobby.post("/api/complaints", complaintBody({ request: "\udc00" }));
    expect(english.json().error.message).toMatch(/^Field request is invalid: .*cannot be stored/);
    const stored = await t.db.selectFrom("complaints").select("id").execute();
    expect(stored).toEqual([]);
  });

  it("a sign-in with a NUL in the username answers 400 and is audited as a failed sign-in", async () => {
    const res = await t.anonymous().post("/api/auth/login", { username: "admin\u0000", password: "x" });
    expect(refused(res)).toEqual({ status: 400, code: "invalid", field: "username" });
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["actor_username", "after_json", "ip"])
      .where("action", "=", "auth.login_failed")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit.actor_username).toBe("admin\ufffd");
    expect(JSON.parse(audit.after_json ?? "{}")).toEqual({ reason: "invalid_input" });
    expect(audit.ip).toBe("127.0.0.1");
  });
});
