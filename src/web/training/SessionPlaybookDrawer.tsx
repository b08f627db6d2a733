import { Alert, Drawer, Skeleton, Typography } from "antd";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { PlaybookOutline } from "../knowhow/PlaybookOutline.tsx";
import { useSessionPlaybook } from "./api.ts";

/**
 * A playbook the session links, read-only and in the version the session keeps, for everyone who may open
 * the session (the know-how editor is for those who write playbooks).
 */
export function SessionPlaybookDrawer({
  sessionId,
  versionId,
  onClose,
}: {
  sessionId: number;
  versionId: number | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const playbook = useSessionPlaybook(sessionId, versionId);
  const p = playbook.data;
  return (
    <Drawer
      open={versionId !== undefined}
      onClose={onClose}
      // A phone's screen is narrower than the drawer would be.
      width="min(560px, 100vw)"
      title={p && `${t("training.materialPlaybook")} · ${p.title}`}
    >
      {playbook.isError && <Alert type="error" message={playbook.error.message} />}
      {!p ? (
        !playbook.isError && <Skeleton active />
      ) : (
        <div data-testid="session-playbook">
          <Typography.Paragraph type="secondary">
            {t("training.playbookVersion", { no: p.versionNo })} ·{" "}
            {p.orgUnitName ? t("training.playbookOwn", { unit: p.orgUnitName }) : t("training.playbookBank")}
            <br />
            {t("training.playbookKept")}
          </Typography.Paragraph>
          <PlaybookOutline content={p.content} />
        </div>
      )}
    </Drawer>
  );
}
