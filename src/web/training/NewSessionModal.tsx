import { DatePicker, Form, Input, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useNavigate } from "react-router";
import { SESSION_KINDS } from "../../domain/training/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useOrgUnits } from "../org/api.ts";
import { useCreateSession, useQuestionSources } from "./api.ts";

interface Values {
  kind: (typeof SESSION_KINDS)[number];
  topic: string;
  orgUnitId?: number;
  time: [Dayjs, Dayjs];
  notes?: string;
  scripts?: string[];
  cases?: string[];
  rules?: string[];
  playbooks?: string[];
}

/** Schedules a session (or records one held) and opens it, where the sign-in code is shown. */
export function NewSessionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const create = useCreateSession();
  const onError = useFormErrorHandler(form);
  const units = useOrgUnits();
  // What applies at the session's unit: a branch's own scripts, rules and playbooks hold only under it.
  const unitId = Form.useWatch("orgUnitId", form);
  const scripts = useQuestionSources("script", unitId);
  const cases = useQuestionSources("case");
  const rules = useQuestionSources("rule", unitId);
  const playbooks = useQuestionSources("playbook", unitId);
  const navigate = useNavigate();
  const submit = (v: Values) =>
    create.mutate(
      {
        kind: v.kind,
        topic: v.topic,
        orgUnitId: v.orgUnitId,
        startsAt: v.time[0].toISOString(),
        endsAt: v.time[1].toISOString(),
        notes: v.notes ?? "",
        materials: [
          ...(v.scripts ?? []).map((ref) => ({ kind: "script" as const, ref })),
          ...(v.cases ?? []).map((ref) => ({ kind: "case" as const, ref })),
          ...(v.rules ?? []).map((ref) => ({ kind: "rule" as const, ref })),
          ...(v.playbooks ?? []).map((ref) => ({ kind: "playbook" as const, ref })),
        ],
      },
      {
        onSuccess: (s) => {
          onClose();
          form.resetFields();
          navigate(`/training/sessions/${s.id}`);
        },
        onError,
      },
    );
  return (
    <Modal
      open={open}
      title={t("training.new")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: "morning" }}>
        <Form.Item name="kind" label={t("training.kind")} rules={[{ required: true }]}>
          <Select options={SESSION_KINDS.map((k) => ({ value: k, label: t(`training.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="topic" label={t("training.topic")} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t("training.unit")} extra={t("training.unitHint")}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={(units.data ?? []).map((u) => ({ value: u.id, label: `${u.code} ${u.name}` }))}
          />
        </Form.Item>
        <Form.Item name="time" label={t("training.time")} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        {(
          [
            ["scripts", "training.scriptRefs", scripts.data],
            ["cases", "training.caseRefs", cases.data],
            ["rules", "training.ruleRefs", rules.data],
            ["playbooks", "training.playbookRefs", playbooks.data],
          ] as const
        ).map(([name, label, sources]) => (
          <Form.Item key={name} name={name} label={t(label)}>
            <Select
              mode="multiple"
              optionFilterProp="label"
              options={(sources ?? []).map((s) => ({ value: s.ref, label: s.title }))}
            />
          </Form.Item>
        ))}
        <Form.Item name="notes" label={t("training.notes")}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
