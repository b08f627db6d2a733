import { Tag } from "antd";
import type { User } from "../../domain/users/schema.ts";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";

/** Disabled wins over locked: a disabled account cannot sign in whether or not its lock has run out. */
export function UserStatusTag({ user }: { user: Pick<User, "disabled" | "lockedUntil"> }) {
  const { t } = useI18n();
  if (user.disabled) return <Tag color="default">{t("users.status.disabled")}</Tag>;
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
    return <Tag color="orange">{t("users.status.locked", { time: formatTime(user.lockedUntil) })}</Tag>;
  }
  return <Tag color="green">{t("users.status.active")}</Tag>;
}
