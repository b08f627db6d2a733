import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  List,
  QRCode,
  Result,
  Row,
  Space,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type SessionDetail, useSession, useSignInCode } from "./api.ts";
import { NewQuizModal } from "./NewQuizModal.tsx";
import { SessionFilesCard } from "./SessionFilesCard.tsx";
import { SessionPlaybookDrawer } from "./SessionPlaybookDrawer.tsx";

/** One session: its sign-in QR code for the trainer, who signed in and who is missing, its quizzes. */
export function SessionPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const session = useSession(id);
  const [quizzing, setQuizzing] = useState(false);
  const [reading, setReading] = useState<number>();
  const s = session.data;
  if (session.isError) return <Result status="404" title={session.error.message} />;
  if (!s) return <Card loading />;
  return (
    <>
      <PageHeader
        title={s.topic}
        subtitle={`${s.ref} · ${t(`training.kind.${s.kind}`)} · ${s.orgUnitName}`}
        extra={
          s.canManage && (
            <Button onClick={() => setQuizzing(true)} type="primary">
              {t("training.addQuiz")}
            </Button>
          )
        }
      />
      <Row gutter={[16, 16]}>
        {s.canManage && (
          <Col xs={24} md={10}>
            <SignInCodeCard session={s} />
          </Col>
        )}
        <Col xs={24} md={s.canManage ? 14 : 24}>
          <Card>
            {s.signedIn && (
              <Alert type="success" showIcon message={t("training.signedIn")} style={{ marginBottom: 16 }} />
            )}
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t("training.time")}>
                {formatTime(s.startsAt)} – {formatTime(s.endsAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t("training.trainer")}>{s.trainer.name}</Descriptions.Item>
              <Descriptions.Item label={t("training.hours")}>{s.hours}</Descriptions.Item>
              <Descriptions.Item label={t("training.attendance")}>
                {t("training.attendanceOf", { signed: s.attendeeCount, expected: s.expectedCount })}
              </Descriptions.Item>
              {s.notes && <Descriptions.Item label={t("training.notes")}>{s.notes}</Descriptions.Item>}
              {s.materials.length > 0 && (
                <Descriptions.Item label={t("training.materials")}>
                  <Space wrap>
                    {s.materials.map((m) =>
                      m.kind === "script" ? (
                        <Link key={m.ref} to={`/scripts/${m.ref}`}>
                          {m.title}
                        </Link>
                      ) : m.kind === "playbook" ? (
                        <Typography.Link key={`playbook-${m.ref}`} onClick={() => setReading(m.versionId)}>
                          {`${t("training.materialPlaybook")}：${m.title}${
                            m.versionNo ? `（${t("training.playbookVersion", { no: m.versionNo })}）` : ""
                          }`}
                        </Typography.Link>
                      ) : (
                        <Tag key={`${m.kind}-${m.ref}`}>{m.title}</Tag>
                      ),
                    )}
                  </Space>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <SessionFilesCard session={s} />
          <Card title={t("training.quizzesOfSession")} style={{ marginTop: 16 }} size="small">
            {s.quizIds.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Space wrap>
                {s.quizIds.map((q, i) => (
                  <Link key={q} to={`/training/quizzes/${q}`}>
                    <Button type="primary">{`${t("training.takeQuiz")}${s.quizIds.length > 1 ? ` ${i + 1}` : ""}`}</Button>
                  </Link>
                ))}
              </Space>
            )}
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={`${t("training.attendees")} (${s.attendees.length})`} size="small">
            <List
              size="small"
              dataSource={s.attendees}
              renderItem={(a) => (
                <List.Item>
                  <Flex justify="space-between" gap={8} style={{ width: "100%" }}>
                    {a.name}
                    <Typography.Text type="secondary">{formatTime(a.signedAt)}</Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={`${t("training.absentees")} (${s.absentees.length})`} size="small">
            <List
              size="small"
              dataSource={s.absentees}
              renderItem={(a) => (
                <List.Item>
                  <Flex justify="space-between" gap={8} style={{ width: "100%" }}>
                    {a.name}
                    <Typography.Text type="secondary">{a.orgUnitName}</Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <NewQuizModal open={quizzing} onClose={() => setQuizzing(false)} sessionId={s.id} />
      <SessionPlaybookDrawer sessionId={s.id} versionId={reading} onClose={() => setReading(undefined)} />
    </>
  );
}

function SignInCodeCard({ session }: { session: SessionDetail }) {
  const { t } = useI18n();
  const code = useSignInCode(session.id, session.signInOpen);
  const url =
    code.data && `${window.location.origin}/training/sign-in?t=${encodeURIComponent(code.data.token)}`;
  return (
    <Card title={t("training.signInCode")}>
      {!session.signInOpen ? (
        <Typography.Text type="secondary">{t("training.signInClosed")}</Typography.Text>
      ) : (
        <Space direction="vertical" align="center" style={{ width: "100%" }}>
          <QRCode value={url ?? "-"} status={url ? "active" : "loading"} size={240} />
          <Typography.Text type="secondary">{t("training.signInCodeHint")}</Typography.Text>
          {url && (
            <Typography.Link href={url} data-testid="sign-in-link" style={{ fontSize: 12 }}>
              {url.length > 60 ? `${url.slice(0, 60)}…` : url}
            </Typography.Link>
          )}
        </Space>
      )}
    </Card>
  );
}
