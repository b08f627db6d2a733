import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Role } from "../../domain/auth/roles.ts";
import type { User } from "../../domain/users/schema.ts";
import { apiSend } from "../api/client.ts";
import { useKeysetList } from "../api/keyset.ts";

export interface UserFilter {
  q?: string;
  role?: Role;
  orgUnitId?: number;
}

export interface NewUser {
  username: string;
  displayName: string;
  mobilePhone?: string;
  email?: string;
  role: Role;
  orgUnitId: number;
  password: string;
}

export interface UserChange {
  displayName?: string;
  mobilePhone?: string | null;
  email?: string | null;
  role?: Role;
  orgUnitId?: number;
  disabled?: boolean;
}

const usersKey = ["users"] as const;
const PAGE_SIZE = 50;

/** Users of the caller's subtree matching `filter`, a page at a time ("load more"). */
export function useUsers(filter: UserFilter) {
  return useKeysetList<User>([...usersKey, filter], "/api/users", filter, PAGE_SIZE, { keepPrevious: false });
}

function useUserMutation<V, R>(send: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export const useCreateUser = () =>
  useUserMutation((user: NewUser) => apiSend<User>("POST", "/api/users", user));

export const useUpdateUser = () =>
  useUserMutation(({ id, ...change }: UserChange & { id: number }) =>
    apiSend<User>("PATCH", `/api/users/${id}`, change),
  );

/** Sets a new password, which also lifts a lock-out (so the list's status changes too). */
export const useResetPassword = () =>
  useUserMutation(({ id, password }: { id: number; password: string }) =>
    apiSend("POST", `/api/users/${id}/password`, { password }),
  );
