import { CheckCircleTwoTone, CloseCircleTwoTone } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Col,
  Input,
  List,
  Progress,
  Result,
  Row,
  Space,
  Spin,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { PageHeader } from "../common/PageHeader.tsx";
import { FindingsList } from "../compliance/FindingsList.tsx";
import { HighlightedText } from "../compliance/HighlightedText.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Scenario, usePractice, useScenario } from "./api.ts";
import { MyAttempts } from "./MyAttempts.tsx";

/** One scenario: the guidance on the left, practice on the right. */
export function ScriptPage() {
  const { t } = useI18n();
  const id = useParams().id ?? "";
  const scenario = useScenario(id);
  if (scenario.isError) return <Result status="404" title={scenario.error.message} />;
  if (!scenario.data) return <Spin />;
  const s = scenario.data;
  return (
    <>
      <PageHeader
        title={s.title}
        subtitle={`${t(`scripts.techniques.${s.technique}`)} · ${t("scripts.version", { version: s.version })}`}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Guidance scenario={s} />
        </Col>
        <Col xs={24} xl={12}>
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <Practice scenario={s} />
            <MyAttempts scenario={s} />
          </Space>
        </Col>
      </Row>
    </>
  );
}

function Guidance({ scenario: s }: { scenario: Scenario }) {
  const { t } = useI18n();
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card size="small" title={t("scripts.situation")}>
        {s.situation}
      </Card>
      {s.steps.length > 0 && (
        <Card size="small" title={t("scripts.steps")}>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {s.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </Card>
      )}
      <Card size="small" title={t("scripts.good")}>
        <List
          dataSource={s.goodReplies}
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta title={`“${r.text}”`} description={r.why} />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t("scripts.bad")}>
        <List
          dataSource={s.badReplies}
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta
                title={<Typography.Text delete>“{r.text}”</Typography.Text>}
                description={r.why}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t("scripts.traps")}>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {s.traps.map((trap) => (
            <li key={trap}>{trap}</li>
          ))}
        </ul>
      </Card>
    </Space>
  );
}

function Practice({ scenario: s }: { scenario: Scenario }) {
  const { t } = useI18n();
  const [reply, setReply] = useState("");
  const practice = usePractice(s.id);
  const feedback = practice.data;
  return (
    <Card title={t("scripts.practice")}>
      <Alert type="info" showIcon message={t("scripts.customerSays")} description={`“${s.customerLine}”`} />
      <Input.TextArea
        style={{ marginTop: 16 }}
        rows={5}
        value={reply}
        onChange={(e) => setReply(e.target.value)}
        placeholder={t("scripts.replyPlaceholder")}
        aria-label={t("scripts.yourReply")}
      />
      <Button
        type="primary"
        style={{ marginTop: 12 }}
        disabled={!reply.trim()}
        loading={practice.isPending}
        onClick={() => practice.mutate(reply)}
      >
        {t("scripts.getFeedback")}
      </Button>
      {feedback && (
        <Space direction="vertical" size={12} style={{ width: "100%", marginTop: 16 }}>
          <Space>
            <Progress type="circle" size={64} percent={feedback.score} />
            <Tag color={feedback.verdict === "good" ? "success" : "warning"} data-testid="practice-verdict">
              {t(`scripts.verdict.${feedback.verdict}`)}
            </Tag>
          </Space>
          <HighlightedText text={reply} findings={feedback.findings} />
          <List
            size="small"
            header={t("scripts.elements")}
            dataSource={feedback.elements}
            renderItem={(e) => (
              <List.Item>
                <Space>
                  {e.present ? (
                    <CheckCircleTwoTone twoToneColor="#52c41a" />
                  ) : (
                    <CloseCircleTwoTone twoToneColor="#ff4d4f" />
                  )}
                  {t(`scripts.elements.${e.element}`)}
                  {e.evidence && <Typography.Text type="secondary">“{e.evidence}”</Typography.Text>}
                  {!e.expected && <Tag>{t("scripts.extra")}</Tag>}
                </Space>
              </List.Item>
            )}
          />
          <FindingsList findings={feedback.findings} />
        </Space>
      )}
    </Card>
  );
}
