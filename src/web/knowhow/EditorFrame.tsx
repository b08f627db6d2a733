import { App, Button, Card, Result, Space, Spin, Table, Tag, Tooltip } from "antd";
import type { ReactNode } from "react";
import { useCan } from "../auth/current-user.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import {
  type KindPath,
  type KnowhowVersion,
  useItemVersions,
  useKnowhowItems,
  usePublishVersion,
} from "./api.ts";

const STATUS_COLORS = { draft: "processing", published: "success", superseded: "default" } as const;

/**
 * The frame every know-how editor shares: the item's versions (publish by someone other than the author), and
 * the kind's own editor opened on the caller's draft, or on the version in force for them.
 */
export function EditorFrame<C>({
  path,
  itemKey,
  summary,
  editor,
}: {
  path: KindPath;
  itemKey: string;
  /** A short line per version in the history, when the content has one (a script's title). */
  summary?: (content: C) => string;
  editor: (start: C, title: string) => ReactNode;
}) {
  const { t } = useI18n();
  const can = useCan();
  const versions = useItemVersions<C>(path, itemKey);
  const items = useKnowhowItems(path);
  if (versions.isError) return <Result status="404" title={versions.error.message} />;
  const inForce = items.data?.find((i) => i.key === itemKey);
  if (!versions.data || !inForce) return <Spin />;
  const all = versions.data.versions;
  // An editor works on their draft, or starts one from the version in force for them; someone who only
  // publishes reads the draft waiting for them, so that they publish what they have read.
  const draft = can("knowhow.edit")
    ? all.find((v) => v.allowedActions.includes("edit"))
    : all.find((v) => v.allowedActions.includes("publish"));
  const start = draft ?? all.find((v) => v.id === inForce.versionId);
  if (!start) return <Spin />;
  const title = !draft
    ? t("kh.newDraft")
    : can("knowhow.edit")
      ? t("kh.yourDraft")
      : t("kh.draftToPublish", { n: String(draft.versionNo), unit: draft.orgUnitName ?? t("kh.wholeBank") });
  return (
    <>
      <PageHeader title={inForce.title} subtitle={t("kh.inForceNow", { n: String(inForce.versionNo) })} />
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <Versions path={path} itemKey={itemKey} versions={all} summary={summary} />
        <div key={start.id}>{editor(start.content, title)}</div>
      </Space>
    </>
  );
}

function Versions<C>({
  path,
  itemKey,
  versions,
  summary,
}: {
  path: KindPath;
  itemKey: string;
  versions: KnowhowVersion<C>[];
  summary?: (content: C) => string;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const publish = usePublishVersion<C>(path, itemKey);
  return (
    <Card title={t("kh.versions")} size="small">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={versions}
        columns={[
          {
            title: t("kh.version"),
            dataIndex: "versionNo",
            render: (n: number) => t("kh.versionNo", { n: String(n) }),
          },
          {
            title: t("kh.appliesTo"),
            dataIndex: "orgUnitName",
            render: (name: string | null) => name ?? t("kh.wholeBank"),
          },
          {
            title: t("kh.status"),
            dataIndex: "status",
            render: (s: KnowhowVersion["status"]) => (
              <Tag color={STATUS_COLORS[s]}>{t(`kh.status.${s}`)}</Tag>
            ),
          },
          ...(summary
            ? [
                {
                  title: t("kh.field.title"),
                  render: (_: unknown, v: KnowhowVersion<C>) => summary(v.content),
                },
              ]
            : []),
          { title: t("kh.author"), render: (_, v) => v.author ?? t("kh.shipped") },
          {
            title: t("kh.improvements"),
            render: (_, v) =>
              v.improvements.map((i) => (
                <Tooltip key={i.id} title={i.what}>
                  <Tag color={i.status === "done" ? "success" : "processing"}>{i.sourceRef}</Tag>
                </Tooltip>
              )),
          },
          {
            title: t("kh.published"),
            render: (_, v) =>
              v.publishedAt ? `${v.publisher ?? t("kh.shipped")} · ${formatTime(v.publishedAt)}` : "",
          },
          {
            title: "",
            render: (_, v) =>
              v.allowedActions.includes("publish") && (
                <Button
                  type="primary"
                  size="small"
                  loading={publish.isPending}
                  onClick={() =>
                    publish.mutate(v.id, {
                      onSuccess: () => message.success(t("kh.publishedNow")),
                      onError: (e) => message.error(e.message),
                    })
                  }
                >
                  {t("kh.publish")}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
