import type { WecomConfig } from "../../../domain/notifications/schema.ts";
import { expectCodeZero, postJson, type Send } from "./adapter.ts";

/** WeCom takes at most 4096 bytes of markdown content. */
const MAX_BYTES = 4096;

/** WeCom group robot: a markdown message to the webhook (…/cgi-bin/webhook/send?key=…). */
export const sendWecom: Send<WecomConfig> = async (config, { message, idempotencyKey }) => {
  let content = [
    `**${message.title}**`,
    ...message.lines.map((l) => `> ${l}`),
    `[查看详情](${message.url})`,
  ].join("\n");
  while (Buffer.byteLength(content) > MAX_BYTES) content = content.slice(0, -10);
  const answer = await postJson(config.url, { msgtype: "markdown", markdown: { content } }, idempotencyKey);
  expectCodeZero(answer, "errcode");
};
