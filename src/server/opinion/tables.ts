import type { Generated } from "kysely";
import type {
  CandidateStatus,
  Level,
  Platform,
  Sentiment,
  SourceKind,
  StatementStatus,
  Status,
  WatchKind,
} from "../../domain/opinion/vocabulary.ts";

/** Times are ISO-8601 UTC strings on both engines. */
type Timestamp = string;

export interface OpinionEventTable {
  id: Generated<number>;
  ref: string;
  org_unit_id: number;
  drill: number;
  platform: Platform;
  summary: string;
  url: string | null;
  author: string | null;
  first_seen_at: Timestamp;
  sentiment: Sentiment;
  topics_json: string;
  views: number;
  shares: number;
  comments: number;
  likes: number;
  level: Level;
  /** The rule's reasons ({zh, en} pairs) for the level it gave. */
  level_reasons_json: string;
  /** Set when someone overrode the rule's level, with why. */
  level_override_reason: string | null;
  status: Status;
  spokesperson_id: number | null;
  verify_due_at: Timestamp;
  report_due_at: Timestamp;
  verified_at: Timestamp | null;
  reported_to_branch_at: Timestamp | null;
  verify_escalations: number;
  report_escalations: number;
  review_text: string | null;
  closed_at: Timestamp | null;
  created_by: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OpinionEventUnitTable {
  event_id: number;
  org_unit_id: number;
}

export interface OpinionEventEntryTable {
  id: Generated<number>;
  event_id: number;
  kind: string;
  actor_id: number | null;
  at: Timestamp;
  data_json: string;
}

export interface OpinionScreenshotTable {
  id: Generated<number>;
  event_id: number;
  file_name: string;
  mime: string;
  size: number;
  data: Buffer;
  uploaded_by: number;
  uploaded_at: Timestamp;
}

export interface OpinionStatementTable {
  id: Generated<number>;
  event_id: number;
  version: number;
  text: string;
  status: StatementStatus;
  drafted_by: number;
  drafted_at: Timestamp;
  approved_by: number | null;
  approved_at: Timestamp | null;
  published_by: number | null;
  published_at: Timestamp | null;
  published_where: string | null;
}

export interface OpinionWatchRuleTable {
  id: Generated<number>;
  kind: WatchKind;
  phrase: string;
  org_unit_id: number | null;
  created_by: number | null;
  created_at: Timestamp;
  disabled_at: Timestamp | null;
}

export interface OpinionSourceTable {
  id: Generated<number>;
  kind: SourceKind;
  name: string;
  url: string | null;
  /** SHA-256 of an `api` source's token; the token itself is shown once and never stored. */
  token_hash: string | null;
  interval_minutes: number;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: Timestamp | null;
  last_ok_at: Timestamp | null;
  last_error: string | null;
  failures: number;
  next_poll_at: Timestamp | null;
  created_by: number | null;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface OpinionCandidateTable {
  id: Generated<number>;
  org_unit_id: number;
  /** The local calendar day the group collects mentions for. */
  day: string;
  topic_key: string;
  status: CandidateStatus;
  title: string;
  url: string;
  platform: Platform;
  mention_count: number;
  risk_words_json: string;
  entities_json: string;
  first_at: Timestamp;
  last_at: Timestamp;
  event_id: number | null;
  decided_by: number | null;
  decided_at: Timestamp | null;
  dismiss_reason: string | null;
}

export interface OpinionMentionTable {
  id: Generated<number>;
  source_id: number;
  url: string;
  title: string;
  text: string;
  platform: Platform;
  published_at: Timestamp;
  received_at: Timestamp;
  candidate_id: number | null;
}

/** A post a mention points at, in the canonical form of `domain/opinion/post-links.ts`. */
export interface OpinionMentionLinkTable {
  mention_id: number;
  link: string;
}

export interface OpinionTables {
  opinion_events: OpinionEventTable;
  opinion_event_units: OpinionEventUnitTable;
  opinion_event_entries: OpinionEventEntryTable;
  opinion_screenshots: OpinionScreenshotTable;
  opinion_statements: OpinionStatementTable;
  opinion_watch_rules: OpinionWatchRuleTable;
  opinion_sources: OpinionSourceTable;
  opinion_candidates: OpinionCandidateTable;
  opinion_mentions: OpinionMentionTable;
  opinion_mention_links: OpinionMentionLinkTable;
}
