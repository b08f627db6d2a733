import { PhoneOutlined } from "@ant-design/icons";
import { Button, Card, Typography } from "antd";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useRoster } from "./api.ts";

/** Who is on duty at a unit now, with one tap to call them; nothing when the unit keeps no roster. */
export function DutyCard({ unitId }: { unitId: number }) {
  const { t } = useI18n();
  const roster = useRoster(unitId);
  const duty = roster.data?.onDuty;
  if (!roster.data || roster.data.shifts.length === 0) return null;
  return (
    <Card size="small" title={t("ros.onDuty")} data-testid="duty-card" style={{ marginBottom: 16 }}>
      {!duty ? (
        <Typography.Text type="secondary">{t("ros.nobody")}</Typography.Text>
      ) : duty.mobilePhone ? (
        <Button
          block
          type="primary"
          icon={<PhoneOutlined />}
          href={`tel:${duty.mobilePhone.replace(/[^\d+]/g, "")}`}
        >
          {t("ros.call", { name: duty.displayName })} {duty.mobilePhone}
        </Button>
      ) : (
        <Typography.Text>{duty.displayName}</Typography.Text>
      )}
    </Card>
  );
}
