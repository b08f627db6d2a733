import { z } from "zod";
import { pageQuery } from "../common/page.ts";
import { staffEmail } from "../users/schema.ts";
import { CHANNEL_KINDS, DELIVERY_STATUSES, NOTICE_KINDS } from "./vocabulary.ts";

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), "须为 http(s) 地址");

/** WeCom: the robot's webhook address with its key (a bank's proxy may stand in for qyapi.weixin.qq.com). */
export const wecomConfig = z.object({ url: httpUrl }).strict();
/** DingTalk: the webhook with its access token, the signing secret (SEC…), and mobiles to @ in the group. */
export const dingtalkConfig = z
  .object({
    url: httpUrl,
    secret: z.string().trim().min(1).max(200),
    atMobiles: z
      .array(z.string().regex(/^\+?\d{6,15}$/))
      .max(20)
      .optional(),
  })
  .strict();
/** Feishu: the webhook of the custom bot and its signature secret. */
export const feishuConfig = z.object({ url: httpUrl, secret: z.string().trim().min(1).max(200) }).strict();
/**
 * An HTTP SMS gateway as the bank's platform defines it: {phone}, {text} and {key} (the idempotency key)
 * are replaced in the URL (URL-encoded) and in the body (escaped as `bodyEncoding` says); a 2xx answer whose
 * body matches `successMatch` (a regular expression) is a success.
 */
export const smsConfig = z
  .object({
    url: httpUrl,
    method: z.enum(["POST", "PUT", "GET"]).default("POST"),
    headers: z.record(z.string().max(100), z.string().max(2000)).default({}),
    body: z.string().max(4000).default(""),
    bodyEncoding: z.enum(["json", "form", "none"]).default("json"),
    successMatch: z
      .string()
      .max(500)
      .refine((s) => {
        try {
          new RegExp(s);
          return true;
        } catch {
          return false;
        }
      }, "须为正则表达式")
      .default(""),
  })
  .strict();
/** SMTP: nodemailer's transport settings and the sender. */
export const emailConfig = z
  .object({
    host: z.string().trim().min(1).max(255),
    port: z.number().int().min(1).max(65535),
    secure: z.boolean().default(false),
    user: z.string().max(200).optional(),
    password: z.string().max(200).optional(),
    from: z.string().trim().min(3).max(200),
  })
  .strict();

export type WecomConfig = z.infer<typeof wecomConfig>;
export type DingtalkConfig = z.infer<typeof dingtalkConfig>;
export type FeishuConfig = z.infer<typeof feishuConfig>;
export type SmsConfig = z.infer<typeof smsConfig>;
export type EmailConfig = z.infer<typeof emailConfig>;

export const CHANNEL_CONFIGS = {
  wecom: wecomConfig,
  dingtalk: dingtalkConfig,
  feishu: feishuConfig,
  sms: smsConfig,
  email: emailConfig,
} as const;

const noticeKinds = z.array(z.enum(NOTICE_KINDS)).max(NOTICE_KINDS.length);

/** `config` is checked against its kind's schema by the command, so the error names config.<field>. */
export const createChannelBody = z.object({
  kind: z.enum(CHANNEL_KINDS),
  orgUnitId: z.number().int().positive(),
  name: z.string().trim().min(1).max(60),
  config: z.record(z.string(), z.unknown()),
  noticeKinds: noticeKinds.optional(),
  ratePerMinute: z.number().int().min(1).max(10_000).optional(),
});
/** A new `config` replaces the old one whole, secrets included (they are never sent back to be kept). */
export const updateChannelBody = z.object({
  name: z.string().trim().min(1).max(60).optional(),
  config: z.record(z.string(), z.unknown()).optional(),
  noticeKinds: noticeKinds.nullable().optional(),
  ratePerMinute: z.number().int().min(1).max(10_000).optional(),
  enabled: z.boolean().optional(),
});

export const channel = z.object({
  id: z.number(),
  kind: z.enum(CHANNEL_KINDS),
  orgUnitId: z.number(),
  orgUnitName: z.string(),
  name: z.string(),
  /** The configuration with every secret masked. */
  config: z.record(z.string(), z.unknown()),
  noticeKinds: z.array(z.enum(NOTICE_KINDS)).nullable(),
  ratePerMinute: z.number(),
  enabled: z.boolean(),
  updatedAt: z.string(),
});
export type Channel = z.infer<typeof channel>;

export const deliveryQuery = pageQuery.extend({
  channelKind: z.enum(CHANNEL_KINDS).optional(),
  status: z.enum(DELIVERY_STATUSES).optional(),
  orgUnitId: z.coerce.number().int().positive().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

export const delivery = z.object({
  id: z.number(),
  idempotencyKey: z.string(),
  channelId: z.number(),
  channelKind: z.enum(CHANNEL_KINDS),
  channelName: z.string(),
  orgUnitName: z.string(),
  noticeKind: z.enum(NOTICE_KINDS),
  recipient: z.string().nullable(),
  title: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  attemptLog: z.array(
    z.object({ at: z.string(), outcome: z.string().nullable(), error: z.string().nullable() }),
  ),
});
export type Delivery = z.infer<typeof delivery>;

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "roster.time_format");
/** What one user wants outside the app; level Ⅰ–Ⅱ incidents and escalations ignore the quiet hours. */
export const preferences = z.object({
  email: staffEmail.nullable(),
  sms: z.array(z.enum(NOTICE_KINDS)),
  emailKinds: z.array(z.enum(NOTICE_KINDS)),
  quietStart: clock.nullable(),
  quietEnd: clock.nullable(),
});
export type Preferences = z.infer<typeof preferences>;
