import { CameraOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, Form, Image, Input, InputNumber, Space, Typography, Upload } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { UserPicker } from "../complaints/UserPicker.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import {
  type Detail,
  screenshotUrl,
  useLinkRecord,
  useSpokesperson,
  useUpdateReach,
  useUploadScreenshot,
} from "./api.ts";

const TYPES = ["image/jpeg", "image/png", "image/webp"];
const MAX_MB = 5;
const REACH = ["views", "shares", "comments", "likes"] as const;

/** What the post was and how far it went: screenshots, reach figures, linked records and the spokesperson. */
export function EvidenceCard({ event }: { event: Detail }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadScreenshot(event.id, locale === "zh" ? "zh-CN" : "en");
  const reach = useUpdateReach(event.id);
  const link = useLinkRecord(event.id);
  const speaker = useSpokesperson(event.id);
  const [ref, setRef] = useState("");
  const [speakerId, setSpeakerId] = useState<number>();
  const onError = (e: Error) => message.error(e.message);
  const may = event.allowed.record;
  return (
    <Card title={t("opn.evidence")} style={{ marginBottom: 16 }}>
      <Flex vertical gap={16}>
        <div>
          <Typography.Text strong>{t("opn.screenshots")}</Typography.Text>
          <Flex wrap gap={8} style={{ marginTop: 8 }}>
            <Image.PreviewGroup>
              {event.screenshots.map((s) => (
                <Image
                  key={s.id}
                  src={screenshotUrl(event.id, s.id)}
                  alt={s.fileName}
                  width={88}
                  height={88}
                  style={{ objectFit: "cover", borderRadius: 6 }}
                />
              ))}
            </Image.PreviewGroup>
            {may && (
              <Upload
                accept={TYPES.join(",")}
                showUploadList={false}
                beforeUpload={(file) => {
                  if (!TYPES.includes(file.type) || file.size > MAX_MB * 1024 * 1024)
                    message.error(t("opn.screenshotRule", { max: MAX_MB }));
                  else upload.mutate(file, { onError });
                  return false;
                }}
              >
                <Button icon={<CameraOutlined />} loading={upload.isPending}>
                  {t("opn.addScreenshot")}
                </Button>
              </Upload>
            )}
          </Flex>
        </div>
        {may && (
          <Form
            layout="inline"
            initialValues={event.reach}
            onFinish={(v) =>
              reach.mutate(v, { onSuccess: () => message.success(t("opn.reachSaved")), onError })
            }
          >
            {REACH.map((k) => (
              <Form.Item key={k} name={k} label={t(`opn.${k}`)} rules={[{ required: true }]}>
                <InputNumber min={0} precision={0} style={{ width: 110 }} />
              </Form.Item>
            ))}
            <Button htmlType="submit" loading={reach.isPending}>
              {t("opn.updateReach")}
            </Button>
          </Form>
        )}
        <div>
          <Typography.Text strong>{t("opn.links")}</Typography.Text>{" "}
          {event.links.length === 0
            ? "—"
            : event.links.map((l) => (
                <Link key={`${l.kind}-${l.id}`} to={l.path} style={{ marginRight: 12 }}>
                  {l.ref}
                </Link>
              ))}
          {may && (
            <Space.Compact style={{ marginTop: 8, display: "flex", maxWidth: 420 }}>
              <Input placeholder="CMP-20261205-0001" value={ref} onChange={(e) => setRef(e.target.value)} />
              <Button
                disabled={ref.trim() === ""}
                onClick={() => link.mutate(ref.trim(), { onSuccess: () => setRef(""), onError })}
              >
                {t("opn.link")}
              </Button>
            </Space.Compact>
          )}
        </div>
        {may && (
          <Space.Compact style={{ display: "flex", maxWidth: 420 }}>
            <UserPicker value={speakerId} onChange={setSpeakerId} />
            <Button
              disabled={speakerId === undefined}
              onClick={() => speakerId !== undefined && speaker.mutate(speakerId, { onError })}
            >
              {t("opn.designate")}
            </Button>
          </Space.Compact>
        )}
      </Flex>
    </Card>
  );
}
