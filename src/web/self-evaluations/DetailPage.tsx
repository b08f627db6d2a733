import { UploadOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Flex,
  Input,
  InputNumber,
  Popconfirm,
  Result,
  Spin,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
  Upload,
} from "antd";
import { Link, useParams } from "react-router";
import type { Evaluation } from "../../domain/self-evaluations/schema.ts";
import {
  EVIDENCE_FILE_TYPES,
  EVIDENCE_SOURCES,
  type EvidenceSource,
} from "../../domain/self-evaluations/vocabulary.ts";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { fileUrl, type Item, useAddFile, useEvaluation, useScore, useSignOff } from "./api.ts";

const MAX_MB = 5;

type Translate = ReturnType<typeof useI18n>["t"];

/** One source's figures in words; a rate or mean with nothing behind it shows as a dash. */
function figureText(t: Translate, f: Evaluation["evidence"], source: EvidenceSource): string {
  if (source !== "training") return t(`sev.${source}`, f[source]);
  const g = f.training;
  return t("sev.training", {
    sessions: g.sessions,
    expected: g.expected,
    signIns: g.signIns,
    hours: g.hours,
    quizAttempts: g.quizAttempts,
    rate: g.attendanceRate === null ? "—" : `${g.attendanceRate}%`,
    perPerson: g.hoursPerPerson ?? "—",
    quizScore: g.averageQuizScore ?? "—",
  });
}

/** One evaluation: each element scored with a comment and files, last year beside it, then the sign-off. */
export function DetailPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const evaluation = useEvaluation(id);
  const score = useScore(id);
  const addFile = useAddFile(id, locale === "zh" ? "zh-CN" : "en");
  const signOff = useSignOff(id);
  if (evaluation.isPending) return <Spin />;
  if (evaluation.isError)
    return <Result status="error" title={t("common.loadFailed")} subTitle={evaluation.error.message} />;
  const ev = evaluation.data;
  const editable = ev.allowedActions.includes("edit");
  const save = (item: Item, change: { score?: number | null; comment?: string }) =>
    score.mutate(
      { itemId: item.id, body: { score: item.score, comment: item.comment ?? undefined, ...change } },
      { onSuccess: () => message.success(t("sev.saved")), onError: (e) => message.error(e.message) },
    );
  const columns: TableColumnsType<Item> = [
    {
      title: t("sev.element"),
      key: "element",
      width: 320,
      render: (_, i) => (
        <Flex vertical>
          <Typography.Text strong>
            {i.position}. {locale === "zh" ? i.titleZh : i.titleEn}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("sev.evidenceNeeded")}：{locale === "zh" ? i.evidenceZh : i.evidenceEn}
          </Typography.Text>
          {i.sources.map((s) => (
            <Typography.Text key={s} style={{ fontSize: 12 }} data-testid={`evidence-${s}`}>
              {figureText(t, ev.evidence, s)}
              {s === "training" && (
                <>
                  {" "}
                  <Link to="/training">{t("sev.trainingLink")}</Link>
                </>
              )}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    { title: t("sev.weight"), dataIndex: "weight", key: "weight", align: "right" },
    {
      title: t("sev.score"),
      key: "score",
      render: (_, i) =>
        editable ? (
          <InputNumber
            aria-label={`${t("sev.score")} ${i.position}`}
            min={0}
            max={i.weight}
            step={0.5}
            defaultValue={i.score ?? undefined}
            onBlur={(e) => {
              const value = e.target.value === "" ? null : Number(e.target.value);
              if (value !== i.score) save(i, { score: value });
            }}
          />
        ) : (
          (i.score ?? t("common.none"))
        ),
    },
    {
      title: t("sev.lastYear"),
      key: "last",
      align: "right",
      render: (_, i) => i.lastYearScore ?? t("common.none"),
    },
    {
      title: t("sev.comment"),
      key: "comment",
      width: 280,
      render: (_, i) =>
        editable ? (
          <Input.TextArea
            aria-label={`${t("sev.comment")} ${i.position}`}
            autoSize={{ minRows: 1, maxRows: 4 }}
            defaultValue={i.comment ?? ""}
            onBlur={(e) => e.target.value !== (i.comment ?? "") && save(i, { comment: e.target.value })}
          />
        ) : (
          i.comment
        ),
    },
    {
      title: t("sev.files"),
      key: "files",
      render: (_, i) => (
        <Flex vertical gap={2}>
          {i.files.map((f) => (
            <a key={f.id} href={fileUrl(ev.id, f.id)}>
              {f.fileName}
            </a>
          ))}
          {editable && (
            <Upload
              accept={EVIDENCE_FILE_TYPES.join(",")}
              showUploadList={false}
              beforeUpload={(file) => {
                if (!(EVIDENCE_FILE_TYPES as readonly string[]).includes(file.type))
                  message.error(t("sev.fileType"));
                else if (file.size > MAX_MB * 1024 * 1024) message.error(t("sev.fileSize", { max: MAX_MB }));
                else addFile.mutate({ itemId: i.id, file }, { onError: (e) => message.error(e.message) });
                return false;
              }}
            >
              <Button size="small" icon={<UploadOutlined />}>
                {t("sev.addFile")}
              </Button>
            </Upload>
          )}
        </Flex>
      ),
    },
  ];
  const f = ev.evidence;
  return (
    <>
      <PageHeader
        title={t("sev.detailTitle", { unit: ev.orgUnitName, year: ev.year })}
        subtitle={`${t("sev.score")} ${t("sev.scoreOf", { score: ev.draftScore, max: ev.maxScore })}${
          ev.lastYear ? ` · ${t("sev.lastYearTotal", { score: ev.lastYear.draftScore })}` : ""
        }`}
        extra={
          <Flex gap={8} align="center">
            <Tag color={ev.status === "signed_off" ? "success" : "processing"}>
              {t(`sev.status.${ev.status}`)}
            </Tag>
            {ev.allowedActions.includes("sign_off") && (
              <Popconfirm
                title={t("sev.signOffConfirm")}
                onConfirm={() => signOff.mutate(undefined, { onError: (e) => message.error(e.message) })}
              >
                <Button type="primary" loading={signOff.isPending}>
                  {t("sev.signOff")}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" title={t("sev.platform")}>
          <Table
            size="small"
            pagination={false}
            rowKey="source"
            dataSource={EVIDENCE_SOURCES.map((source) => ({ source }))}
            columns={[
              {
                title: t("sev.thisYearFigures", { year: ev.year }),
                key: "this",
                render: (_, { source }) => figureText(t, f, source),
              },
              {
                title: t("sev.lastYearFigures", { year: ev.year - 1 }),
                key: "last",
                render: (_, { source }) => (
                  <Typography.Text type="secondary">
                    {figureText(t, ev.lastYearEvidence, source)}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </Card>
        <Card size="small">
          <Table<Item>
            rowKey="id"
            columns={columns}
            dataSource={ev.items}
            pagination={false}
            scroll={{ x: "max-content" }}
          />
        </Card>
      </Flex>
    </>
  );
}
