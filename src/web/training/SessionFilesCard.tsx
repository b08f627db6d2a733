import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from "@ant-design/icons";
import { App, Button, Card, List, Popconfirm, Typography, Upload } from "antd";
import { SESSION_FILE_TYPES } from "../../domain/training/vocabulary.ts";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type SessionDetail, sessionFileUrl, useRemoveSessionFile, useUploadSessionFile } from "./api.ts";

/** The server's limit (the photo limit); checked here too so a big file is refused before it is sent. */
const MAX_MB = 5;

/** The session's uploaded handouts: downloads for everyone who sees it, upload and removal for its organisers. */
export function SessionFilesCard({ session }: { session: SessionDetail }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadSessionFile(session.id, locale === "zh" ? "zh-CN" : "en");
  const remove = useRemoveSessionFile(session.id);
  return (
    <Card
      title={t("training.files")}
      size="small"
      style={{ marginTop: 16 }}
      extra={
        session.canManage && (
          <Upload
            accept={SESSION_FILE_TYPES.join(",")}
            showUploadList={false}
            beforeUpload={(file) => {
              if (!(SESSION_FILE_TYPES as readonly string[]).includes(file.type))
                message.error(t("training.fileType"));
              else if (file.size > MAX_MB * 1024 * 1024)
                message.error(t("training.fileSize", { max: MAX_MB }));
              else upload.mutate(file, { onError: (e) => message.error(e.message) });
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
              {t("training.fileUpload")}
            </Button>
          </Upload>
        )
      }
    >
      <List
        size="small"
        dataSource={session.files}
        locale={{ emptyText: t("training.filesNone") }}
        footer={
          session.canManage && (
            <Typography.Text type="secondary">{t("training.fileHint", { max: MAX_MB })}</Typography.Text>
          )
        }
        renderItem={(f) => (
          <List.Item
            actions={
              session.canManage
                ? [
                    <Popconfirm
                      key="remove"
                      title={t("training.fileRemoveConfirm")}
                      onConfirm={() => remove.mutate(f.id)}
                    >
                      <Button
                        size="small"
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t("training.fileRemove")}
                      />
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <a href={sessionFileUrl(session.id, f.id)}>
              <PaperClipOutlined /> {f.name}
            </a>
            <Typography.Text type="secondary">
              {`${Math.max(1, Math.round(f.size / 1024))} KB · ${f.uploadedBy} · ${formatTime(f.uploadedAt)}`}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
