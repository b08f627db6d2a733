import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Me } from "../../domain/auth/schema.ts";
import { apiGet, apiSend, isApiError } from "../api/client.ts";

export const meKey = ["me"] as const;

/** The signed-in user, or null when there is no live session (never signed in, signed out, or idle too long). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await apiGet<Me>("/api/me");
      } catch (error) {
        if (isApiError(error, "auth.required")) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      apiSend<Me>("POST", "/api/auth/login", body),
    onSuccess: (me) => {
      // Nothing fetched for an earlier user of this browser may show through to the new one.
      queryClient.removeQueries();
      queryClient.setQueryData(meKey, me);
    },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: () => apiSend("POST", "/api/auth/logout"),
    // A full page load drops every cached record of this user from memory, not only the session cookie.
    onSettled: () => window.location.assign("/login"),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      apiSend("POST", "/api/me/password", body),
  });
}
