import { Alert, App, Button, Card, Flex, Form, InputNumber, Space, Switch } from "antd";
import { useState } from "react";
import { useFormErrorHandler } from "../api/form-errors.ts";
import type { MessageKey } from "../i18n/dictionaries.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Backtest, type RuleSetting, useBacktest, useSaveRule } from "./api.ts";
import { ruleLabel } from "./labels.ts";

type Values = { enabled: boolean; thresholds: Record<string, number> };

/**
 * One rule's thresholds. Saving is offered once the values on screen have been tested on the last 90 days,
 * so that nobody saves a rule without seeing how often it would have fired.
 */
export function RuleCard({ setting }: { setting: RuleSetting }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const test = useBacktest(setting.rule);
  const save = useSaveRule(setting.rule);
  const onError = useFormErrorHandler(form);
  const [tested, setTested] = useState<{ values: string; result: Backtest } | null>(null);
  const values = Form.useWatch([], form);
  const current = JSON.stringify(values ?? null);
  const upToDate = tested?.values === current;

  const runTest = () =>
    form
      .validateFields()
      .then((v) =>
        test.mutate(v, { onSuccess: (result) => setTested({ values: JSON.stringify(v), result }), onError }),
      );
  const runSave = () =>
    form
      .validateFields()
      .then((v) => save.mutate(v, { onSuccess: () => message.success(t("warn.settings.saved")), onError }));

  return (
    <Card size="small" title={ruleLabel(setting.rule, locale)}>
      <Form<Values>
        form={form}
        name={`rule-${setting.rule}`}
        layout="inline"
        initialValues={{ enabled: setting.enabled, thresholds: setting.thresholds }}
      >
        <Form.Item name="enabled" label={t("warn.settings.enabled")} valuePropName="checked">
          <Switch />
        </Form.Item>
        {Object.keys(setting.thresholds).map((key) => (
          <Form.Item
            key={key}
            name={["thresholds", key]}
            label={t(`warn.th.${key}` as MessageKey)}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} step={key === "pValue" ? 0.0001 : 1} style={{ width: 110 }} />
          </Form.Item>
        ))}
      </Form>
      <Flex vertical gap={8} style={{ marginTop: 12 }}>
        {tested && (
          <Alert
            type={upToDate ? "info" : "warning"}
            showIcon
            title={t("warn.settings.backtestResult", {
              days: tested.result.days,
              warnings: tested.result.warnings,
              units: tested.result.units,
            })}
          />
        )}
        <Space>
          <Button onClick={runTest} loading={test.isPending}>
            {t("warn.settings.backtest")}
          </Button>
          <Button type="primary" onClick={runSave} loading={save.isPending} disabled={!upToDate}>
            {t("common.save")}
          </Button>
        </Space>
      </Flex>
    </Card>
  );
}
