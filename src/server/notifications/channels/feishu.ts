import { createHmac } from "node:crypto";
import type { FeishuConfig } from "../../../domain/notifications/schema.ts";
import { expectCodeZero, postJson, type Send } from "./adapter.ts";

/**
 * Feishu's signature differs from DingTalk's: "timestamp\nsecret" (seconds) is the HMAC-SHA256 key, the
 * message is empty, and the base64 digest goes in the body beside the timestamp.
 */
export function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac("sha256", `${timestampSeconds}\n${secret}`).update("").digest("base64");
}

/** Feishu custom bot: a rich-text (post) message with a link back. */
export const sendFeishu: Send<FeishuConfig> = async (config, { message, idempotencyKey }) => {
  const timestamp = Math.floor(Date.now() / 1000);
  const body = {
    timestamp: String(timestamp),
    sign: feishuSign(config.secret, timestamp),
    msg_type: "post",
    content: {
      post: {
        zh_cn: {
          title: message.title,
          content: [
            ...message.lines.map((text) => [{ tag: "text", text }]),
            [{ tag: "a", text: "查看详情", href: message.url }],
          ],
        },
      },
    },
  };
  expectCodeZero(await postJson(config.url, body, idempotencyKey), "code");
};
