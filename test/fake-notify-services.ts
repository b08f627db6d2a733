import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  service: "wecom" | "dingtalk" | "feishu" | "sms";
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body parsed, {} when it was not JSON; tests read into it freely. */
  // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever shape the sender posted
  json: Record<string, any>;
}

/**
 * Stand-ins for the WeCom, DingTalk and Feishu robots and an SMS gateway on one local port, checking what
 * the real services check: WeCom's markdown body, DingTalk's signed query (HMAC-SHA256 of
 * "timestamp\nsecret" keyed with the secret, within an hour), Feishu's signature (HMAC-SHA256 keyed with
 * "timestamp\nsecret" over nothing) and message shape. A refusal answers as the service does: 200 with an
 * error code. `setFailRate` makes that share of requests fail with a 502 first, as a flaky proxy would.
 */
export async function startFakeServices(opts: { dingtalkSecret: string; feishuSecret: string }) {
  const received: Received[] = [];
  const refused: { service: string; reason: string }[] = [];
  const failRates = new Map<string, number>();
  /** Every request that arrived, answered or not, per service: what a rate limit is measured on. */
  const requests = new Map<string, number>();
  let random = mulberry32(7);
  let hold: ((req: Received) => boolean) | null = null;

  const answer = (service: Received["service"], r: Received): Record<string, unknown> => {
    const body = r.json;
    const refuse = (reason: string, code: Record<string, unknown>) => {
      refused.push({ service, reason });
      return code;
    };
    if (service === "wecom") {
      const md = body.markdown as { content?: unknown } | undefined;
      if (!r.url.searchParams.get("key"))
        return refuse("no key", { errcode: 93000, errmsg: "invalid webhook url" });
      if (body.msgtype !== "markdown" || typeof md?.content !== "string" || !md.content)
        return refuse("body", { errcode: 40008, errmsg: "invalid message type" });
      if (Buffer.byteLength(md.content) > 4096)
        return refuse("length", { errcode: 40058, errmsg: "too long" });
      return { errcode: 0, errmsg: "ok" };
    }
    if (service === "dingtalk") {
      const ts = r.url.searchParams.get("timestamp") ?? "";
      const sign = r.url.searchParams.get("sign") ?? "";
      const expected = createHmac("sha256", opts.dingtalkSecret)
        .update(`${ts}\n${opts.dingtalkSecret}`)
        .digest("base64");
      if (!r.url.searchParams.get("access_token"))
        return refuse("token", { errcode: 300001, errmsg: "token is not exist" });
      if (Math.abs(Date.now() - Number(ts)) > 3_600_000 || sign !== expected)
        return refuse("sign", { errcode: 310000, errmsg: "sign not match" });
      const md = body.markdown as { title?: unknown; text?: unknown } | undefined;
      if (body.msgtype !== "markdown" || typeof md?.title !== "string" || typeof md.text !== "string")
        return refuse("body", { errcode: 40035, errmsg: "缺少参数 json" });
      return { errcode: 0, errmsg: "ok" };
    }
    if (service === "feishu") {
      const ts = String(body.timestamp ?? "");
      const expected = createHmac("sha256", `${ts}\n${opts.feishuSecret}`).update("").digest("base64");
      if (Math.abs(Date.now() / 1000 - Number(ts)) > 3600 || body.sign !== expected)
        return refuse("sign", {
          code: 19021,
          msg: "sign match fail or timestamp is not within one hour from current time",
        });
      const post = (body.content as { post?: { zh_cn?: { title?: unknown; content?: unknown } } } | undefined)
        ?.post;
      if (
        body.msg_type !== "post" ||
        typeof post?.zh_cn?.title !== "string" ||
        !Array.isArray(post.zh_cn.content)
      )
        return refuse("body", { code: 9499, msg: "Bad Request" });
      return { code: 0, msg: "success", data: {} };
    }
    return { code: "OK", message: "sent" };
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const service = url.pathname.split("/")[1] as Received["service"];
      const body = Buffer.concat(chunks).toString("utf8");
      let json: Received["json"] = {};
      try {
        json = JSON.parse(body);
      } catch {}
      const r: Received = { service, url, headers: req.headers, body, json };
      requests.set(service, (requests.get(service) ?? 0) + 1);
      if (hold?.(r)) {
        received.push(r); // taken in but never answered: the sender dies while it waits
        return;
      }
      if (random() < (failRates.get(service) ?? 0)) {
        res.writeHead(502).end("bad gateway");
        return;
      }
      received.push(r);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer(service, r)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    received,
    refused,
    requests,
    setFailRate(service: Received["service"], rate: number, seed = 7) {
      failRates.set(service, rate);
      random = mulberry32(seed);
    },
    holdWhen(predicate: ((r: Received) => boolean) | null) {
      hold = predicate;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A seeded generator, so a failing run can be repeated. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
