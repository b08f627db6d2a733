import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeServices } from "../../../../test/fake-notify-services.ts";
import type { OutboundMessage } from "../../../domain/notifications/message.ts";
import { sendThrough } from "./index.ts";

const message: OutboundMessage = {
  title: "【演练】Ⅱ级（重大）突发事件",
  lines: ["编号：INC-20261205-0001", "机构：营业部一", "事项：客户突发疾病", "等级：Ⅱ级（重大）"],
  url: "https://bulwark.example.cn/incidents/1",
};
const input = { message, address: null, idempotencyKey: "k-1" };

describe("notification channels against stand-ins that check what the real services check", () => {
  let fake: Awaited<ReturnType<typeof startFakeServices>>;
  beforeAll(async () => {
    fake = await startFakeServices({ dingtalkSecret: "SECabc123", feishuSecret: "fs-secret" });
  });
  afterAll(() => fake.close());
  const last = () => fake.received[fake.received.length - 1];

  it("posts WeCom markdown with the reference, unit, level and link", async () => {
    await sendThrough("wecom", { url: `${fake.base}/wecom/cgi-bin/webhook/send?key=abc` }, input);
    const r = last();
    const content = r.json.markdown.content;
    expect(r.json.msgtype).toBe("markdown");
    expect(content).toContain("INC-20261205-0001");
    expect(content).toContain("营业部一");
    expect(content).toContain("Ⅱ级");
    expect(content).toContain("【演练】");
    expect(content).toContain("(https://bulwark.example.cn/incidents/1)");
    expect(r.headers["idempotency-key"]).toBe("k-1");
  });

  it("signs DingTalk requests so the robot accepts them, and @s the configured mobiles", async () => {
    const config = {
      url: `${fake.base}/dingtalk/robot/send?access_token=t0k`,
      secret: "SECabc123",
      atMobiles: ["13800000001"],
    };
    await sendThrough("dingtalk", config, input);
    const r = last();
    expect(r.service).toBe("dingtalk");
    expect(r.json.at.atMobiles).toEqual(["13800000001"]);
    expect(r.json.markdown.text).toContain("@13800000001");
    // The wrong secret is refused by the robot, and the refusal is an error the dispatcher retries.
    await expect(sendThrough("dingtalk", { ...config, secret: "SECwrong" }, input)).rejects.toThrow(
      /sign not match/,
    );
  });

  it("signs Feishu posts with its own scheme, which DingTalk's would not pass", async () => {
    await sendThrough(
      "feishu",
      { url: `${fake.base}/feishu/open-apis/bot/v2/hook/x`, secret: "fs-secret" },
      input,
    );
    const post = (last().json.content as { post: { zh_cn: { title: string; content: unknown[][] } } }).post;
    expect(post.zh_cn.title).toContain("突发事件");
    expect(post.zh_cn.content.at(-1)).toEqual([{ tag: "a", text: "查看详情", href: message.url }]);
    await expect(
      sendThrough("feishu", { url: `${fake.base}/feishu/open-apis/bot/v2/hook/x`, secret: "other" }, input),
    ).rejects.toThrow(/sign match fail/);
  });

  it("fills the SMS gateway's template, escaped for JSON, and checks its success answer", async () => {
    const config = {
      url: `${fake.base}/sms/send`,
      method: "POST",
      headers: { authorization: "Bearer gw" },
      body: '{"mobile":"{phone}","content":"{text}","requestId":"{key}"}',
      bodyEncoding: "json",
      successMatch: '"code":"OK"',
    };
    await sendThrough("sms", config, { ...input, address: "13900000002" });
    const r = last();
    expect(r.headers.authorization).toBe("Bearer gw");
    expect(r.json).toMatchObject({ mobile: "13900000002", requestId: "k-1" });
    expect(String(r.json.content)).toMatch(
      /^【演练】Ⅱ级.*INC-20261205-0001 营业部一 客户突发疾病.*详情 https:/,
    );
    await expect(
      sendThrough("sms", { ...config, successMatch: '"code":"FAIL"' }, { ...input, address: "13900000002" }),
    ).rejects.toThrow(/gateway refused/);
  });

  it("sends e-mail over SMTP with authentication, plain text and HTML, and the key as Message-ID", async () => {
    const mails: { from: string; to: string[]; data: string; user: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: false,
      disabledCommands: ["STARTTLS"],
      onAuth(auth, _session, cb) {
        if (auth.username === "bot" && auth.password === "pw") cb(null, { user: auth.username });
        else cb(new Error("bad credentials"));
      },
      onData(stream, session, cb) {
        let data = "";
        stream.on("data", (c) => {
          data += c;
        });
        stream.on("end", () => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            data,
            user: String(session.user),
          });
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    try {
      const config = {
        host: "127.0.0.1",
        port,
        secure: false,
        user: "bot",
        password: "pw",
        from: "bulwark@bank.example",
      };
      await sendThrough("email", config, { ...input, address: "head@bank.example" });
      expect(mails).toHaveLength(1);
      expect(mails[0].to).toEqual(["head@bank.example"]);
      expect(mails[0].user).toBe("bot");
      expect(mails[0].data).toContain("Message-ID: <k-1@bulwark>");
      expect(mails[0].data).toContain("text/plain");
      expect(mails[0].data).toContain("text/html");
      await expect(
        sendThrough("email", { ...config, password: "wrong" }, { ...input, address: "head@bank.example" }),
      ).rejects.toThrow(/SMTP/);
    } finally {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
