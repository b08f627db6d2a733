import { AlertOutlined, FireOutlined, MedicineBoxOutlined, PhoneOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Typography } from "antd";
import { PUBLIC_NUMBERS } from "../../domain/incidents/guidance.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";

const DUTY_KEY = "bulwark.subBranchDutyPhone";

/** Keeps the sub-branch's duty phone on the device once an incident room has shown it (it is no secret). */
export function rememberDutyPhone(phone: string): void {
  try {
    localStorage.setItem(DUTY_KEY, phone);
  } catch {
    // Private browsing may refuse storage; the public numbers still show.
  }
}

function rememberedDutyPhone(): string | null {
  try {
    return localStorage.getItem(DUTY_KEY);
  } catch {
    return null;
  }
}

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

/**
 * The numbers to call in an emergency, on the sign-in page: an expired session must never stand between a
 * lobby manager and help.
 */
export function EmergencyNumbers() {
  const { t } = useI18n();
  const duty = rememberedDutyPhone();
  const numbers = [
    { key: "inc.emergency.police", icon: <AlertOutlined />, phone: PUBLIC_NUMBERS.police ?? "110" },
    {
      key: "inc.emergency.ambulance",
      icon: <MedicineBoxOutlined />,
      phone: PUBLIC_NUMBERS.ambulance ?? "120",
    },
    { key: "inc.emergency.fire", icon: <FireOutlined />, phone: PUBLIC_NUMBERS.fire ?? "119" },
  ] as const;
  return (
    <Card size="small" data-testid="emergency-numbers" style={{ width: "100%", maxWidth: 400 }}>
      <Typography.Text strong>{t("inc.emergency.title")}</Typography.Text>
      <Flex gap={8} wrap style={{ marginTop: 8 }}>
        {numbers.map((n) => (
          <Button key={n.key} danger href={tel(n.phone)} icon={n.icon} style={{ flex: "1 1 0" }}>
            {t(n.key)} {n.phone}
          </Button>
        ))}
      </Flex>
      {duty && (
        <Button block href={tel(duty)} icon={<PhoneOutlined />} style={{ marginTop: 8 }}>
          {t("inc.emergency.duty")} {duty}
        </Button>
      )}
    </Card>
  );
}
