import { CameraOutlined } from "@ant-design/icons";
import { App, Button, Flex, Image, Upload } from "antd";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Photo, photoUrl } from "./api.ts";

const MAX_MB = 5;
const TYPES = ["image/jpeg", "image/png", "image/webp"];

/** Photos of a finding or of a rectification; taken with the phone's camera or picked from the PC. */
export function PhotoStrip({
  inspectionId,
  photos,
  onUpload,
  uploading = false,
}: {
  inspectionId: number;
  photos: Photo[];
  /** Offered when the user may add a photo; the server checks the bytes too. */
  onUpload?: (file: File) => Promise<unknown>;
  uploading?: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  if (photos.length === 0 && !onUpload) return null;
  return (
    <Flex wrap gap={8} align="center">
      <Image.PreviewGroup>
        {photos.map((p) => (
          <Image
            key={p.id}
            src={photoUrl(inspectionId, p.id)}
            alt={p.fileName}
            width={64}
            height={64}
            style={{ objectFit: "cover", borderRadius: 6 }}
          />
        ))}
      </Image.PreviewGroup>
      {onUpload && (
        <Upload
          accept={TYPES.join(",")}
          capture="environment"
          showUploadList={false}
          beforeUpload={(file) => {
            if (!TYPES.includes(file.type)) message.error(t("insp.photoType"));
            else if (file.size > MAX_MB * 1024 * 1024) message.error(t("insp.photoSize", { max: MAX_MB }));
            else
              onUpload(file).then(
                () => message.success(t("insp.photoAdded")),
                (e: Error) => message.error(e.message),
              );
            return false;
          }}
        >
          <Button size="small" icon={<CameraOutlined />} loading={uploading}>
            {t("insp.addPhoto")}
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
