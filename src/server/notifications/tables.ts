import type { Generated } from "kysely";
import type { DeliveryStatus } from "../../domain/notifications/vocabulary.ts";

/** A group robot, SMS gateway or SMTP server configured for a unit (and, for SMS and e-mail, its subtree). */
export interface NotifyChannelTable {
  id: Generated<number>;
  kind: string;
  org_unit_id: number;
  name: string;
  config_sealed: string;
  config_masked_json: string;
  notice_kinds_json: string | null;
  rate_per_minute: number;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One notice to one channel and recipient: the outbox row the dispatcher sends, retries and records. */
export interface NotifyDeliveryTable {
  id: Generated<number>;
  idempotency_key: string;
  channel_id: number;
  org_unit_id: number;
  org_path: string;
  notice_kind: string;
  recipient_user_id: number | null;
  address: string | null;
  message_json: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

/** Every request made for a delivery; their times are what a robot's rate limit is counted on. */
export interface NotifyAttemptTable {
  id: Generated<number>;
  delivery_id: number;
  channel_id: number;
  at: string;
  /** null while the request is under way (or the process died during it), then "sent" or "failed". */
  outcome: string | null;
  error: string | null;
}

export interface NotifyPreferenceTable {
  user_id: number;
  kinds_json: string;
  quiet_start: string | null;
  quiet_end: string | null;
  updated_at: string;
}

export interface NotifyTables {
  notify_channels: NotifyChannelTable;
  notify_deliveries: NotifyDeliveryTable;
  notify_attempts: NotifyAttemptTable;
  notify_preferences: NotifyPreferenceTable;
}
