import { ArrowLeftOutlined, EyeOutlined, PrinterOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Result,
  Space,
  Spin,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import {
  CORRECTIVE_ACTION_LABELS,
  STATUS_LABELS,
  STEPS,
} from "../../domain/counter-exceptions/vocabulary.ts";
import { HistoryCard } from "../audit/HistoryCard.tsx";
import { useCan } from "../auth/current-user.tsx";
import { useCaseFromSource } from "../cases/api.ts";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { LinkedRecordsCard } from "../links/LinkedRecordsCard.tsx";
import { type Detail, useException } from "./api.ts";
import { CustomerText } from "./CustomerText.tsx";
import { FollowUpModal } from "./FollowUpModal.tsx";
import { GuidanceNote } from "./GuidanceNote.tsx";
import { HandleModal } from "./HandleModal.tsx";
import { LegalModal } from "./LegalModal.tsx";
import { LinkComplaintModal } from "./LinkComplaintModal.tsx";
import { STATUS_COLORS } from "./labels.ts";
import { OpenComplaintModal } from "./OpenComplaintModal.tsx";
import { ProcedureSteps } from "./ProcedureSteps.tsx";
import { VerifyModal } from "./VerifyModal.tsx";

type Dialog = "verify" | "handle" | "followUp" | "link" | "openComplaint" | "legal" | null;

export function DetailPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const id = Number(useParams().id);
  const [reveal, setReveal] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useException(id, reveal);
  if (query.isPending) return <Spin style={{ display: "block", marginTop: 80 }} />;
  if (query.isError)
    return <Result status="warning" title={t("common.loadFailed")} subTitle={query.error.message} />;
  const e = query.data;
  const close = () => setDialog(null);

  return (
    <>
      <PageHeader
        title={`${e.ref} · ${e.typeLabel}`}
        subtitle={`${e.orgUnitName} · ${formatTime(e.reportedAt)}`}
        extra={
          <Space wrap>
            <Link to="/counter-exceptions">
              <Button icon={<ArrowLeftOutlined />}>{t("cex.detail.back")}</Button>
            </Link>
            <Link to={`/counter-exceptions/${e.id}/print`} target="_blank">
              <Button icon={<PrinterOutlined />}>{t("cex.detail.print")}</Button>
            </Link>
            {e.allowed.verify && (
              <Button type="primary" onClick={() => setDialog("verify")}>
                {t("cex.verify")}
              </Button>
            )}
            {e.allowed.handle && (
              <Button type="primary" onClick={() => setDialog("handle")}>
                {t("cex.handle")}
              </Button>
            )}
            {e.allowed.followUp && (
              <Button type="primary" onClick={() => setDialog("followUp")}>
                {t("cex.followUp")}
              </Button>
            )}
            {e.allowed.linkComplaint && !e.complaintRef && can("complaints.register") && (
              <Button danger onClick={() => setDialog("openComplaint")}>
                {t("cex.link.open")}
              </Button>
            )}
            {e.allowed.linkComplaint && (
              <Button onClick={() => setDialog("link")}>{t("cex.link.manual")}</Button>
            )}
            {e.allowed.legal && (
              <Button onClick={() => setDialog("legal")}>
                {t(e.legal ? "cex.legal.update" : "cex.legal.mark")}
              </Button>
            )}
            {e.allowed.makeCase && <MakeCaseButton sourceRef={e.ref} />}
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <Tag color={STATUS_COLORS[e.status]}>{STATUS_LABELS[e.status][locale]}</Tag>
            {e.overdue && <Tag color="red">{t("cex.overdue")}</Tag>}
            {e.escalatedAt && (
              <Tooltip title={t("cex.deadline.escalatedAt", { time: formatTime(e.escalatedAt) })}>
                <Tag color="red">{t("cex.deadline.escalated")}</Tag>
              </Tooltip>
            )}
            {e.status === "reported" && e.verifyDueAt && (
              <Tag>{`${t("cex.deadline.verify")} ${formatTime(e.verifyDueAt)}`}</Tag>
            )}
            {e.status === "verified" && e.handleDueAt && (
              <Tag>{`${t("cex.deadline.handle")} ${formatTime(e.handleDueAt)}`}</Tag>
            )}
            {e.patternCount >= 2 && (
              <Tooltip title={t("cex.patternTip", { count: e.patternCount })}>
                <Tag color="volcano">{t("cex.pattern", { count: e.patternCount })}</Tag>
              </Tooltip>
            )}
          </Flex>
          <ProcedureSteps exception={e} />
        </Card>
        {e.type === "system_failure" && e.status !== "rejected" && <TechSupportAlert exception={e} />}
        <LinkedRecordsCard
          record={{ kind: "counter_exception", id: e.id }}
          refText={e.ref}
          summary={`${e.typeLabel}：${e.description}`}
          facts={e.description}
          orgUnitId={e.orgUnitId}
          inPerson
          onRegisterComplaint={
            e.allowed.linkComplaint && !e.complaintRef ? () => setDialog("openComplaint") : undefined
          }
        />
        <Facts exception={e} reveal={() => setReveal(true)} />
        <Outcomes exception={e} />
        <LegalCard exception={e} />
        <Card size="small" title={t("cex.guidance.card")}>
          <GuidanceNote guidance={e.guidance} steps={STEPS} />
        </Card>
        <HistoryCard feature="counter-exceptions" id={e.id} size="default" />
      </Flex>
      {dialog === "verify" && <VerifyModal exception={e} onClose={close} />}
      {dialog === "handle" && <HandleModal exception={e} onClose={close} />}
      {dialog === "followUp" && <FollowUpModal exception={e} onClose={close} />}
      {dialog === "link" && <LinkComplaintModal exception={e} onClose={close} />}
      {dialog === "openComplaint" && <OpenComplaintModal exception={e} onClose={close} />}
      {dialog === "legal" && <LegalModal exception={e} onClose={close} />}
    </>
  );
}

function Facts({ exception: e, reveal }: { exception: Detail; reveal: () => void }) {
  const { t } = useI18n();
  const none = t("cex.detail.none");
  return (
    <Card title={t("cex.detail.facts")}>
      {e.customerRevealed && (
        <Alert type="warning" showIcon title={t("cex.detail.revealed")} style={{ marginBottom: 12 }} />
      )}
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t("cex.type")}>{e.typeLabel}</Descriptions.Item>
        <Descriptions.Item label={t("cex.outlet")}>{e.orgUnitName}</Descriptions.Item>
        <Descriptions.Item label={t("cex.reporter")}>{e.reportedBy.name}</Descriptions.Item>
        <Descriptions.Item label={t("cex.reportedAt")}>{formatTime(e.reportedAt)}</Descriptions.Item>
        <Descriptions.Item label={t("cex.description")} span={2}>
          {e.description}
        </Descriptions.Item>
        <Descriptions.Item label={t("cex.transactionRef")}>{e.transactionRef ?? none}</Descriptions.Item>
        <Descriptions.Item label={t("cex.amount")}>{e.amount ?? none}</Descriptions.Item>
        <Descriptions.Item label={t("cex.customer")} span={2}>
          <Space wrap>
            <CustomerText customer={e.customer} empty={none} />
            {e.allowed.revealCustomer && !e.customerRevealed && (
              <Tooltip title={t("cex.detail.revealNote")}>
                <Button size="small" icon={<EyeOutlined />} onClick={reveal}>
                  {t("cex.detail.reveal")}
                </Button>
              </Tooltip>
            )}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t("cex.immediateAction")} span={2}>
          {e.immediateAction ?? none}
        </Descriptions.Item>
        <Descriptions.Item label={t("cex.complaintRef")} span={2}>
          {e.complaintRef ?? none}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** What verification, handling and follow-up recorded, once they have happened. */
function Outcomes({ exception: e }: { exception: Detail }) {
  const { t, locale } = useI18n();
  const followUps = e.timeline.filter((s) => s.step === "follow_up" || s.step === "close");
  return (
    <>
      {e.verification && (
        <Card title={t("cex.verify.title")}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t("cex.verify.findings")}>{e.verification.findings}</Descriptions.Item>
            {e.verification.consultations.map((c) => (
              <Descriptions.Item key={c.department + c.answer} label={t(`cex.departments.${c.department}`)}>
                {c.answer}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      )}
      {e.handling && (
        <Card title={t("cex.handle.title")}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t("cex.handle.actions")}>
              {e.handling.actions.map((a) => CORRECTIVE_ACTION_LABELS[a][locale]).join("、")}
            </Descriptions.Item>
            <Descriptions.Item label={t("cex.handle.detail")}>{e.handling.detail}</Descriptions.Item>
            <Descriptions.Item label={t("cex.handle.handledBy")}>
              {e.handling.handledBy.name}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {e.closing && (
        <Card title={t("cex.closing.title")}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t("cex.closing.rootCause")}>{e.closing.rootCause}</Descriptions.Item>
            <Descriptions.Item label={t("cex.closing.prevention")}>{e.closing.prevention}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {followUps.length > 0 && (
        <Card title={t("cex.followUp.history")}>
          <Timeline
            items={followUps.map((s) => ({
              key: s.at,
              color: s.step === "close" ? "green" : "blue",
              content: `${formatTime(s.at)} · ${s.actor?.name ?? ""}：${String(s.data.note ?? "")}`,
            }))}
          />
        </Card>
      )}
    </>
  );
}

/** A system failure: the number to call for the repair, and the one-click emergency is in the links card. */
function TechSupportAlert({ exception: e }: { exception: Detail }) {
  const { t } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      title={t("cex.tech.title")}
      description={
        e.techSupportPhone ? (
          <Space wrap>
            <a href={`tel:${e.techSupportPhone.replace(/[^0-9+]/g, "")}`}>
              {t("cex.tech.call", { phone: e.techSupportPhone })}
            </a>
            <Typography.Text type="secondary">{t("cex.tech.alerted")}</Typography.Text>
          </Space>
        ) : (
          t("cex.tech.none")
        )
      }
    />
  );
}

/** The legal track of a business dispute, once recorded. */
function LegalCard({ exception: e }: { exception: Detail }) {
  const { t } = useI18n();
  const legal = e.legal;
  if (!legal) return null;
  const none = t("cex.detail.none");
  return (
    <Card
      title={t("cex.legal.title")}
      extra={t("cex.legal.recordedBy", { name: legal.recordedBy.name, time: formatTime(legal.at) })}
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t("cex.legal.involvement")}>
          {t(`cex.legal.${legal.involvement}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t("cex.legal.counterpart")}>{legal.counterpart}</Descriptions.Item>
        <Descriptions.Item label={t("cex.legal.since")}>{legal.since}</Descriptions.Item>
        <Descriptions.Item label={t("cex.legal.caseNo")}>{legal.caseNo ?? none}</Descriptions.Item>
        <Descriptions.Item label={t("cex.legal.hearingOn")}>{legal.hearingOn ?? none}</Descriptions.Item>
        <Descriptions.Item label={t("cex.legal.endedOn")}>{legal.endedOn ?? none}</Descriptions.Item>
        <Descriptions.Item label={t("cex.legal.documents")} span={2}>
          {legal.documents.length === 0
            ? none
            : legal.documents.map((d) => (
                <div key={`${d.title}${d.reference ?? ""}`}>
                  {[d.title, d.reference, d.date].filter(Boolean).join(" · ")}
                </div>
              ))}
        </Descriptions.Item>
        {legal.note && (
          <Descriptions.Item label={t("cex.legal.note")} span={2}>
            {legal.note}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/** A closed exception becomes a case draft (personal data stripped by the server), as incidents do. */
function MakeCaseButton({ sourceRef }: { sourceRef: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const fromSource = useCaseFromSource();
  return (
    <Button
      loading={fromSource.isPending}
      onClick={() =>
        fromSource.mutate(sourceRef, {
          onSuccess: (c) => message.success(t("cex.case.made", { ref: c.ref })),
          onError: (err) => message.error(err.message),
        })
      }
    >
      {t("cex.case.make")}
    </Button>
  );
}
