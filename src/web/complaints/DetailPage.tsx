import { EyeOutlined, PrinterOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Result,
  Row,
  Space,
  Spin,
  Table,
  Tag,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import type { ComplaintAction } from "../../domain/complaints/lifecycle.ts";
import { DISC_GUIDANCE, PSYCHOLOGY_GUIDANCE } from "../../domain/complaints/vocabulary.ts";
import { isApiError } from "../api/client.ts";
import { HistoryCard } from "../audit/HistoryCard.tsx";
import { useCan, useCurrentUser } from "../auth/current-user.tsx";
import { SimilarCases } from "../cases/SimilarCases.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { ImprovementsCard } from "../improvements/ImprovementsCard.tsx";
import { LinkedRecordsCard } from "../links/LinkedRecordsCard.tsx";
import { LinkedEventOffer } from "../opinion/LinkedEventOffer.tsx";
import { LinkedScripts } from "../scripts/LinkedScripts.tsx";
import { ActionModal, type ActionSpec } from "./ActionModal.tsx";
import { actionSpecs, extensionDecisionSpec } from "./actions.tsx";
import { type Complaint, fetchPersonalData, useComplaint, useComplaintAction } from "./api.ts";
import { ClockCard } from "./ClockCard.tsx";
import { STATUS_COLORS } from "./ListPage.tsx";
import { LABELS, NOTICE_CHANNEL_LABELS, NOTICE_PURPOSE_LABELS } from "./labels.ts";
import { PersonalDataView } from "./PersonalDataView.tsx";
import { RepeatMerge } from "./RepeatMerge.tsx";

/** Buttons in the order a handler meets them. */
const BUTTONS: ComplaintAction[] = [
  "assign",
  "request_extension",
  "pause",
  "restart",
  "decide",
  "record_notice",
  "close",
  "request_review",
  "withdraw",
];

export function DetailPage() {
  const id = Number(useParams().id);
  const { t, locale } = useI18n();
  const { modal, message } = App.useApp();
  const me = useCurrentUser();
  const permitted = useCan();
  const query = useComplaint(id);
  const action = useComplaintAction(id);
  const [spec, setSpec] = useState<ActionSpec | null>(null);

  if (query.isPending) return <Spin />;
  if (query.isError) {
    return (
      <Result
        status={isApiError(query.error) && query.error.status === 404 ? "404" : "error"}
        title={query.error.message}
      />
    );
  }
  const c: Complaint = query.data;
  const specs = actionSpecs(c, t, locale);
  const run = (path: string) => action.mutate({ path }, { onError: (e) => message.error(e.message) });
  const openPause = c.pauses.find((p) => p.endedAt === null);
  const can = (a: ComplaintAction) => c.allowedActions.includes(a);

  const showPersonalData = async () => {
    try {
      const p = await fetchPersonalData(id);
      modal.info({ title: t("cmp.personalData"), content: <PersonalDataView data={p} /> });
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const guidance = [
    c.psychology && PSYCHOLOGY_GUIDANCE[c.psychology][locale],
    c.disc && DISC_GUIDANCE[c.disc][locale],
  ].filter(Boolean);

  return (
    <div style={{ maxWidth: 1400 }}>
      <PageHeader
        title={c.ref}
        subtitle={c.summary}
        extra={
          <Space wrap>
            <Tag color={STATUS_COLORS[c.status]}>{t(`cmp.status.${c.status}`)}</Tag>
            {c.breached && <Tag color="red">{t("cmp.breached")}</Tag>}
            {c.decision && (
              <Link to={`/complaints/${id}/notice`} target="_blank">
                <Button icon={<PrinterOutlined />}>{t("cmp.notice.print")}</Button>
              </Link>
            )}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <ClockCard complaint={c} />
            <LinkedEventOffer
              recordRef={c.ref}
              offer={c.sensitiveTags.includes("public_opinion")}
              summary={c.summary}
              orgUnitId={c.orgUnitId}
            />
            <RepeatMerge complaint={c} canMerge={can("merge")} />
            {(c.reviewOf || c.reviews.length > 0 || c.mergedInto) && (
              <Alert
                type="info"
                title={
                  <>
                    {c.mergedInto && `${t("cmp.status.merged")} → `}
                    {[c.reviewOf, ...c.reviews, c.mergedInto].filter(Boolean).map(
                      (l) =>
                        l && (
                          <Link key={l.id} to={`/complaints/${l.id}`} style={{ marginRight: 12 }}>
                            {l.ref}
                          </Link>
                        ),
                    )}
                  </>
                }
              />
            )}
            <Flex gap={8} wrap>
              {BUTTONS.filter((a) => can(a) && specs[a]).map((a) => (
                <Button
                  key={a}
                  type={a === "decide" ? "primary" : "default"}
                  onClick={() => setSpec(specs[a] ?? null)}
                >
                  {specs[a]?.title}
                </Button>
              ))}
              {openPause && can("resume") && (
                <Button onClick={() => run(`pauses/${openPause.id}/end`)} loading={action.isPending}>
                  {t("cmp.pause.end")}
                </Button>
              )}
            </Flex>
            {c.extensions.length > 0 && (
              <Card title={t("cmp.extensions")} size="small">
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  scroll={{ x: "max-content" }}
                  dataSource={c.extensions}
                  columns={[
                    { title: t("cmp.extension.level"), dataIndex: "level" },
                    { title: t("cmp.extension.reason"), dataIndex: "reason" },
                    { title: t("cmp.status"), key: "s", render: (_, e) => t(`cmp.extension.${e.status}`) },
                    {
                      title: t("cmp.extension.people"),
                      key: "by",
                      render: (_, e) => `${e.requestedBy} → ${e.decidedBy ?? "…"}`,
                    },
                    { title: t("cmp.extension.note"), dataIndex: "note" },
                    {
                      title: t("common.actions"),
                      key: "a",
                      render: (_, e) =>
                        // The server says whom it lets decide (level, four eyes, unit); the page only shows it.
                        e.mayDecide && (
                          <Space>
                            <Button
                              size="small"
                              type="primary"
                              onClick={() => setSpec(extensionDecisionSpec(e, true, t))}
                            >
                              {t("cmp.extension.approve")}
                            </Button>
                            <Button
                              size="small"
                              danger
                              onClick={() => setSpec(extensionDecisionSpec(e, false, t))}
                            >
                              {t("cmp.extension.reject")}
                            </Button>
                          </Space>
                        ),
                    },
                  ]}
                />
              </Card>
            )}
            {c.decision && (
              <Card title={t("cmp.decision")} size="small">
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={t("cmp.decision.outcome")}>
                    {LABELS.outcome[c.decision.outcome][locale]}
                  </Descriptions.Item>
                  <Descriptions.Item label={t("cmp.decision.findings")}>
                    {c.decision.findings}
                  </Descriptions.Item>
                  <Descriptions.Item label={t("cmp.decision.basis")}>{c.decision.basis}</Descriptions.Item>
                  {c.decision.compensation !== null && (
                    <Descriptions.Item label={t("cmp.decision.compensation")}>
                      {c.decision.compensation}
                    </Descriptions.Item>
                  )}
                </Descriptions>
              </Card>
            )}
            {c.notices.length > 0 && (
              <Card title={t("cmp.notices")} size="small">
                {c.notices.map((n) => (
                  <div key={n.id}>
                    {formatTime(n.at)} · {NOTICE_PURPOSE_LABELS[n.purpose][locale]} ·{" "}
                    {NOTICE_CHANNEL_LABELS[n.channel][locale]} · {n.recordedBy}
                  </div>
                ))}
              </Card>
            )}
            <Card size="small">
              <Descriptions column={{ xs: 1, md: 2 }} size="small">
                <Descriptions.Item label={t("cmp.complainant")}>
                  <Space>
                    {c.complainant.name} {c.complainant.phone}
                    {(permitted("complaints.view_personal_data") || c.handler?.id === me.id) && (
                      <Button
                        size="small"
                        type="link"
                        icon={<EyeOutlined />}
                        onClick={showPersonalData}
                        title={t("cmp.personalDataNote")}
                      >
                        {t("cmp.personalData")}
                      </Button>
                    )}
                  </Space>
                </Descriptions.Item>
                <Descriptions.Item label={t("cmp.kind")}>
                  {t(`cmp.kind.${c.complainant.kind}`)}
                </Descriptions.Item>
                {c.representatives.length > 0 && (
                  <Descriptions.Item label={t("cmp.representativesList")}>
                    {c.representatives.map((r) => [r.name, r.phone].filter(Boolean).join(" ")).join("；")}
                  </Descriptions.Item>
                )}
                {(c.subjectInstitution || c.subjectStaffName) && (
                  <Descriptions.Item label={t("cmp.section.subject")}>
                    {[c.subjectInstitution, c.subjectStaffName].filter(Boolean).join(" · ")}
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t("cmp.unit")}>{c.orgUnitName}</Descriptions.Item>
                <Descriptions.Item label={t("cmp.receivedAt")}>{formatTime(c.receivedAt)}</Descriptions.Item>
                <Descriptions.Item label={t("cmp.source")}>
                  {LABELS.source[c.source][locale]}
                </Descriptions.Item>
                <Descriptions.Item label={t("cmp.channel")}>{c.channel.path.join(" / ")}</Descriptions.Item>
                <Descriptions.Item label={t("cmp.businessCategory")}>
                  {c.businessCategory.label}
                </Descriptions.Item>
                <Descriptions.Item label={t("cmp.cause")}>{c.cause.label}</Descriptions.Item>
                <Descriptions.Item label={t("cmp.grade")}>{LABELS.grade[c.grade][locale]}</Descriptions.Item>
                <Descriptions.Item label={t("cmp.request")}>{c.request}</Descriptions.Item>
                <Descriptions.Item label={t("cmp.handler")}>
                  {c.handler?.displayName ?? t("common.none")}
                </Descriptions.Item>
                {c.facts && <Descriptions.Item label={t("cmp.facts")}>{c.facts}</Descriptions.Item>}
              </Descriptions>
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            {guidance.length > 0 && (
              <Alert type="success" showIcon title={t("cmp.guidance")} description={guidance.join(" ")} />
            )}
            <LinkedRecordsCard
              record={{ kind: "complaint", id }}
              refText={c.ref}
              summary={c.summary}
              orgUnitId={c.orgUnitId}
            />
            <HistoryCard feature="complaints" id={id} />
            <LinkedScripts complaintCause={c.cause.label} />
            {c.status === "closed" && <ImprovementsCard sourceKind="complaint" sourceId={id} />}
            <SimilarCases text={[c.summary, c.facts].filter(Boolean).join("\n")} category={c.cause.code} />
          </Flex>
        </Col>
      </Row>
      <ActionModal id={id} spec={spec} onClose={() => setSpec(null)} />
    </div>
  );
}
