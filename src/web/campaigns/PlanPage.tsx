import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Result,
  Select,
  Spin,
  Tag,
} from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { TARGET_GROUPS } from "../../domain/campaigns/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { PageHeader } from "../common/PageHeader.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type PlanContent, useCampaigns, useDecidePlan, usePlan, useSavePlan, useSubmitPlan } from "./api.ts";
import { PLAN_STATUS_COLORS } from "./labels.ts";

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The form's values as the API takes them: lists left untouched are empty, not absent. */
const content = (values: PlanContent): PlanContent => ({
  ...values,
  themes: values.themes ?? "",
  campaignCodes: values.campaignCodes ?? [],
  months: values.months ?? [],
});

/** One outlet's plan for a year: edited and submitted by the outlet, approved or returned by the sub-branch. */
export function PlanPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const plan = usePlan(id);
  const campaigns = useCampaigns();
  const save = useSavePlan(id);
  const submit = useSubmitPlan(id);
  const decide = useDecidePlan(id);
  const [form] = Form.useForm<PlanContent>();
  const onError = useFormErrorHandler(form);
  const [comment, setComment] = useState("");
  if (plan.isPending) return <Spin />;
  if (plan.isError)
    return <Result status="error" title={t("common.loadFailed")} subTitle={plan.error.message} />;
  const p = plan.data;
  const may = p.allowedActions;
  const editable = may.includes("edit");
  const campaignOptions = (campaigns.data ?? []).map((c) => ({
    value: c.code,
    label: locale === "zh" ? c.nameZh : c.nameEn,
  }));
  const groupOptions = TARGET_GROUPS.map((g) => ({ value: g, label: t(`edu.group.${g}`) }));

  return (
    <>
      <PageHeader
        title={t("edu.planTitle", { unit: p.orgUnitName, year: p.year })}
        subtitle={t("edu.plannedTotal", { count: p.plannedTotal })}
        extra={<Tag color={PLAN_STATUS_COLORS[p.status]}>{t(`edu.status.${p.status}`)}</Tag>}
      />
      <Flex vertical gap={16}>
        {(p.submittedBy || p.decidedBy) && (
          <Card size="small">
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              {p.submittedBy && (
                <Descriptions.Item label={t("edu.submittedBy")}>
                  {p.submittedBy.displayName} · {p.submittedAt && formatTime(p.submittedAt)}
                </Descriptions.Item>
              )}
              {p.decidedBy && (
                <Descriptions.Item label={t("edu.decidedBy")}>
                  {p.decidedBy.displayName} · {p.decidedAt && formatTime(p.decidedAt)}
                </Descriptions.Item>
              )}
              {p.decisionComment && (
                <Descriptions.Item label={t("edu.decisionComment")}>{p.decisionComment}</Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        )}
        <Card size="small">
          <Form<PlanContent>
            form={form}
            layout="vertical"
            disabled={!editable}
            initialValues={{
              targetGroups: p.targetGroups,
              themes: p.themes,
              campaignCodes: p.campaignCodes,
              months: p.months,
            }}
            onFinish={(values) =>
              save.mutate(content(values), { onSuccess: () => message.success(t("edu.saved")), onError })
            }
          >
            <Form.Item
              name="targetGroups"
              label={t("edu.targetGroups")}
              rules={[{ required: true, message: t("edu.required") }]}
            >
              <Checkbox.Group options={groupOptions} />
            </Form.Item>
            <Form.Item name="campaignCodes" label={t("edu.campaignsJoined")}>
              <Checkbox.Group options={campaignOptions} />
            </Form.Item>
            <Form.Item name="themes" label={t("edu.themes")}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
            <Form.List name="months">
              {(fields, { add, remove }) => (
                <Card size="small" type="inner" title={t("edu.months")}>
                  {fields.map(({ key, name }) => (
                    <Flex key={key} gap={8} wrap align="baseline">
                      <Form.Item
                        name={[name, "month"]}
                        rules={[{ required: true, message: t("edu.required") }]}
                      >
                        <Select
                          aria-label={t("edu.month")}
                          placeholder={t("edu.month")}
                          style={{ width: 90 }}
                          options={MONTHS.map((m) => ({
                            value: m,
                            label: t("edu.monthLabel", { month: m }),
                          }))}
                        />
                      </Form.Item>
                      <Form.Item name={[name, "campaignCode"]}>
                        <Select
                          aria-label={t("edu.campaign")}
                          style={{ width: 220 }}
                          options={[{ value: null, label: t("edu.noCampaign") }, ...campaignOptions]}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[name, "targetGroup"]}
                        rules={[{ required: true, message: t("edu.required") }]}
                      >
                        <Select
                          aria-label={t("edu.targetGroup")}
                          placeholder={t("edu.targetGroup")}
                          style={{ width: 160 }}
                          options={groupOptions}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[name, "topic"]}
                        rules={[{ required: true, message: t("edu.required") }]}
                      >
                        <Input
                          aria-label={t("edu.topic")}
                          placeholder={t("edu.topic")}
                          style={{ width: 220 }}
                          maxLength={200}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[name, "plannedCount"]}
                        rules={[{ required: true, message: t("edu.required") }]}
                      >
                        <InputNumber
                          aria-label={t("edu.plannedCount")}
                          placeholder={t("edu.plannedCount")}
                          min={1}
                          max={100}
                        />
                      </Form.Item>
                      {editable && (
                        <Button
                          type="text"
                          icon={<MinusCircleOutlined />}
                          aria-label={t("edu.remove")}
                          onClick={() => remove(name)}
                        />
                      )}
                    </Flex>
                  ))}
                  {editable && (
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({ campaignCode: null, plannedCount: 1 })}
                    >
                      {t("edu.addMonth")}
                    </Button>
                  )}
                </Card>
              )}
            </Form.List>
            {editable && (
              <Flex gap={8} justify="flex-end" style={{ marginTop: 16 }}>
                <Button htmlType="submit" loading={save.isPending}>
                  {t("edu.save")}
                </Button>
                {may.includes("submit") && (
                  <Button
                    type="primary"
                    loading={submit.isPending}
                    onClick={async () => {
                      // What is on the screen is what is submitted: saved first, then submitted.
                      const values = await form.validateFields();
                      save.mutate(content(values), {
                        onSuccess: () =>
                          submit.mutate(undefined, { onError: (e) => message.error(e.message) }),
                        onError,
                      });
                    }}
                  >
                    {t("edu.submit")}
                  </Button>
                )}
              </Flex>
            )}
          </Form>
        </Card>
        {may.includes("approve") && (
          <Card size="small" title={t("edu.decisionComment")}>
            <Flex vertical gap={8}>
              <Input.TextArea
                aria-label={t("edu.returnComment")}
                placeholder={t("edu.returnComment")}
                autoSize={{ minRows: 2, maxRows: 4 }}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
              />
              <Flex gap={8} justify="flex-end">
                <Button
                  danger
                  loading={decide.isPending}
                  onClick={() =>
                    decide.mutate(
                      { decision: "return", comment },
                      { onError: (e) => message.error(e.message) },
                    )
                  }
                >
                  {t("edu.return")}
                </Button>
                <Button
                  type="primary"
                  loading={decide.isPending}
                  onClick={() =>
                    decide.mutate(
                      { decision: "approve", comment: comment || undefined },
                      { onError: (e) => message.error(e.message) },
                    )
                  }
                >
                  {t("edu.approve")}
                </Button>
              </Flex>
            </Flex>
          </Card>
        )}
      </Flex>
    </>
  );
}
