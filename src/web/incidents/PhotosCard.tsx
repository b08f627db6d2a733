import { CameraOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, Image, Typography, Upload } from "antd";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { photoUrl, usePhotos, useUploadPhoto } from "./api.ts";

const MAX_MB = 5;
const TYPES = ["image/jpeg", "image/png", "image/webp"];

/** Scene photos: taken with the phone's camera or picked from the PC; the server checks the bytes too. */
export function PhotosCard({ incidentId, canUpload }: { incidentId: number; canUpload: boolean }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const photos = usePhotos(incidentId);
  const upload = useUploadPhoto(incidentId, locale === "zh" ? "zh-CN" : "en");
  const items = photos.data ?? [];

  return (
    <Card
      size="small"
      title={t("inc.room.photos")}
      data-testid="photos"
      extra={
        canUpload && (
          <Upload
            accept={TYPES.join(",")}
            capture="environment"
            showUploadList={false}
            beforeUpload={(file) => {
              if (!TYPES.includes(file.type)) message.error(t("inc.photo.type"));
              else if (file.size > MAX_MB * 1024 * 1024) message.error(t("inc.photo.size", { max: MAX_MB }));
              else
                upload.mutate(file, {
                  onSuccess: () => message.success(t("inc.photo.added")),
                  onError: (e) => message.error(e.message),
                });
              return false;
            }}
          >
            <Button icon={<CameraOutlined />} loading={upload.isPending}>
              {t("inc.photo.add")}
            </Button>
          </Upload>
        )
      }
    >
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t("inc.photo.none")}</Typography.Text>
      ) : (
        <Image.PreviewGroup>
          <Flex wrap gap={8}>
            {items.map((p) => (
              <Image
                key={p.id}
                src={photoUrl(incidentId, p.id)}
                alt={p.fileName}
                width={88}
                height={88}
                style={{ objectFit: "cover", borderRadius: 6 }}
              />
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
    </Card>
  );
}
