import { Button, Form, Input, InputNumber, List, Modal, Rate, Space, Tag } from "antd";
import { useState } from "react";
import { CATEGORIES } from "../../domain/incidents/categories.ts";
import { STEP_KEYS, STEP_TITLES, type StepKey } from "../../domain/incidents/playbook.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useCan } from "../auth/current-user.tsx";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { DrillCalendar } from "../incidents/api.ts";
import { useEvaluateDrill } from "./api.ts";

type Drill = DrillCalendar["outlets"][number]["drills"][number];

/** An outlet's drills of the year in the drill calendar, each with its evaluation score or a button to give one. */
export function DrillEvaluations({ drills }: { drills: Drill[] }) {
  const { t, locale } = useI18n();
  const can = useCan();
  const [evaluating, setEvaluating] = useState<Drill | null>(null);
  return (
    <>
      <List
        size="small"
        dataSource={drills}
        renderItem={(d) => (
          <List.Item>
            <Space>
              {d.ref}
              {CATEGORIES[d.category].label[locale]}
              {formatTime(d.reportedAt)}
            </Space>
            {d.evaluationScore !== null ? (
              <Tag color="blue">{t("training.drillScore", { score: d.evaluationScore })}</Tag>
            ) : can("drills.evaluate") ? (
              <Button size="small" onClick={() => setEvaluating(d)}>
                {t("training.evaluate")}
              </Button>
            ) : (
              <Tag>{t("training.notEvaluated")}</Tag>
            )}
          </List.Item>
        )}
      />
      <EvaluateModal drill={evaluating} onClose={() => setEvaluating(null)} />
    </>
  );
}

function EvaluateModal({ drill, onClose }: { drill: Drill | null; onClose: () => void }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm();
  const evaluate = useEvaluateDrill();
  const onError = useFormErrorHandler(form);
  const submit = (v: {
    stepScores: Record<StepKey, number>;
    stabiliseTargetMinutes: number;
    wentWrong?: string;
  }) =>
    drill &&
    evaluate.mutate(
      { incidentId: drill.incidentId, ...v, wentWrong: v.wentWrong ?? "" },
      { onSuccess: onClose, onError },
    );
  return (
    <Modal
      open={drill !== null}
      title={`${t("training.evaluate")} · ${drill?.ref ?? ""}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: evaluate.isPending }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          stepScores: Object.fromEntries(STEP_KEYS.map((k) => [k, 3])),
          stabiliseTargetMinutes: 30,
        }}
      >
        {STEP_KEYS.map((k) => (
          <Form.Item key={k} name={["stepScores", k]} label={STEP_TITLES[k][locale]}>
            <Rate count={5} allowClear />
          </Form.Item>
        ))}
        <Form.Item name="stabiliseTargetMinutes" label={t("training.stabiliseTarget")}>
          <InputNumber min={1} max={1440} />
        </Form.Item>
        <Form.Item name="wentWrong" label={t("training.wentWrong")}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
