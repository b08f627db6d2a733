import { PrinterOutlined, SendOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Descriptions,
  Flex,
  Form,
  Input,
  Popconfirm,
  Radio,
  Tag,
  Typography,
} from "antd";
import {
  REPORT_FIELDS,
  REPORT_STAGE_LABELS,
  type ReportFields,
  type ReportStage,
} from "../../domain/incidents/reports.ts";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Reports, useReports, useSendReport } from "./api.ts";
import { readDraft, saveDraft } from "./drafts.ts";
import { formatDuration } from "./labels.tsx";
import { useNow } from "./useNow.ts";

/** The stages that may follow those already sent: the initial report first, then follow-ups or the final one. */
function nextStages(sent: Reports["sent"]): ReportStage[] {
  if (sent.some((r) => r.stage === "final")) return [];
  return sent.some((r) => r.stage === "initial") ? ["follow_up", "final"] : ["initial"];
}

/**
 * 上报: the structured report up the chain (and to the regulator or police), drafted from what the incident
 * holds. A sent report is frozen and can be printed; the next one starts from it.
 */
export function ReportsCard({ incidentId, canSend }: { incidentId: number; canSend: boolean }) {
  const { t, locale } = useI18n();
  const now = useNow(15_000);
  const reports = useReports(incidentId);
  if (!reports.data) return <Card size="small" title={t("inc.reports.title")} loading />;
  const { sent, initialDueAt, draft, finalRequired } = reports.data;
  const stages = nextStages(sent);
  const initialSent = sent.some((r) => r.stage === "initial");
  const left = new Date(initialDueAt).getTime() - now;

  return (
    <Card size="small" title={t("inc.reports.title")} data-testid="reports">
      <Flex vertical gap={12}>
        {!initialSent && (
          <Alert
            type={left < 0 ? "error" : "info"}
            showIcon
            title={
              left < 0
                ? t("inc.reports.initialOverdue", { time: formatDuration(-left, locale) })
                : t("inc.reports.initialDue", {
                    at: formatTime(initialDueAt),
                    left: formatDuration(left, locale),
                  })
            }
          />
        )}
        {initialSent && finalRequired && (
          <Typography.Text type="secondary" data-testid="final-required">
            {t("inc.reports.finalRequired")}
          </Typography.Text>
        )}
        {sent.length > 0 && (
          <Collapse
            size="small"
            items={sent.map((r) => ({
              key: r.id,
              label: (
                <Flex gap={8} wrap align="center">
                  <Tag color="blue">{r.stageLabel}</Tag>
                  <span>
                    {formatTime(r.sentAt)} · {r.sentBy}
                  </span>
                </Flex>
              ),
              extra: (
                <Button
                  size="small"
                  icon={<PrinterOutlined />}
                  href={`/incidents/${incidentId}/reports/${r.id}/print`}
                  target="_blank"
                  onClick={(e) => e.stopPropagation()}
                >
                  {t("inc.reports.print")}
                </Button>
              ),
              children: (
                <Descriptions
                  size="small"
                  column={1}
                  bordered
                  items={REPORT_FIELDS.map((f) => ({
                    key: f,
                    label: t(`inc.reportFields.${f}`),
                    children: r.fields[f] || t("common.none"),
                  }))}
                />
              ),
            }))}
          />
        )}
        {canSend && stages.length > 0 && (
          // The initial report is urgent and starts open; later ones wait behind a click.
          <Collapse
            size="small"
            defaultActiveKey={initialSent ? [] : ["draft"]}
            items={[
              {
                key: "draft",
                label: t("inc.reports.write", { stage: REPORT_STAGE_LABELS[stages[0]][locale] }),
                children: (
                  <DraftForm
                    key={sent.length}
                    draftKey={`report:${incidentId}:${sent.length}`}
                    incidentId={incidentId}
                    draft={draft}
                    stages={stages}
                  />
                ),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}

function DraftForm({
  draftKey,
  incidentId,
  draft,
  stages,
}: {
  draftKey: string;
  incidentId: number;
  draft: ReportFields;
  stages: ReportStage[];
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportFields & { stage: ReportStage }>();
  const send = useSendReport(incidentId);
  return (
    <Form
      form={form}
      layout="vertical"
      name="incident-report"
      size="middle"
      // What was typed survives a re-mount (the room re-lays out at the breakpoint) and live refreshes.
      initialValues={{ ...draft, stage: stages[0], ...readDraft<Partial<ReportFields>>(draftKey) }}
      onValuesChange={(_, all) => saveDraft(draftKey, all)}
      onFinish={({ stage, ...fields }) =>
        send.mutate(
          { stage, fields },
          {
            onSuccess: () => {
              saveDraft(draftKey, undefined);
              message.success(t("inc.reports.sent", { stage: REPORT_STAGE_LABELS[stage][locale] }));
            },
            onError: (e) => message.error(e.message),
          },
        )
      }
    >
      <Form.Item name="stage" label={t("inc.reports.stage")}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={stages.map((s) => ({ value: s, label: REPORT_STAGE_LABELS[s][locale] }))}
        />
      </Form.Item>
      {REPORT_FIELDS.map((f) => (
        <Form.Item
          key={f}
          name={f}
          label={t(`inc.reportFields.${f}`)}
          rules={
            f === "place" || f === "time" || f === "nature"
              ? [{ required: true, whitespace: true, message: t("inc.reports.required") }]
              : []
          }
          style={{ marginBottom: 12 }}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      ))}
      <Popconfirm title={t("inc.reports.confirm")} onConfirm={() => form.submit()}>
        <Button type="primary" icon={<SendOutlined />} loading={send.isPending} block>
          {t("inc.reports.send")}
        </Button>
      </Popconfirm>
    </Form>
  );
}
