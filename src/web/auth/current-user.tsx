import { createContext, useContext } from "react";
import type { Action } from "../../domain/auth/permissions.ts";
import type { Me } from "../../domain/auth/schema.ts";

export const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user inside the app shell (RequireAuth guarantees there is one). */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error("useCurrentUser outside RequireAuth");
  return me;
}

/** Whether the signed-in user may do `action`; the server sends the list its permission table allows. */
export function useCan(): (action: Action) => boolean {
  const me = useCurrentUser();
  return (action) => me.permissions.includes(action);
}
