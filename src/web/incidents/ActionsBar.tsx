import {
  CheckOutlined,
  FileDoneOutlined,
  PlayCircleOutlined,
  RedoOutlined,
  SafetyOutlined,
} from "@ant-design/icons";
import { App, Button, Flex, Tooltip } from "antd";
import type { ReactNode } from "react";
import type { TransitionAction } from "../../domain/incidents/lifecycle.ts";
import type { MessageKey } from "../i18n/dictionaries.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Incident, useTransition } from "./api.ts";
import { useDraft } from "./drafts.ts";
import { ReviewModal } from "./ReviewModal.tsx";
import { SeverityModal } from "./SeverityModal.tsx";

const ACTIONS: Record<TransitionAction, { label: MessageKey; icon: ReactNode }> = {
  acknowledge: { label: "inc.action.acknowledge", icon: <CheckOutlined /> },
  respond: { label: "inc.action.respond", icon: <PlayCircleOutlined /> },
  stabilise: { label: "inc.action.stabilise", icon: <SafetyOutlined /> },
  resume: { label: "inc.action.resume", icon: <RedoOutlined /> },
  close: { label: "inc.action.close", icon: <FileDoneOutlined /> },
};

/**
 * The next steps the server allows this viewer, as big buttons; what else it may do is the server's `may`.
 * Closing needs the follow-up tasks and a review: while the review is missing, the close button opens the
 * review form and closes after it.
 */
export function ActionsBar({ incident }: { incident: Incident }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const transition = useTransition(incident.id);
  // Which form is open outlives the re-layout too, so the text kept for it is shown again.
  const [reviewing, setReviewing] = useDraft(`reviewing:${incident.id}`, false);
  const [changingLevel, setChangingLevel] = useDraft(`changing-level:${incident.id}`, false);
  const run = (action: TransitionAction) =>
    transition.mutate(
      { action },
      {
        onSuccess: () => message.success(t(`inc.action.done.${action}`)),
        onError: (e) => message.error(e.message),
      },
    );

  const mayClose = incident.may.close;
  const followUpLeft =
    incident.playbook.steps.find((s) => s.key === "follow_up")?.tasks.filter((x) => !x.done).length ?? 0;
  const buttons = incident.allowedActions
    .filter((a) => a !== "close")
    .map((action, i) => (
      <Button
        key={action}
        // Going back to responding is never the suggested next step.
        type={i === 0 && action !== "resume" ? "primary" : "default"}
        danger={action === "acknowledge"}
        size="large"
        icon={ACTIONS[action].icon}
        loading={transition.isPending && transition.variables?.action === action}
        onClick={() => run(action)}
      >
        {t(ACTIONS[action].label)}
      </Button>
    ));

  return (
    <Flex wrap gap={8}>
      {buttons}
      {mayClose && incident.allowedActions.includes("close") && (
        <Button size="large" type="primary" icon={ACTIONS.close.icon} onClick={() => run("close")}>
          {t("inc.action.close")}
        </Button>
      )}
      {mayClose && !incident.review && (
        <Button size="large" icon={<FileDoneOutlined />} onClick={() => setReviewing(true)}>
          {t("inc.action.reviewAndClose")}
        </Button>
      )}
      {mayClose && incident.review && followUpLeft > 0 && (
        <Tooltip title={t("inc.action.followUpLeft", { count: followUpLeft })}>
          <Button size="large" disabled icon={ACTIONS.close.icon}>
            {t("inc.action.close")}
          </Button>
        </Tooltip>
      )}
      {incident.may.command && (
        <Button size="large" onClick={() => setChangingLevel(true)}>
          {t("inc.severity.change")}
        </Button>
      )}
      {reviewing && (
        <ReviewModal
          incident={incident}
          followUpLeft={followUpLeft}
          onClose={() => setReviewing(false)}
          onReviewed={() => (followUpLeft === 0 ? run("close") : undefined)}
        />
      )}
      {changingLevel && <SeverityModal incident={incident} onClose={() => setChangingLevel(false)} />}
    </Flex>
  );
}
