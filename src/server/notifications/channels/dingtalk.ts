import { createHmac } from "node:crypto";
import type { DingtalkConfig } from "../../../domain/notifications/schema.ts";
import { expectCodeZero, postJson, type Send } from "./adapter.ts";

/**
 * DingTalk's signed request: HMAC-SHA256 keyed with the secret over "timestamp\nsecret" (milliseconds),
 * base64, sent URL-encoded in `sign` beside `timestamp`. The robot refuses a timestamp more than an hour
 * off its own clock, so this is the machine's clock, not the business clock.
 */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac("sha256", secret).update(`${timestampMs}\n${secret}`).digest("base64");
}

/** DingTalk custom robot: markdown, with the configured mobiles @-ed (they must also appear in the text). */
export const sendDingtalk: Send<DingtalkConfig> = async (config, { message, idempotencyKey }) => {
  const timestamp = Date.now();
  const url = new URL(config.url);
  url.searchParams.set("timestamp", String(timestamp));
  url.searchParams.set("sign", dingtalkSign(config.secret, timestamp));
  const mobiles = config.atMobiles ?? [];
  const text = [
    `#### ${message.title}`,
    ...message.lines.map((l) => `- ${l}`),
    `[查看详情](${message.url})`,
    ...(mobiles.length ? [mobiles.map((m) => `@${m}`).join(" ")] : []),
  ].join("\n");
  const answer = await postJson(
    url.toString(),
    {
      msgtype: "markdown",
      markdown: { title: message.title, text },
      at: { atMobiles: mobiles, isAtAll: false },
    },
    idempotencyKey,
  );
  expectCodeZero(answer, "errcode");
};
