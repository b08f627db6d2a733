import { UserOutlined } from "@ant-design/icons";
import { App, Button, Flex, Select, Typography } from "antd";
import { useState } from "react";
import { INCIDENT_ROLE_LABELS, INCIDENT_ROLES, type IncidentRole } from "../../domain/incidents/schema.ts";
import { useCurrentUser } from "../auth/current-user.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { roleLabel } from "../i18n/labels.ts";
import { useUsers } from "../users/api.ts";
import { type Incident, useAssignRole } from "./api.ts";

/**
 * Who holds the incident's three roles. Anyone working the incident takes a free role; the holder or a
 * commander hands it to a colleague of the outlet.
 */
export function RolesCard({ incident }: { incident: Incident }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const assign = useAssignRole(incident.id);
  const [handing, setHanding] = useState<IncidentRole | null>(null);
  const users = useUsers({ orgUnitId: incident.orgUnitId });
  const people = users.data?.pages.flatMap((p) => p.items).filter((u) => !u.disabled) ?? [];
  // What this viewer may do is the server's answer (the incident policy), not worked out here again.
  const open = incident.may.work;
  const give = (role: IncidentRole, userId: number) =>
    assign.mutate(
      { role, userId },
      {
        onSuccess: () => setHanding(null),
        onError: (e) => message.error(e.message),
      },
    );

  return (
    <Flex vertical gap={10} data-testid="roles">
      {INCIDENT_ROLES.map((role) => {
        const holder = incident.roles.find((r) => r.role === role);
        const mayHand = open && (holder?.userId === me.id || incident.may.command);
        return (
          <Flex key={role} align="center" justify="space-between" gap={8} wrap>
            <Flex vertical style={{ minWidth: 0 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {INCIDENT_ROLE_LABELS[role][locale]}
              </Typography.Text>
              <Typography.Text strong={!!holder} type={holder ? undefined : "secondary"}>
                <UserOutlined /> {holder?.displayName ?? t("inc.roles.free")}
              </Typography.Text>
            </Flex>
            {handing === role ? (
              <Select
                autoFocus
                defaultOpen
                size="small"
                style={{ width: 180 }}
                placeholder={t("inc.roles.pick")}
                options={people.map((u) => ({
                  value: u.id,
                  label: `${u.displayName} · ${roleLabel(u.role, locale)}`,
                }))}
                onChange={(userId: number) => give(role, userId)}
                onBlur={() => setHanding(null)}
              />
            ) : (
              <Flex gap={4}>
                {open && !holder && (
                  <Button size="small" type="primary" ghost onClick={() => give(role, me.id)}>
                    {t("inc.roles.take")}
                  </Button>
                )}
                {mayHand && (
                  <Button size="small" onClick={() => setHanding(role)}>
                    {holder ? t("inc.roles.handOver") : t("inc.roles.assign")}
                  </Button>
                )}
              </Flex>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}
