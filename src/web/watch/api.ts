import { useQuery } from "@tanstack/react-query";
import type { WatchBoard } from "../../domain/watch/schema.ts";
import { apiGet } from "../api/client.ts";

export type { WatchBoard };

/** The board; refetched on every live change in the subtree (live/invalidations.ts). */
export function useWatchBoard() {
  return useQuery({ queryKey: ["watch"], queryFn: () => apiGet<WatchBoard>("/api/watch") });
}
