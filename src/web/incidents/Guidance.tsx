import { HeartFilled, MessageOutlined, PhoneFilled } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Typography, theme } from "antd";
import { useEffect } from "react";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { Incident } from "./api.ts";
import { rememberDutyPhone } from "./EmergencyNumbers.tsx";
import { contactIcon } from "./labels.tsx";

/** The handling principles, the first (life before money) large, the rest as one quiet line each. */
export function PrinciplesBanner({ principles }: { principles: Incident["playbook"]["principles"] }) {
  const [first, ...rest] = principles;
  if (!first) return null;
  return (
    <div data-testid="principles">
      <Alert
        type="error"
        icon={<HeartFilled />}
        showIcon
        title={<span style={{ fontSize: 17, fontWeight: 700 }}>{first.text}</span>}
        description={
          <ol start={2} style={{ margin: "4px 0 0", paddingLeft: 20, fontSize: 13 }}>
            {rest.map((p) => (
              <li key={p.key}>{p.text}</li>
            ))}
          </ol>
        }
      />
    </div>
  );
}

/** Phone numbers to call, most urgent first; each is a tel: link, so one tap dials on a phone. */
export function ContactsCard({ contacts, phone }: { contacts: Incident["contacts"]; phone: boolean }) {
  const { t } = useI18n();
  const duty = contacts.find((c) => c.kind === "sub_branch_duty")?.phone;
  // Remembered for the sign-in page, so an expired session never hides the sub-branch's number.
  useEffect(() => {
    if (duty) rememberDutyPhone(duty);
  }, [duty]);
  return (
    <Card size="small" title={t("inc.room.contacts")} data-testid="contacts">
      <Flex vertical gap={8}>
        {contacts.map((c, i) => (
          <Button
            key={c.kind}
            href={c.phone ? `tel:${c.phone.replace(/[^\d+]/g, "")}` : undefined}
            disabled={!c.phone}
            type={i === 0 ? "primary" : "default"}
            danger={i === 0}
            size="large"
            block
            icon={contactIcon(c.kind)}
            style={{
              height: phone && i === 0 ? 64 : 48,
              justifyContent: "space-between",
              fontSize: i === 0 ? 18 : 15,
            }}
          >
            <span>{c.label}</span>
            <strong style={{ letterSpacing: 1 }}>
              {c.phone ?? t("inc.room.noPhone")} {c.phone && <PhoneFilled />}
            </strong>
          </Button>
        ))}
      </Flex>
    </Card>
  );
}

/** What to say to calm customers, in our own words for this category. */
export function CalmingCard({ lines }: { lines: string[] }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  return (
    <Card
      size="small"
      title={
        <span>
          <MessageOutlined /> {t("inc.room.calming")}
        </span>
      }
    >
      <Flex vertical gap={8}>
        {lines.map((line) => (
          <Typography.Paragraph
            key={line}
            style={{
              margin: 0,
              padding: "8px 12px",
              background: token.colorInfoBg,
              borderLeft: `3px solid ${token.colorInfo}`,
              borderRadius: 4,
              fontSize: 15,
            }}
          >
            {line}
          </Typography.Paragraph>
        ))}
      </Flex>
    </Card>
  );
}

/** A drill must never be mistaken for the real thing, nor the real thing for a drill. */
export function DrillBanner() {
  const { t } = useI18n();
  return (
    <div data-testid="drill-banner">
      <Alert
        type="warning"
        showIcon
        banner
        title={<strong style={{ fontSize: 16, letterSpacing: 1 }}>{t("inc.drillBanner")}</strong>}
      />
    </div>
  );
}
