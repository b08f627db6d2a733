import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { everythingLive, LIVE_EVENT_TYPES, type LiveEvent, staleQueries } from "./invalidations.ts";

/**
 * Holds the tab's one Server-Sent Events stream (`GET /api/events`) while the user is signed in, and marks
 * stale the queries an event names, so open pages refetch. EventSource reconnects by itself; the "ready"
 * that follows a reconnect refreshes everything, as events may have been missed meanwhile.
 */
export function useLiveEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const source = new EventSource("/api/events", { withCredentials: true });
    let connectedBefore = false;
    const invalidate = (keys: readonly (readonly unknown[])[]) => {
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    };
    const onEvent = (message: MessageEvent<string>) => {
      try {
        invalidate(staleQueries(JSON.parse(message.data) as LiveEvent));
      } catch {
        // A malformed event names nothing to refresh.
      }
    };
    const onReady = () => {
      if (connectedBefore) invalidate(everythingLive());
      connectedBefore = true;
    };
    source.addEventListener("ready", onReady);
    for (const type of LIVE_EVENT_TYPES) source.addEventListener(type, onEvent);
    return () => source.close();
  }, [queryClient]);
}
