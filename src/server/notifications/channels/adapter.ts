import type { OutboundMessage } from "../../../domain/notifications/message.ts";

/** One message to one channel: a group robot (no address), a phone number or an e-mail address. */
export interface SendInput {
  message: OutboundMessage;
  address: string | null;
  /** The delivery's key, sent with every attempt, so a receiver can drop a re-send after a crash. */
  idempotencyKey: string;
}

/** Every channel is one function: it resolves when the service accepted the message and throws otherwise. */
export type Send<C> = (config: C, input: SendInput) => Promise<void>;

/** A refusal or failure of the remote service, in words for the administrators' delivery list. */
export class SendError extends Error {}

const TIMEOUT_MS = 10_000;

/** POSTs JSON and answers the parsed answer; a non-2xx status or an unreadable body is a SendError. */
export async function postJson(url: string, body: unknown, idempotencyKey: string): Promise<unknown> {
  const res = await httpRequest(url, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8", "idempotency-key": idempotencyKey },
    body: JSON.stringify(body),
  });
  try {
    return JSON.parse(res.text);
  } catch {
    throw new SendError(`HTTP ${res.status}: not JSON: ${res.text.slice(0, 200)}`);
  }
}

export async function httpRequest(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; text: string }> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new SendError(`request failed: ${(err as Error).cause ?? (err as Error).message}`);
  }
  const text = await res.text();
  if (!res.ok) throw new SendError(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  return { status: res.status, text };
}

/** The robots answer 200 with an error code in the body; anything but code 0 is a refusal. */
export function expectCodeZero(answer: unknown, field: "errcode" | "code"): void {
  const a = answer as Record<string, unknown> | null;
  const code = a?.[field] ?? a?.StatusCode;
  if (code !== 0) throw new SendError(`refused: ${JSON.stringify(answer).slice(0, 200)}`);
}
