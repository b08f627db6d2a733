import { SwapOutlined, WarningFilled } from "@ant-design/icons";
import { Alert, App, Button, Flex, Input, Modal, Select, Typography } from "antd";
import { useState } from "react";
import type { CategoryCode } from "../../domain/incidents/categories.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Incident, useCatalogue, useChangeCategory } from "./api.ts";
import { useDraft } from "./drafts.ts";

/**
 * The commander corrects what was reported. When the answers point to a better category (a knife in a
 * complaint: staff safety) the room says so first, with the switch one tap away.
 */
export function CategoryCard({ incident }: { incident: Incident }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const catalogue = useCatalogue();
  const change = useChangeCategory(incident.id);
  const [target, setTarget] = useState<CategoryCode | null>(null);
  const [reason, setReason] = useDraft(`category-reason:${incident.id}`, "");
  if (!incident.may.command) return null;
  const labelOf = (code: CategoryCode) =>
    catalogue.data?.categories.find((c) => c.code === code)?.label ?? code;
  const better = incident.betterCategory;
  const open = (code: CategoryCode | null) => {
    setTarget(code ?? incident.category);
    if (code && !reason) setReason(t("inc.category.betterReason", { category: labelOf(code) }));
  };
  const submit = () => {
    if (!target) return;
    change.mutate(
      { category: target, reason: reason.trim() },
      {
        onSuccess: () => {
          setReason("");
          setTarget(null);
          message.success(t("inc.category.changed", { category: labelOf(target) }));
        },
        onError: (e) => message.error(e.message),
      },
    );
  };

  return (
    <div data-testid="category">
      {better ? (
        <Alert
          type="warning"
          showIcon
          icon={<WarningFilled />}
          title={t("inc.category.better", { category: labelOf(better) })}
          action={
            <Button danger type="primary" onClick={() => open(better)}>
              {t("inc.category.switchTo", { category: labelOf(better) })}
            </Button>
          }
        />
      ) : (
        <Flex justify="flex-end">
          <Button type="link" icon={<SwapOutlined />} onClick={() => open(null)}>
            {t("inc.category.change")}
          </Button>
        </Flex>
      )}
      <Modal
        open={target !== null}
        title={t("inc.category.change")}
        okText={t("inc.category.confirm")}
        okButtonProps={{ disabled: !target || target === incident.category || reason.trim().length < 2 }}
        confirmLoading={change.isPending}
        onOk={submit}
        onCancel={() => setTarget(null)}
        destroyOnHidden
      >
        <Flex vertical gap={12}>
          <Select
            aria-label={t("inc.category.new")}
            value={target ?? undefined}
            onChange={setTarget}
            options={catalogue.data?.categories.map((c) => ({ value: c.code, label: c.label })) ?? []}
          />
          <Input.TextArea
            aria-label={t("inc.category.reason")}
            placeholder={t("inc.category.reason")}
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={300}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Typography.Text type="secondary">{t("inc.category.effect")}</Typography.Text>
        </Flex>
      </Modal>
    </div>
  );
}
