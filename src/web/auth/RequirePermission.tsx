import { Button, Result } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Action } from "../../domain/auth/permissions.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useCan } from "./current-user.tsx";

/** A page the role may not open shows a 403 instead of an empty screen or a failing request. */
export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const { t } = useI18n();
  const can = useCan();
  if (can(action)) return children;
  return (
    <Result
      status="403"
      title={t("error.forbiddenTitle")}
      subTitle={t("error.forbiddenText")}
      extra={
        <Link to="/">
          <Button type="primary">{t("error.backHome")}</Button>
        </Link>
      }
    />
  );
}
