import { useQuery } from "@tanstack/react-query";
import type { WatchBoard } from "../../domain/watch/schema.ts";
import { apiGet } from "../api/client.ts";

export type { WatchBoard };

/**
 * The board of the caller's unit, or of a unit below it; refetched on every live change in the subtree
 * (live/invalidations.ts makes every ["watch", …] query stale).
 */
export function useWatchBoard(orgUnitId?: number) {
  return useQuery({
    queryKey: ["watch", orgUnitId ?? "own"],
    queryFn: () => apiGet<WatchBoard>("/api/watch", orgUnitId ? { orgUnitId } : undefined),
  });
}
