import { DatePicker, Form, Input, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import { ROLES } from "../../domain/auth/roles.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { roleLabel } from "../i18n/labels.ts";
import { useOrgUnits } from "../org/api.ts";
import { useCreateQuiz, useQuestions } from "./api.ts";

interface Values {
  title: string;
  questionIds: number[];
  orgUnitId?: number;
  roles?: (typeof ROLES)[number][];
  dueAt?: Dayjs;
}

/** Publishes a quiz from the question bank, for a session's attendees or for roles of a unit. */
export function NewQuizModal({
  open,
  onClose,
  sessionId,
}: {
  open: boolean;
  onClose: () => void;
  sessionId?: number;
}) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const create = useCreateQuiz();
  const onError = useFormErrorHandler(form);
  const questions = useQuestions(open);
  const units = useOrgUnits();
  const submit = (v: Values) =>
    create.mutate(
      {
        title: v.title,
        questionIds: v.questionIds,
        sessionId,
        orgUnitId: sessionId === undefined ? v.orgUnitId : undefined,
        roles: v.roles ?? [],
        dueAt: v.dueAt?.toISOString(),
      },
      {
        onSuccess: () => {
          onClose();
          form.resetFields();
        },
        onError,
      },
    );
  return (
    <Modal
      open={open}
      title={t("training.addQuiz")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending }}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="title" label={t("training.quizTitle")} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="questionIds" label={t("training.questionsPick")} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={(questions.data ?? []).map((q) => ({
              value: q.id,
              label: `[${t(`training.questionKind.${q.kind}`)}] ${q.text}`,
            }))}
          />
        </Form.Item>
        {sessionId === undefined && (
          <Form.Item name="orgUnitId" label={t("training.quizUnit")}>
            <Select
              allowClear
              optionFilterProp="label"
              options={(units.data ?? []).map((u) => ({ value: u.id, label: `${u.code} ${u.name}` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="roles" label={t("training.roles")} extra={t("training.rolesHint")}>
          <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: roleLabel(r, locale) }))} />
        </Form.Item>
        <Form.Item name="dueAt" label={t("training.dueAt")}>
          <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
