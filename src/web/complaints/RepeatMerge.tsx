import { Alert, App, Button } from "antd";
import { Link } from "react-router";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Complaint, useComplaintAction } from "./api.ts";

/** A detected repeat (§18¶3): names the open complaint it repeats and, for handlers, merges it there. */
export function RepeatMerge({ complaint: c, canMerge }: { complaint: Complaint; canMerge: boolean }) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const merge = useComplaintAction(c.id);
  const target = c.repeatOf;
  if (!target || c.status !== "open") return null;
  const confirm = () =>
    modal.confirm({
      title: t("cmp.merge", { ref: target.ref }),
      content: t("cmp.mergeConfirm", { ref: target.ref }),
      onOk: () =>
        merge
          .mutateAsync({ path: "merge", body: { intoId: target.id } })
          .then(() => message.success(t("cmp.merged", { ref: target.ref })))
          .catch((e: Error) => message.error(e.message)),
    });
  return (
    <Alert
      type="warning"
      showIcon
      title={
        <>
          {t("cmp.repeatOf", { ref: target.ref })} <Link to={`/complaints/${target.id}`}>{target.ref}</Link>
        </>
      }
      action={
        canMerge && (
          <Button size="small" onClick={confirm} loading={merge.isPending}>
            {t("cmp.merge", { ref: target.ref })}
          </Button>
        )
      }
    />
  );
}
