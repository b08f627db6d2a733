import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  Channel,
  createChannelBody,
  Delivery,
  Preferences,
} from "../../../domain/notifications/schema.ts";
import { apiGet, apiSend, type QueryParams } from "../../api/client.ts";

const channelsKey = ["notify", "channels"] as const;
const deliveriesKey = ["notify", "deliveries"] as const;

export function useChannels() {
  return useQuery({
    queryKey: channelsKey,
    queryFn: async () => (await apiGet<{ items: Channel[] }>("/api/notify/channels")).items,
  });
}

export function useCreateChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof createChannelBody>) =>
      apiSend<{ id: number }>("POST", "/api/notify/channels", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelsKey }),
  });
}

export function useSetChannelEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: number; enabled: boolean }) =>
      apiSend("PATCH", `/api/notify/channels/${id}`, { enabled }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelsKey }),
  });
}

export function useTestChannel() {
  return useMutation({
    mutationFn: ({ id, address }: { id: number; address?: string }) =>
      apiSend<{ ok: boolean; error: string | null }>("POST", `/api/notify/channels/${id}/test`, { address }),
  });
}

export function useDeliveries(filter: QueryParams) {
  return useQuery({
    queryKey: [...deliveriesKey, filter],
    queryFn: () => apiGet<{ items: Delivery[]; nextCursor: string | null }>("/api/notify/deliveries", filter),
    refetchInterval: 10_000,
  });
}

export function useRetryDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiSend("POST", `/api/notify/deliveries/${id}/retry`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deliveriesKey }),
  });
}

const preferencesKey = ["notify", "preferences"] as const;

export function usePreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: () => apiGet<Preferences>("/api/notify/preferences"),
  });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Preferences) => apiSend<Preferences>("PUT", "/api/notify/preferences", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: preferencesKey }),
  });
}
