import type { ChannelKind } from "../../../domain/notifications/vocabulary.ts";
import { encryptionOn, seal, unseal } from "../../personal-data/vault.ts";

const MASK = "******";

/** An address with its tokens hidden: every query value, and a long last path segment (Feishu's hook id). */
function maskUrl(raw: string): string {
  const url = new URL(raw);
  for (const key of [...url.searchParams.keys()]) url.searchParams.set(key, MASK);
  const segments = url.pathname.split("/");
  if ((segments.at(-1) ?? "").length >= 16) segments[segments.length - 1] = MASK;
  url.pathname = segments.join("/");
  return decodeURI(url.toString());
}

/** The configuration as administrators see it again after saving: enough to recognise, no secret. */
export function maskConfig(kind: ChannelKind, config: Record<string, unknown>): Record<string, unknown> {
  const masked: Record<string, unknown> = { ...config, url: config.url && maskUrl(String(config.url)) };
  if (!config.url) delete masked.url;
  if (kind === "dingtalk" || kind === "feishu") masked.secret = MASK;
  if (kind === "sms")
    masked.headers = Object.fromEntries(Object.keys(config.headers as object).map((k) => [k, MASK]));
  if (kind === "email" && config.password) masked.password = MASK;
  return masked;
}

/** Channel settings hold webhook keys and passwords: sealed with the personal-data key, never stored plain. */
export const canSeal = encryptionOn;
export const sealConfig = (config: unknown) => seal(JSON.stringify(config));
export const openConfig = (sealed: string): unknown => JSON.parse(unseal(sealed));
