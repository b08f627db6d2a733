import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Modal,
  Result,
  Row,
  Segmented,
  Space,
  Spin,
  Tag,
} from "antd";
import { useMemo, useState } from "react";
import { useParams } from "react-router";
import type { CheckContext } from "../../domain/compliance/matcher.ts";
import { mayReview, versionState } from "../../domain/compliance/policy.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useCan, useCurrentUser } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Material, useMaterial, useNewVersion, useReview } from "./api.ts";
import { FindingsList } from "./FindingsList.tsx";
import { HighlightedText } from "./HighlightedText.tsx";
import { LiveChecker } from "./LiveChecker.tsx";
import { STATUS_COLORS } from "./labels.ts";

/** One material: the chosen version with its findings marked in place, its review, and the next step. */
export function MaterialPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const material = useMaterial(id);
  const [versionNo, setVersionNo] = useState<number | null>(null);
  if (material.isError) return <Result status="404" title={material.error.message} />;
  if (!material.data) return <Spin />;
  const m = material.data;
  const version = m.versions.find((v) => v.version === (versionNo ?? m.currentVersion)) ?? m.versions[0];
  return (
    <>
      <PageHeader
        title={`${m.ref} · ${m.title}`}
        subtitle={t("cp.materialSubtitle")}
        extra={<Actions material={m} />}
      />
      <MaterialFacts material={m} />
      <Card
        title={
          <Space wrap>
            <Segmented
              value={version.version}
              onChange={(v) => setVersionNo(Number(v))}
              options={m.versions.map((v) => ({
                value: v.version,
                label: t("cp.versionN", { n: v.version }),
              }))}
            />
            <Tag color={STATUS_COLORS[version.status]}>{t(`cp.status.${version.status}`)}</Tag>
          </Space>
        }
        extra={t("cp.submittedBy", {
          name: version.submittedBy.displayName,
          at: formatTime(version.submittedAt),
        })}
      >
        {version.reviewedBy && (
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t("cp.reviewedBy")}>
              {version.reviewedBy.displayName} · {version.reviewedAt && formatTime(version.reviewedAt)}
            </Descriptions.Item>
            {version.reviewComment && (
              <Descriptions.Item label={t("cp.reviewComment")}>{version.reviewComment}</Descriptions.Item>
            )}
          </Descriptions>
        )}
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={14}>
            <HighlightedText text={version.text} findings={version.findings} />
            {version.attachment && (
              <a href={`/api/materials/${m.id}/versions/${version.id}/attachment`}>
                {t("cp.attachment")}：{version.attachment.name}
              </a>
            )}
          </Col>
          <Col xs={24} lg={10}>
            <FindingsList findings={version.findings} />
          </Col>
        </Row>
      </Card>
    </>
  );
}

function MaterialFacts({ material: m }: { material: Material }) {
  const { t } = useI18n();
  return (
    <Descriptions size="small" style={{ marginBottom: 16 }} column={{ xs: 1, md: 4 }}>
      <Descriptions.Item label={t("cp.status")}>
        <Tag color={STATUS_COLORS[m.status]} data-testid="material-status">
          {t(`cp.status.${m.status}`)}
        </Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t("cp.channel")}>{t(`cp.channels.${m.channel}`)}</Descriptions.Item>
      <Descriptions.Item label={t("cp.materialType")}>
        {t(`cp.materialTypes.${m.materialType}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t("cp.unit")}>{m.orgUnitName}</Descriptions.Item>
    </Descriptions>
  );
}

function Actions({ material: m }: { material: Material }) {
  const { t } = useI18n();
  const can = useCan();
  const me = useCurrentUser();
  const current = m.versions[0];
  const reviewable = mayReview(me, versionState(m, current));
  return (
    <Space wrap>
      {reviewable && <ReviewButtons material={m} />}
      {can("materials.submit") && <NewVersionButton material={m} />}
      {current.status === "pending_review" && current.submittedBy.id === me.id && (
        <Tag>{t("cp.waitingForOther")}</Tag>
      )}
    </Space>
  );
}

function ReviewButtons({ material: m }: { material: Material }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const review = useReview(m.id);
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  const onError = useFormErrorHandler(form);
  const versionId = m.versions[0].id;
  const errors = m.versions[0].errorCount;
  return (
    <>
      <Button
        type="primary"
        disabled={errors > 0}
        title={errors > 0 ? t("cp.cannotApprove", { errors }) : undefined}
        loading={review.isPending}
        onClick={() =>
          review.mutate(
            { versionId, decision: "approve" },
            { onSuccess: () => message.success(t("cp.approved")), onError: (e) => message.error(e.message) },
          )
        }
      >
        {t("cp.approve")}
      </Button>
      <Button danger onClick={() => setRejecting(true)}>
        {t("cp.reject")}
      </Button>
      <Modal
        open={rejecting}
        title={t("cp.rejectTitle")}
        okText={t("cp.reject")}
        okButtonProps={{ danger: true, loading: review.isPending }}
        onCancel={() => setRejecting(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={({ comment }) =>
            review.mutate(
              { versionId, decision: "reject", comment },
              { onSuccess: () => setRejecting(false), onError },
            )
          }
        >
          <Form.Item
            name="comment"
            label={t("cp.reviewComment")}
            rules={[{ required: true, message: t("cp.required") }]}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function NewVersionButton({ material: m }: { material: Material }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ text: string }>();
  const onError = useFormErrorHandler(form);
  const submit = useNewVersion(m.id);
  const context: CheckContext = useMemo(
    () => ({ kind: "marketing", materialType: m.materialType }),
    [m.materialType],
  );
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t("cp.newVersion")}</Button>
      <Modal
        open={open}
        width={1100}
        title={t("cp.newVersionTitle")}
        okText={t("cp.submitForReview")}
        okButtonProps={{ loading: submit.isPending }}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ text: m.versions[0].text }}
          onFinish={({ text }) => submit.mutate({ text }, { onSuccess: () => setOpen(false), onError })}
        >
          <Form.Item name="text" label={t("cp.text")} rules={[{ required: true, message: t("cp.required") }]}>
            <LiveChecker context={context} rows={12} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
