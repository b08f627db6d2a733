import { Grid, Steps } from "antd";
import { STEPS, VERIFY_OUTCOME_LABELS } from "../../domain/counter-exceptions/vocabulary.ts";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { Detail } from "./api.ts";

type StepStatus = "wait" | "process" | "finish" | "error";

/** The five steps of the procedure as a timeline: who did each and when, and which one is next. */
export function ProcedureSteps({ exception: e }: { exception: Detail }) {
  const { t, locale } = useI18n();
  const wide = Grid.useBreakpoint().lg === true;
  const by = (name: string, at: string) => t("cex.step.by", { name, time: formatTime(at) });
  const rejected = e.status === "rejected";

  // Identifying and reporting happen together at the counter: one names who, the other when it was recorded.
  const state: Record<(typeof STEPS)[number], { status: StepStatus; content: string }> = {
    identify: { status: "finish", content: e.reportedBy.name },
    report: { status: "finish", content: formatTime(e.reportedAt) },
    verify: e.verification
      ? {
          status: rejected ? "error" : "finish",
          content: `${VERIFY_OUTCOME_LABELS[e.verification.outcome][locale]} · ${by(e.verification.by.name, e.verification.at)}`,
        }
      : { status: "process", content: t("cex.verify.makerChecker") },
    handle: e.handling
      ? { status: "finish", content: by(e.handling.handledBy.name, e.handling.at) }
      : {
          status: e.status === "verified" ? "process" : "wait",
          content: rejected ? t("cex.step.rejected") : "",
        },
    follow_up: e.closedAt
      ? { status: "finish", content: formatTime(e.closedAt) }
      : e.status === "handled" && e.followUpDueAt
        ? {
            status: e.overdue ? "error" : "process",
            content: t("cex.step.dueAt", { time: formatTime(e.followUpDueAt) }),
          }
        : { status: "wait", content: "" },
  };

  const active = STEPS.findIndex((step) => state[step].status !== "finish");
  return (
    <Steps
      orientation={wide ? "horizontal" : "vertical"}
      size="small"
      current={active === -1 ? STEPS.length - 1 : active}
      items={STEPS.map((step) => ({
        key: step,
        title: t(`cex.steps.${step}`),
        status: state[step].status,
        content: state[step].content || (state[step].status === "wait" ? t("cex.step.waiting") : ""),
      }))}
    />
  );
}
