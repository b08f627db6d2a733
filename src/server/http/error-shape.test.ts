import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../../test/app.ts";
import { describeEachEngine } from "../../../test/engines.ts";
import { complaintBody } from "../complaints/test-fixtures.ts";

interface ErrorAnswer {
  statusCode: number;
  json(): { error: { code: string; message: string; field?: string; fields?: unknown[] } };
}

describeEachEngine("one error shape, in the caller's language", (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let lobby: TestClient;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.as("admin");
    lobby = await t.as("lobby.ot01");
  });
  afterAll(() => t.close());

  /** Status, code and message of an answer, which must be exactly {error: {code, message, field?...}}. */
  const shapeOf = (res: ErrorAnswer) => {
    const body = res.json();
    expect(Object.keys(body)).toEqual(["error"]);
    expect(typeof body.error.message).toBe("string");
    return { status: res.statusCode, code: body.error.code, message: body.error.message };
  };

  const raw = (opts: {
    method?: "GET" | "POST" | "DELETE";
    url: string;
    headers?: Record<string, string>;
    payload?: string;
  }) =>
    t.app.inject({
      method: opts.method ?? "GET",
      url: opts.url,
      headers: { "accept-language": "zh-CN", ...opts.headers },
      payload: opts.payload,
    });

  it("a URL with bad percent-encoding", async () => {
    expect(shapeOf(await raw({ url: "/api/complaints/%E0%A4%A" }))).toEqual({
      status: 400,
      code: "bad_url",
      message: "请求地址无效",
    });
  });

  it("an over-long path parameter", async () => {
    const res = await admin.get(`/api/cases/${"1".repeat(300)}`);
    expect(shapeOf(res)).toEqual({ status: 414, code: "uri_too_long", message: "请求地址过长" });
  });

  it("an event stream asked for without Accept: text/event-stream", async () => {
    const res = await raw({ url: "/api/events", headers: { accept: "application/json" } });
    expect(shapeOf(res)).toEqual({
      status: 406,
      code: "not_acceptable",
      message: "无法以请求的格式（Accept）答复",
    });
  });

  it("a method the path does not take", async () => {
    const res = await admin.request("DELETE", "/api/me");
    expect(shapeOf(res)).toEqual({
      status: 405,
      code: "method_not_allowed",
      message: "接口不支持此请求方法",
    });
    expect(res.headers.allow).toBe("GET");
  });

  it("a body that is not JSON, a wrong content type, an empty body and a too large one", async () => {
    const notJson = await lobby.request("POST", "/api/complaints", "{not json");
    expect(shapeOf(notJson)).toEqual({
      status: 400,
      code: "invalid_json",
      message: "请求内容不是有效的 JSON",
    });
    expect(notJson.json().error.field).toBe("body");
    const xml = await lobby.request("POST", "/api/complaints", "<complaint/>", "application/xml");
    expect(shapeOf(xml)).toEqual({
      status: 415,
      code: "unsupported_media_type",
      message: "不支持的请求内容类型，请以 JSON 提交",
    });
    const empty = await lobby.request("POST", "/api/complaints", "");
    expect(shapeOf(empty)).toMatchObject({ status: 400, code: "invalid_json" });
    lobby.language = "en";
    const huge = await lobby.request(
      "POST",
      "/api/complaints",
      JSON.stringify({ summary: "x".repeat(2 << 20) }),
    );
    expect(shapeOf(huge)).toEqual({
      status: 413,
      code: "body_too_large",
      message: "The request body is too large",
    });
    const english = await lobby.request("POST", "/api/complaints", "{not json");
    expect(english.json().error.message).toBe("The request body is not valid JSON");
    lobby.language = "zh-CN";
  });

  it("validation lists every invalid field, with the type received and lengths in characters", async () => {
    const res = await lobby.post(
      "/api/complaints",
      complaintBody({ summary: 42, request: "x".repeat(5000), channel: ["营业现场"] }),
    );
    const body = res.json().error;
    expect(res.statusCode).toBe(400);
    expect(body.code).toBe("invalid");
    const fields = Object.fromEntries(
      body.fields.map((f: { field: string; message: string }) => [f.field, f.message]),
    );
    expect(fields.summary).toBe("期望文本，收到数字");
    expect(fields.request).toMatch(/^最多 \d+ 个字符$/);
    expect(fields.channel).toBe("期望文本，收到列表");
    expect(body.field).toBe(body.fields[0].field);
    expect(body.message).toBe(`字段 ${body.field} 无效：${body.fields[0].message}`);
    lobby.language = "en";
    const english = (
      await lobby.post("/api/complaints", complaintBody({ summary: 42, request: undefined }))
    ).json().error;
    const en = Object.fromEntries(
      english.fields.map((f: { field: string; message: string }) => [f.field, f.message]),
    );
    expect(en).toMatchObject({ summary: "expected text, received a number", request: "is required" });
    lobby.language = "zh-CN";
  });

  it("a path id that is not a number says so, not that a number was received", async () => {
    const res = await lobby.get("/api/complaints/abc");
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      field: "id",
      fields: [{ field: "id", message: "期望数字，收到非数字" }],
    });
  });
});
