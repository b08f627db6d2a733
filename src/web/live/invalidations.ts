import type { QueryKey } from "@tanstack/react-query";

/** What the server says changed: a type such as "incident.updated" and, usually, the record's id. */
export interface LiveEvent {
  type: string;
  id?: number;
}

/**
 * The queries each event type makes stale. Events carry ids, not records: the page refetches through the
 * same permission-checked API. Every event may also carry new inbox items (the server pings the user's
 * topic with the same event), so the bell refreshes on all of them.
 */
const BY_TYPE: Record<string, (event: LiveEvent) => QueryKey[]> = {
  "incident.updated": (e) =>
    e.id === undefined
      ? [["incidents"]]
      : [
          ["incidents", e.id],
          ["incidents", "board"],
          ["incidents", "list"],
          ["incidents", "figures"],
          ["incidents", "drills"],
        ],
  "complaint.updated": () => [["complaints"]],
  "counter_exception.updated": () => [["counter-exceptions"]],
  "notification.new": () => [],
  "notification.read": () => [],
  "warning.updated": () => [["warnings"]],
  "opinion.updated": () => [["opinion"]],
  "opinion.candidates": () => [["opinion"]],
};

export const LIVE_EVENT_TYPES = Object.keys(BY_TYPE);
export const NOTIFICATIONS_KEY = ["notifications"] as const;
/** The watch board shows every kind of record, so any change in the subtree refreshes it. */
const WATCH_KEY = ["watch"] as const;

export function staleQueries(event: LiveEvent): QueryKey[] {
  return [...(BY_TYPE[event.type]?.(event) ?? []), NOTIFICATIONS_KEY, WATCH_KEY];
}

/** After a reconnect events may have been missed: everything a live page shows is refetched. */
export function everythingLive(): QueryKey[] {
  return [
    ["incidents"],
    ["complaints"],
    ["counter-exceptions"],
    ["opinion"],
    NOTIFICATIONS_KEY,
    ["warnings"],
    WATCH_KEY,
  ];
}
