import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiGet, apiSend } from "../api/client.ts";
import { NOTIFICATIONS_KEY } from "../live/invalidations.ts";

export interface Notice {
  id: number;
  text: string;
  link: string | null;
  createdAt: string;
  read: boolean;
}

/** The latest notices and the unread count; the live stream marks it stale when something arrives. */
export function useInbox() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, "latest"],
    queryFn: () =>
      apiGet<{ items: Notice[]; nextCursor: string | null; unread: number }>("/api/notifications", {
        limit: 8,
      }),
  });
}

function useInboxChange<V>(send: (variables: V) => Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export const useMarkRead = () =>
  useInboxChange((id: number) => apiSend("POST", `/api/notifications/${id}/read`));
export const useMarkAllRead = () => useInboxChange(() => apiSend("POST", "/api/notifications/read-all"));
