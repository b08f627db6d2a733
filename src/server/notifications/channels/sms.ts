import { smsText } from "../../../domain/notifications/message.ts";
import type { SmsConfig } from "../../../domain/notifications/schema.ts";
import { httpRequest, type Send, SendError } from "./adapter.ts";

const ESCAPES: Record<SmsConfig["bodyEncoding"], (v: string) => string> = {
  json: (v) => JSON.stringify(v).slice(1, -1),
  form: encodeURIComponent,
  none: (v) => v,
};

const fill = (template: string, values: Record<string, string>, encode: (v: string) => string) =>
  template.replace(/\{(phone|text|key)\}/g, (_, name: string) => encode(values[name]));

/** SMS through the bank's own HTTP gateway, as its configuration describes the request and the success. */
export const sendSms: Send<SmsConfig> = async (config, { message, address, idempotencyKey }) => {
  if (!address) throw new SendError("no mobile number");
  const values = { phone: address, text: smsText(message), key: idempotencyKey };
  const res = await httpRequest(fill(config.url, values, encodeURIComponent), {
    method: config.method,
    headers: { "idempotency-key": idempotencyKey, ...config.headers },
    ...(config.method !== "GET" && { body: fill(config.body, values, ESCAPES[config.bodyEncoding]) }),
  });
  if (config.successMatch && !new RegExp(config.successMatch).test(res.text))
    throw new SendError(`gateway refused: ${res.text.slice(0, 200)}`);
};
