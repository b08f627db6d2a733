import { useQueryClient } from "@tanstack/react-query";
import { Button, Result, Spin } from "antd";
import { type ReactNode, useEffect, useRef } from "react";
import { Navigate, useLocation } from "react-router";
import { setHorizonDays } from "../../domain/common/plausibility.ts";
import { setTimeZone } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { meKey, useMe } from "./api.ts";
import { ChangePasswordModal } from "./ChangePasswordModal.tsx";
import { CurrentUserContext } from "./current-user.tsx";

export interface LoginState {
  from?: string;
  expired?: boolean;
}

/** Renders its children for a signed-in user and sends everyone else to the sign-in page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const location = useLocation();
  // Losing a user we had means the session ended under us, which the sign-in page then says.
  const hadUser = useRef(false);
  useEffect(() => {
    if (me.data) hadUser.current = true;
  }, [me.data]);

  if (me.isPending) return <Spin fullscreen description={t("common.loading")} />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t("common.loadFailed")}
        subTitle={me.error.message}
        extra={<Button onClick={() => me.refetch()}>{t("common.retry")}</Button>}
      />
    );
  }
  if (!me.data) {
    const state: LoginState = { from: location.pathname + location.search, expired: hadUser.current };
    return <Navigate to="/login" replace state={state} />;
  }
  if (me.data.mustChangePassword) {
    // An administrator reset the password: the server answers nothing else until the user chooses one.
    return <ChangePasswordModal forced onClose={() => queryClient.invalidateQueries({ queryKey: meKey })} />;
  }
  // Set during render, before any page below formats a time; the same value every time, so it is safe.
  setTimeZone(me.data.timeZone);
  setHorizonDays(me.data.recordHorizonDays);
  return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>;
}
