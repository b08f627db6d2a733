import type { MessageKey } from "./messages.ts";

/**
 * Why a state change is refused, in the terms of the HTTP answer: 400 for input the state makes invalid (a
 * due time already past), 403 for who asks, 404 for what does not exist, 409 for a state that forbids it.
 * `field` names the input at fault; `params` fill the message's placeholders.
 */
export interface Refusal {
  status: 400 | 403 | 404 | 409;
  key: MessageKey;
  field?: string;
  params?: Record<string, string>;
}

/** What every domain state machine answers: the state the change leads to, or why it may not happen. */
export type Transition<S> = { ok: true; next: S } | { ok: false; refusal: Refusal };

export const lead = <S>(next: S): Transition<S> => ({ ok: true, next });

export const refuse = (
  status: Refusal["status"],
  key: MessageKey,
  field?: string,
  params?: Record<string, string>,
): { ok: false; refusal: Refusal } => ({
  ok: false,
  refusal: { status, key, ...(field && { field }), ...(params && { params }) },
});
