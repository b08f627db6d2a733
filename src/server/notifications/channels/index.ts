import { CHANNEL_CONFIGS } from "../../../domain/notifications/schema.ts";
import type { ChannelKind } from "../../../domain/notifications/vocabulary.ts";
import type { SendInput } from "./adapter.ts";
import { sendDingtalk } from "./dingtalk.ts";
import { sendEmail } from "./email.ts";
import { sendFeishu } from "./feishu.ts";
import { sendSms } from "./sms.ts";
import { sendWecom } from "./wecom.ts";

/** Sends through a channel of any kind; the stored configuration is checked against its kind again. */
export function sendThrough(kind: ChannelKind, config: unknown, input: SendInput): Promise<void> {
  switch (kind) {
    case "wecom":
      return sendWecom(CHANNEL_CONFIGS.wecom.parse(config), input);
    case "dingtalk":
      return sendDingtalk(CHANNEL_CONFIGS.dingtalk.parse(config), input);
    case "feishu":
      return sendFeishu(CHANNEL_CONFIGS.feishu.parse(config), input);
    case "sms":
      return sendSms(CHANNEL_CONFIGS.sms.parse(config), input);
    case "email":
      return sendEmail(CHANNEL_CONFIGS.email.parse(config), input);
  }
}
