import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Collapse,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  TreeSelect,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useNavigate } from "react-router";
import type { CreateComplaintBody } from "../../domain/complaints/schema.ts";
import { DISC_GUIDANCE, PSYCHOLOGY_GUIDANCE } from "../../domain/complaints/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { IdDocumentFields } from "../common/IdDocumentFields.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { outsidePast, usePlausibilityRules } from "../common/plausibility.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { usePrefill } from "../links/prefill.ts";
import { useCategories, useRegisterComplaint } from "./api.ts";
import { BY_AGENT, ComplainantFields, SubjectFields } from "./ComplainantFields.tsx";
import {
  categoryTree,
  DISC_LABELS,
  LABELS,
  optionsOf,
  PSYCHOLOGY_LABELS,
  SENSITIVE_LABELS,
} from "./labels.ts";

type Values = Omit<CreateComplaintBody, "receivedAt"> & { receivedAt: Dayjs; [BY_AGENT]?: boolean };

/**
 * Registration at the outlet or the hotline: six required fields in the first screen, everything else
 * folded away, so a complaint is on the clock in well under two minutes.
 */
export function RegisterPage() {
  const { t, locale } = useI18n();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const cats = useCategories();
  const register = useRegisterComplaint();
  const onError = useFormErrorHandler(form);
  const psychology = Form.useWatch("psychology", form);
  const disc = Form.useWatch("disc", form);
  const plausible = usePlausibilityRules();
  const prefill = usePrefill();
  const required = [{ required: true, whitespace: true, message: t("cmp.required") }];
  const described = [...required, plausible.described()];
  const tree = (axis: "channel" | "business_category" | "cause") => categoryTree(cats.data ?? [], axis);

  const submit = ({ receivedAt, [BY_AGENT]: byAgent, complainant, representatives, ...values }: Values) =>
    register.mutate(
      {
        ...values,
        receivedAt: receivedAt.toISOString(),
        complainant: {
          ...complainant,
          agent:
            byAgent && complainant.agent
              ? { ...complainant.agent, powerOfAttorney: Boolean(complainant.agent.powerOfAttorney) }
              : undefined,
        },
        representatives: representatives?.length ? representatives : undefined,
        // Prefilled from the record it comes from; the fields may sit in a section never unfolded.
        ...(prefill && {
          linkFrom: prefill.from,
          orgUnitId: prefill.orgUnitId,
          facts: values.facts ?? prefill.facts,
          inPerson: values.inPerson ?? prefill.inPerson,
        }),
      },
      {
        onSuccess: (created) => {
          message.success(t("cmp.registered", { ref: created.ref }));
          const notes = [
            created.repeatCandidates.length > 0 &&
              t("cmp.repeatFound", { refs: created.repeatCandidates.map((r) => r.ref).join("、") }),
            created.suggestServiceEmergency && t("cmp.emergencySuggested"),
          ].filter(Boolean);
          if (notes.length) modal.warning({ title: created.ref, content: notes.join("\n") });
          navigate(`/complaints/${created.id}`);
        },
        onError,
      },
    );

  const guidance = [
    psychology && PSYCHOLOGY_GUIDANCE[psychology][locale],
    disc && DISC_GUIDANCE[disc][locale],
  ].filter(Boolean);

  return (
    <div style={{ maxWidth: 760 }}>
      <PageHeader title={t("cmp.registerTitle")} />
      <Alert type="info" showIcon title={t("cmp.registerHint")} style={{ marginBottom: 16 }} />
      {prefill && (
        <Alert
          type="warning"
          showIcon
          title={t("links.prefilledFrom", { ref: prefill.fromRef })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card>
        <Form<Values>
          form={form}
          name="complaint-register"
          layout="vertical"
          onFinish={submit}
          initialValues={{
            receivedAt: dayjs(),
            source: "customer",
            grade: "ordinary",
            sensitiveTags: [],
            complainant: { kind: "person" },
            ...(prefill && { summary: prefill.summary, facts: prefill.facts, inPerson: prefill.inPerson }),
          }}
        >
          <Form.Item name="channel" label={t("cmp.channel")} rules={required}>
            <TreeSelect
              treeData={tree("channel")}
              treeDefaultExpandAll
              showSearch
              treeNodeFilterProp="title"
              loading={cats.isPending}
            />
          </Form.Item>
          <Form.Item name="businessCategory" label={t("cmp.businessCategory")} rules={required}>
            <TreeSelect treeData={tree("business_category")} showSearch treeNodeFilterProp="title" />
          </Form.Item>
          <Form.Item name="cause" label={t("cmp.cause")} rules={required}>
            <TreeSelect treeData={tree("cause")} showSearch treeNodeFilterProp="title" />
          </Form.Item>
          <Form.Item name="summary" label={t("cmp.summary")} rules={described}>
            <Input maxLength={200} placeholder={t("cmp.summaryPlaceholder")} />
          </Form.Item>
          <Form.Item name="request" label={t("cmp.request")} rules={described}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name={["complainant", "name"]} label={t("cmp.complainantName")} rules={described}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item name={["complainant", "phone"]} label={t("cmp.phone")}>
            <Input maxLength={30} inputMode="tel" autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="receivedAt"
            label={t("cmp.receivedAt")}
            rules={[{ required: true, message: t("cmp.required") }, plausible.pastTime(t("cmp.receivedAt"))]}
          >
            <DatePicker
              showTime={{ format: "HH:mm" }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={outsidePast}
              style={{ width: "100%" }}
            />
          </Form.Item>
          <Collapse
            size="small"
            style={{ marginBottom: 24 }}
            items={[
              {
                key: "more",
                label: t("cmp.more"),
                forceRender: true,
                children: (
                  <>
                    <Form.Item name="source" label={t("cmp.source")}>
                      <Select options={optionsOf(LABELS.source, locale)} />
                    </Form.Item>
                    <IdDocumentFields prefix={["complainant"]} label={t("cmp.idNumber")} />
                    <Form.Item name="facts" label={t("cmp.facts")}>
                      <Input.TextArea rows={3} maxLength={4000} />
                    </Form.Item>
                    <Form.Item name="amountClaimed" label={t("cmp.amountClaimed")}>
                      <InputNumber<number>
                        min={0}
                        precision={2}
                        style={{ width: "100%" }}
                        inputMode="decimal"
                      />
                    </Form.Item>
                    <Form.Item name="grade" label={t("cmp.grade")}>
                      <Select options={optionsOf(LABELS.grade, locale)} />
                    </Form.Item>
                    <Form.Item name="sensitiveTags" label={t("cmp.sensitiveTags")}>
                      <Select mode="multiple" options={optionsOf(SENSITIVE_LABELS, locale)} />
                    </Form.Item>
                    <Form.Item name="groupSize" label={t("cmp.groupSize")}>
                      <InputNumber<number>
                        min={1}
                        precision={0}
                        style={{ width: "100%" }}
                        inputMode="numeric"
                      />
                    </Form.Item>
                    <Form.Item name="inPerson" valuePropName="checked">
                      <Checkbox>{t("cmp.inPerson")}</Checkbox>
                    </Form.Item>
                    <Form.Item name="psychology" label={t("cmp.psychology")}>
                      <Select allowClear options={optionsOf(PSYCHOLOGY_LABELS, locale)} />
                    </Form.Item>
                    <Form.Item name="disc" label={t("cmp.disc")}>
                      <Select allowClear options={optionsOf(DISC_LABELS, locale)} />
                    </Form.Item>
                    {guidance.length > 0 && (
                      <Alert
                        type="success"
                        showIcon
                        title={t("cmp.guidance")}
                        description={guidance.join(" ")}
                      />
                    )}
                  </>
                ),
              },
              {
                key: "complainant",
                label: t("cmp.section.complainant"),
                forceRender: true,
                children: <ComplainantFields />,
              },
              {
                key: "subject",
                label: t("cmp.section.subject"),
                forceRender: true,
                children: <SubjectFields />,
              },
            ]}
          />
          <Button type="primary" htmlType="submit" block size="large" loading={register.isPending}>
            {t("cmp.submit")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
