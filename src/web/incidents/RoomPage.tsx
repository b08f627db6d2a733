import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Divider, Flex, Grid, Result, Row, Skeleton, Tag, Typography } from "antd";
import { Link, useParams } from "react-router";
import { isApiError } from "../api/client.ts";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { ImprovementsCard } from "../improvements/ImprovementsCard.tsx";
import { LinkedRecordsCard } from "../links/LinkedRecordsCard.tsx";
import { LinkedEventOffer } from "../opinion/LinkedEventOffer.tsx";
import { DutyCard } from "../roster/DutyCard.tsx";
import { ActionsBar } from "./ActionsBar.tsx";
import { type Incident, useIncident } from "./api.ts";
import { CategoryCard } from "./CategoryCard.tsx";
import { CalmingCard, ContactsCard, DrillBanner, PrinciplesBanner } from "./Guidance.tsx";
import { SeverityTag, StatusTag } from "./labels.tsx";
import { OutletsCard } from "./OutletsCard.tsx";
import { PhotosCard } from "./PhotosCard.tsx";
import { Playbook } from "./Playbook.tsx";
import { ReportsCard } from "./ReportsCard.tsx";
import { RolesCard } from "./RolesCard.tsx";
import { TimelineCard } from "./TimelineCard.tsx";
import { Timers } from "./Timers.tsx";

function RoomHeader({ incident }: { incident: Incident }) {
  const { t, locale } = useI18n();
  const colon = locale === "zh" ? "：" : ": ";
  return (
    <Card size="small" styles={{ body: { padding: 16 } }}>
      <Flex align="center" gap={6} wrap style={{ marginBottom: 6 }}>
        <Typography.Text code copyable={{ text: incident.ref }}>
          {incident.ref}
        </Typography.Text>
        <SeverityTag severity={incident.severity} locale={locale} />
        <span data-testid="status">
          <StatusTag status={incident.status} locale={locale} />
        </span>
        {incident.drill && <Tag color="orange">{t("inc.drill")}</Tag>}
      </Flex>
      <Typography.Title level={4} style={{ margin: "4px 0" }}>
        {incident.categoryLabel}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: 16, marginBottom: 4 }}>
        {incident.summary}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {incident.orgUnitName} · {incident.reportedBy} · {formatTime(incident.reportedAt)}
      </Typography.Text>
      <br />
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t("inc.severity.why")}
        {colon}
        {incident.severityReason}
      </Typography.Text>
      <Divider style={{ margin: "12px 0" }} />
      <Timers incident={incident} />
      <Divider style={{ margin: "12px 0" }} />
      <ActionsBar incident={incident} />
    </Card>
  );
}

/**
 * 事件室: one page per incident, live for everyone who has it open. On a phone the order follows what the
 * person on the scene needs first: principles, numbers to call, what to say, then their tasks.
 */
export function RoomPage() {
  const { t, locale } = useI18n();
  const colon = locale === "zh" ? "：" : ": ";
  const id = Number(useParams().id);
  const screens = Grid.useBreakpoint();
  const phone = !screens.lg;
  const query = useIncident(id);

  if (query.isPending) return <Skeleton active />;
  if (query.isError)
    return isApiError(query.error) && query.error.status === 404 ? (
      <Result
        status="404"
        title={t("inc.room.notFound")}
        extra={<Link to="/incidents">{t("inc.backToBoard")}</Link>}
      />
    ) : (
      <Alert type="error" showIcon title={query.error.message} />
    );

  const incident = query.data;
  // The server's incident policy says what this viewer may do; the page does not work it out again.
  const { work: canWork, command: canCommand } = incident.may;

  const contacts = (
    <>
      <DutyCard unitId={incident.orgUnitId} />
      <ContactsCard contacts={incident.contacts} phone={phone} />
    </>
  );
  const calming = <CalmingCard lines={incident.calming} />;
  const playbook = <Playbook incident={incident} />;
  const roles = (
    <Card size="small" title={t("inc.room.roles")}>
      <RolesCard incident={incident} />
    </Card>
  );
  const timeline = <TimelineCard incidentId={id} canWrite={canWork} />;
  const photos = <PhotosCard incidentId={id} canUpload={canWork} />;
  const reports = <ReportsCard incidentId={id} canSend={canCommand} />;
  const links = (
    <LinkedRecordsCard
      record={{ kind: "incident", id }}
      refText={incident.ref}
      summary={incident.summary}
      orgUnitId={incident.orgUnitId}
      inPerson
    />
  );
  const review = incident.review && (
    <Card size="small" title={t("inc.review.title")}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        <strong>
          {t("inc.review.cause")}
          {colon}
        </strong>
        {incident.review.cause}
      </Typography.Paragraph>
      {(["helped", "wentWrong", "changes"] as const).map(
        (k) =>
          incident.review?.[k] && (
            <Typography.Paragraph key={k} style={{ marginBottom: 4 }}>
              <strong>
                {t(`inc.review.${k}`)}
                {colon}
              </strong>
              {incident.review[k]}
            </Typography.Paragraph>
          ),
      )}
    </Card>
  );

  return (
    <Flex vertical gap={12} style={{ maxWidth: 1280, margin: "0 auto" }}>
      {incident.drill && <DrillBanner />}
      <LinkedEventOffer
        recordRef={incident.ref}
        offer={incident.answers.media === true || incident.category === "media_interview"}
        summary={incident.summary}
        orgUnitId={incident.orgUnitId}
      />
      {incident.closedAt && (
        <Alert
          type="success"
          showIcon
          title={t("inc.room.closed", { time: formatTime(incident.closedAt) })}
        />
      )}
      {!phone && (
        <Link to="/incidents">
          <Button type="link" icon={<ArrowLeftOutlined />} style={{ padding: 0 }}>
            {t("inc.backToBoard")}
          </Button>
        </Link>
      )}
      {phone ? (
        <>
          <PrinciplesBanner principles={incident.playbook.principles} />
          {contacts}
          <RoomHeader incident={incident} />
          <CategoryCard incident={incident} />
          <OutletsCard incident={incident} />
          {links}
          {calming}
          {playbook}
          {roles}
          {timeline}
          {photos}
          {review}
          {incident.review && <ImprovementsCard sourceKind="incident" sourceId={id} />}
          {reports}
        </>
      ) : (
        <>
          <PrinciplesBanner principles={incident.playbook.principles} />
          <Row gutter={[16, 16]}>
            <Col lg={15}>
              <Flex vertical gap={16}>
                <RoomHeader incident={incident} />
                <CategoryCard incident={incident} />
                <OutletsCard incident={incident} />
                {links}
                {playbook}
                {review}
                {incident.review && <ImprovementsCard sourceKind="incident" sourceId={id} />}
                {reports}
              </Flex>
            </Col>
            <Col lg={9}>
              <Flex vertical gap={16}>
                {contacts}
                {calming}
                {roles}
                {photos}
                {timeline}
              </Flex>
            </Col>
          </Row>
        </>
      )}
    </Flex>
  );
}
