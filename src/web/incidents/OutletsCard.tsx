import { ShopOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, Tag } from "antd";
import { useState } from "react";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useOrgUnits } from "../org/api.ts";
import { OrgUnitTreeSelect } from "../org/OrgUnitTreeSelect.tsx";
import { type Incident, useAddOutlet } from "./api.ts";

/**
 * The outlets one event covers (a typhoon closing several outlets): the reporting unit, then the others. The
 * commander adds another outlet of their own subtree; its staff then see the event and its heads are told.
 */
export function OutletsCard({ incident }: { incident: Incident }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const units = useOrgUnits();
  const add = useAddOutlet(incident.id);
  const [chosen, setChosen] = useState<number | undefined>();
  const covered = new Set([incident.orgUnitId, ...incident.outlets.map((o) => o.id)]);
  const addable = (u: { id: number; kind: string }) => u.kind === "outlet" && !covered.has(u.id);
  const mayAdd = incident.may.command && (units.data ?? []).some(addable);
  if (incident.outlets.length === 0 && !mayAdd) return null;
  const submit = () => {
    if (chosen === undefined) return;
    add.mutate(chosen, {
      onSuccess: () => {
        setChosen(undefined);
        message.success(t("inc.outlets.added"));
      },
      onError: (e) => message.error(e.message),
    });
  };
  return (
    <Card size="small" title={t("inc.outlets.title")} data-testid="outlets">
      <Flex vertical gap={8}>
        <Flex gap={6} wrap>
          <Tag icon={<ShopOutlined />} color="blue">
            {incident.orgUnitName}
          </Tag>
          {incident.outlets.map((o) => (
            <Tag key={o.id} icon={<ShopOutlined />}>
              {o.name}
            </Tag>
          ))}
        </Flex>
        {mayAdd && (
          <Flex gap={8}>
            <OrgUnitTreeSelect
              placeholder={t("inc.outlets.choose")}
              value={chosen}
              onChange={setChosen}
              selectable={addable}
              style={{ flex: 1, minWidth: 0 }}
            />
            <Button onClick={submit} disabled={chosen === undefined} loading={add.isPending}>
              {t("inc.outlets.add")}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
