import { CameraOutlined, PlusOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Flex,
  Image,
  InputNumber,
  Space,
  Table,
  type TableColumnsType,
  Upload,
} from "antd";
import { useState } from "react";
import { useCan, useCurrentUser } from "../auth/current-user.tsx";
import { LoadMore } from "../common/LoadMore.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Activity, photoUrl, useActivities, useActivityPhoto, useCampaigns } from "./api.ts";
import { RecordActivityModal } from "./RecordActivityModal.tsx";

const MAX_MB = 5;
const TYPES = ["image/jpeg", "image/png", "image/webp"];

/** The activities of the user's subtree in a year, newest first; the outlet records them and adds photos. */
export function ActivitiesPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const me = useCurrentUser();
  const [year, setYear] = useState(new Date().getFullYear());
  const [recording, setRecording] = useState(false);
  const list = useActivities(year);
  const campaigns = useCampaigns();
  const photo = useActivityPhoto(locale === "zh" ? "zh-CN" : "en");
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const campaignName = (code: string | null) => {
    const c = campaigns.data?.find((x) => x.code === code);
    return c ? (locale === "zh" ? c.nameZh : c.nameEn) : t("edu.noCampaign");
  };
  const columns: TableColumnsType<Activity> = [
    { title: t("edu.heldOn"), dataIndex: "heldOn", key: "heldOn" },
    { title: t("edu.unit"), dataIndex: "orgUnitName", key: "unit" },
    { title: t("edu.campaign"), key: "campaign", render: (_, a) => campaignName(a.campaignCode) },
    { title: t("edu.topic"), dataIndex: "topic", key: "topic" },
    { title: t("edu.targetGroup"), key: "group", render: (_, a) => t(`edu.group.${a.targetGroup}`) },
    {
      title: t("edu.place"),
      key: "place",
      render: (_, a) => `${t(`edu.place.${a.placeKind}`)} · ${a.place}`,
    },
    { title: t("edu.peopleReached"), dataIndex: "peopleReached", key: "people", align: "right" },
    {
      title: t("edu.materials"),
      key: "materials",
      render: (_, a) => a.materials.map((m) => m.title).join("、") || t("common.none"),
    },
    {
      title: t("edu.photos"),
      key: "photos",
      render: (_, a) => (
        <Flex gap={4} align="center">
          <Image.PreviewGroup>
            {a.photos.map((p) => (
              <Image
                key={p.id}
                src={photoUrl(a.id, p.id)}
                alt={p.fileName}
                width={40}
                height={40}
                style={{ objectFit: "cover" }}
              />
            ))}
          </Image.PreviewGroup>
          {can("campaigns.record") && a.orgUnitId === me.orgUnit.id && (
            <Upload
              accept={TYPES.join(",")}
              capture="environment"
              showUploadList={false}
              beforeUpload={(file) => {
                if (!TYPES.includes(file.type)) message.error(t("edu.photoType"));
                else if (file.size > MAX_MB * 1024 * 1024) message.error(t("edu.photoSize", { max: MAX_MB }));
                else photo.mutate({ id: a.id, file }, { onError: (e) => message.error(e.message) });
                return false;
              }}
            >
              <Button size="small" icon={<CameraOutlined />} aria-label={t("edu.addPhoto")} />
            </Upload>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t("edu.activitiesTitle")}
        subtitle={t("edu.activitiesSubtitle")}
        extra={
          <Space>
            <InputNumber
              aria-label={t("edu.year")}
              addonBefore={t("edu.year")}
              min={2020}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
            {can("campaigns.record") && me.orgUnit.kind === "outlet" && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
                {t("edu.record")}
              </Button>
            )}
          </Space>
        }
      />
      <Card>
        <Table<Activity>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={list.isFetching && !list.isFetchingNextPage}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: t("edu.noActivities") }}
        />
        <LoadMore
          count={rows.length}
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoad={() => list.fetchNextPage()}
        />
      </Card>
      <RecordActivityModal open={recording} onClose={() => setRecording(false)} />
    </>
  );
}
