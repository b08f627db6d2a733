import { PlusOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Empty,
  Input,
  List,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { CASE_OUTCOMES } from "../../domain/cases/vocabulary.ts";
import { useCan, useCurrentUser } from "../auth/current-user.tsx";
import { LoadMore } from "../common/LoadMore.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type CaseFilter, type CaseRecord, useCaseFromSource, useCases, usePublishCase } from "./api.ts";
import { CreateCaseModal } from "./CreateCaseModal.tsx";

/** 案例库: search past cases in Chinese, filter them, read their lessons. */
export function CasesPage() {
  const { t } = useI18n();
  const can = useCan();
  const [filter, setFilter] = useState<CaseFilter>({ status: "published" });
  const [open, setOpen] = useState<CaseRecord | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useCases(filter);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (patch: CaseFilter) => setFilter((f) => ({ ...f, ...patch }));
  return (
    <>
      <PageHeader
        title={t("cases.title")}
        subtitle={t("cases.subtitle")}
        extra={
          can("cases.manage") && (
            <Space wrap>
              <FromSource onCreated={setOpen} />
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t("cases.new")}
              </Button>
            </Space>
          )
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t("cases.searchPlaceholder")}
            aria-label={t("cases.search")}
            onSearch={(q) => set({ q: q || undefined })}
            style={{ width: 280 }}
          />
          <Select
            allowClear
            placeholder={t("cases.outcome")}
            style={{ width: 180 }}
            onChange={(outcome) => set({ outcome })}
            options={CASE_OUTCOMES.map((o) => ({ value: o, label: t(`cases.outcomes.${o}`) }))}
          />
          <DatePicker.RangePicker
            onChange={(range) =>
              set({ from: range?.[0]?.format("YYYY-MM-DD"), to: range?.[1]?.format("YYYY-MM-DD") })
            }
          />
          {can("cases.manage") && (
            <Segmented
              value={filter.status}
              onChange={(status) => set({ status: status as CaseFilter["status"] })}
              options={[
                { value: "published", label: t("cases.status.published") },
                { value: "draft", label: t("cases.status.draft") },
              ]}
            />
          )}
        </Space>
        <List
          loading={list.isFetching && !list.isFetchingNextPage}
          dataSource={rows}
          locale={{ emptyText: <Empty description={t("cases.empty")} /> }}
          renderItem={(c) => (
            <List.Item
              key={c.id}
              data-testid="case-item"
              onClick={() => setOpen(c)}
              style={{ cursor: "pointer" }}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Typography.Link>{c.title}</Typography.Link>
                    <Tag>{t(`cases.outcomes.${c.outcome}`)}</Tag>
                    {c.tags.map((tag) => (
                      <Tag key={tag} color="blue">
                        {tag}
                      </Tag>
                    ))}
                  </Space>
                }
                description={
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                    {c.occurredOn} · {c.orgUnitName} · {c.story}
                  </Typography.Paragraph>
                }
              />
            </List.Item>
          )}
        />
        <LoadMore
          count={rows.length}
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoad={() => list.fetchNextPage()}
        />
      </Card>
      <CaseDrawer record={open} onClose={() => setOpen(null)} />
      {creating && <CreateCaseModal onClose={() => setCreating(false)} />}
    </>
  );
}

function CaseDrawer({ record, onClose }: { record: CaseRecord | null; onClose: () => void }) {
  const { t } = useI18n();
  const can = useCan();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const publish = usePublishCase();
  const mayPublish = record?.status === "draft" && can("cases.manage") && record.createdBy !== me.id;
  return (
    <Drawer
      open={!!record}
      onClose={onClose}
      width={640}
      title={record?.title}
      extra={
        mayPublish &&
        record && (
          <Button
            type="primary"
            loading={publish.isPending}
            onClick={() =>
              publish.mutate(record.id, {
                onSuccess: () => {
                  message.success(t("cases.published"));
                  onClose();
                },
                onError: (e) => message.error(e.message),
              })
            }
          >
            {t("cases.publish")}
          </Button>
        )
      }
    >
      {record && (
        <>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t("cases.ref")}>{record.ref}</Descriptions.Item>
            <Descriptions.Item label={t("cases.occurredOn")}>{record.occurredOn}</Descriptions.Item>
            <Descriptions.Item label={t("cases.outcome")}>
              {t(`cases.outcomes.${record.outcome}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t("cases.category")}>{record.category}</Descriptions.Item>
            {record.sourceRef && (
              <Descriptions.Item label={t("cases.source")}>{record.sourceRef}</Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5}>{t("cases.story")}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{record.story}</Typography.Paragraph>
          <Typography.Title level={5}>{t("cases.lessons")}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{record.lessons}</Typography.Paragraph>
        </>
      )}
    </Drawer>
  );
}

/** Drafts a case from a closed incident or complaint by its reference (INC-…, CMP-…). */
function FromSource({ onCreated }: { onCreated: (c: CaseRecord) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const fromSource = useCaseFromSource();
  return (
    <Input.Search
      placeholder={t("cases.fromSourcePlaceholder")}
      aria-label={t("cases.fromSource")}
      enterButton={t("cases.fromSource")}
      loading={fromSource.isPending}
      style={{ width: 340 }}
      onSearch={(ref) =>
        ref.trim() &&
        fromSource.mutate(ref.trim(), {
          onSuccess: (c) => {
            message.success(t("cases.drafted", { ref: c.ref }));
            onCreated(c);
          },
          onError: (e) => message.error(e.message),
        })
      }
    />
  );
}
