import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Timeline,
} from "antd";
import { useParams } from "react-router";
import type { StepBody } from "../../domain/opinion/schema.ts";
import { TASK_IDS, type TaskId } from "../../domain/opinion/tasks.ts";
import {
  LEVEL_LABELS,
  LEVELS,
  type Level,
  PLATFORM_LABELS,
  STATUS_LABELS,
  TOPIC_LABELS,
} from "../../domain/opinion/vocabulary.ts";
import { useCan } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Detail, useOpinionEvent, useOverrideLevel, useReportBranch, useStep } from "./api.ts";
import { EvidenceCard } from "./EvidenceCard.tsx";
import { opinionZh } from "./i18n.ts";
import { LEVEL_COLORS } from "./labels.ts";
import { MakeCaseButton } from "./MakeCaseButton.tsx";
import { RegistersCard } from "./RegistersCard.tsx";
import { StatementsCard } from "./StatementsCard.tsx";
import { TasksCard } from "./TasksCard.tsx";

const STEPS = ["verify", "assess", "respond", "track", "review"] as const;
/** The five moves of handling public opinion (seed 004), in our words, beside the registers they fill. */

/** The step now open, as the server allows it to the caller. */
function StepCard({ event }: { event: Detail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<StepBody>();
  const step = useStep(event.id);
  const open = STEPS.find((s) => event.allowed[s]);
  if (!open) return null;
  return (
    <Card title={`${t("opn.next")}：${t(`opn.step.${open}`)}`} style={{ marginBottom: 16 }}>
      {open === "review" && (
        <Alert type="info" showIcon title={t("opn.reviewHint")} style={{ marginBottom: 12 }} />
      )}
      <Form<StepBody>
        form={form}
        layout="vertical"
        initialValues={{ outcome: "confirmed" }}
        onFinish={(v) =>
          step.mutate(
            { ...v, step: open },
            { onSuccess: () => form.resetFields(), onError: (e) => message.error(e.message) },
          )
        }
      >
        {open === "verify" && (
          <Form.Item name="outcome" label={t("opn.outcome")}>
            <Radio.Group>
              <Radio value="confirmed">{t("opn.confirmed")}</Radio>
              <Radio value="unfounded">{t("opn.unfounded")}</Radio>
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t("opn.note")}
          rules={[{ required: true, whitespace: true, message: t("opn.noteRequired") }]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={step.isPending}>
          {t(`opn.step.${open}`)}
        </Button>
      </Form>
    </Card>
  );
}

function LevelOverride({ event }: { event: Detail }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const override = useOverrideLevel(event.id);
  const [form] = Form.useForm<{ level: Level; reason: string }>();
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ level: event.level }}
      onFinish={(v) =>
        override.mutate(v, {
          onSuccess: () => form.resetFields(["reason"]),
          onError: (e) => message.error(e.message),
        })
      }
    >
      <Form.Item name="level">
        <Select
          style={{ width: 100 }}
          options={LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l][locale] }))}
        />
      </Form.Item>
      <Form.Item name="reason" rules={[{ required: true, whitespace: true }]}>
        <Input placeholder={t("opn.overrideReason")} />
      </Form.Item>
      <Button htmlType="submit" loading={override.isPending}>
        {t("opn.override")}
      </Button>
    </Form>
  );
}

export function DetailPage() {
  const { t, locale } = useI18n();
  const id = Number(useParams().id);
  const query = useOpinionEvent(id);
  const report = useReportBranch(id);
  const can = useCan();
  const kindLabel = (kind: string) => {
    const key = `opn.kind.${kind}`;
    return key in opinionZh ? t(key as keyof typeof opinionZh) : kind;
  };
  // A step's note, or which task of the five moves was done.
  const detailOf = (data: Record<string, unknown>) => {
    if (typeof data.note === "string") return `：${data.note}`;
    if (typeof data.task === "string" && TASK_IDS.includes(data.task as TaskId))
      return `：${t(`opn.task.${data.task as TaskId}`)}`;
    return "";
  };
  if (query.isError)
    return <Result status="error" title={t("common.loadFailed")} subTitle={query.error.message} />;
  const e = query.data;
  if (!e) return <Spin />;
  return (
    <>
      <PageHeader
        title={e.ref}
        subtitle={e.summary}
        extra={
          <Space wrap>
            <Tag color={LEVEL_COLORS[e.level]}>{LEVEL_LABELS[e.level][locale]}</Tag>
            <Tag>{STATUS_LABELS[e.status][locale]}</Tag>
            {e.drill && <Tag>{t("opn.drill")}</Tag>}
            {e.allowed.reportToBranch && (
              <Button onClick={() => report.mutate()} loading={report.isPending}>
                {t("opn.reportBranch")}
              </Button>
            )}
            {e.status === "closed" && !e.drill && can("cases.manage") && <MakeCaseButton sourceRef={e.ref} />}
          </Space>
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <StepCard event={e} />
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t("opn.platform")}>
                {PLATFORM_LABELS[e.platform][locale]}
              </Descriptions.Item>
              <Descriptions.Item label={t("opn.unit")}>
                {[e.orgUnit, ...e.units].map((u) => u.name).join("、")}
              </Descriptions.Item>
              <Descriptions.Item label={t("opn.url")}>
                {e.url && (
                  <a href={e.url} target="_blank" rel="noreferrer noopener">
                    {e.url}
                  </a>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t("opn.author")}>{e.author}</Descriptions.Item>
              <Descriptions.Item label={t("opn.firstSeenAt")}>{formatTime(e.firstSeenAt)}</Descriptions.Item>
              <Descriptions.Item label={t("opn.topics")}>
                {e.topics.map((x) => TOPIC_LABELS[x][locale]).join("、")}
              </Descriptions.Item>
              <Descriptions.Item label={t("opn.views")}>
                {e.reach.views} / {t("opn.shares")} {e.reach.shares} / {t("opn.comments")} {e.reach.comments}
              </Descriptions.Item>
              <Descriptions.Item label={t("opn.spokesperson")}>
                {e.spokesperson?.name ?? t("opn.noSpokesperson")}
              </Descriptions.Item>
              <Descriptions.Item label={t("opn.verifyDue")}>
                {e.verifiedAt ? formatTime(e.verifiedAt) : formatTime(e.verifyDueAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t("opn.reportDue")}>
                {e.reportedToBranchAt
                  ? `${t("opn.reported")} ${formatTime(e.reportedToBranchAt)}`
                  : formatTime(e.reportDueAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t("opn.levelReasons")} span={2}>
                {e.levelOverrideReason
                  ? t("opn.overridden", { reason: e.levelOverrideReason })
                  : e.levelReasons.join("；")}
              </Descriptions.Item>
            </Descriptions>
            {e.allowed.setLevel && <LevelOverride event={e} />}
          </Card>
          <EvidenceCard event={e} />
          <StatementsCard event={e} />
          <RegistersCard event={e} />
        </Col>
        <Col xs={24} lg={10}>
          <TasksCard event={e} />
          <Card title={t("opn.timeline")}>
            <Timeline
              items={e.entries.map((x) => ({
                key: x.id,
                children: `${formatTime(x.at)} ${x.actor?.name ?? ""} · ${kindLabel(x.kind)}${detailOf(x.data)}`,
              }))}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
