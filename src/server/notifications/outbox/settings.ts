/**
 * What the outbox needs of the configuration where notices are written: the zone of quiet hours and duty
 * shifts, and the public address links point to (PUBLIC_URL). Set once at start like the record horizon
 * (runtime.ts): notices are written deep inside commands of every feature, which should not each carry them.
 */
export interface OutboxSettings {
  timeZone: string;
  publicUrl: string;
}

let settings: OutboxSettings = { timeZone: "Asia/Shanghai", publicUrl: "http://localhost:3000" };

export function setOutboxSettings(next: OutboxSettings): void {
  settings = next;
}

export const outboxSettings = (): OutboxSettings => settings;
