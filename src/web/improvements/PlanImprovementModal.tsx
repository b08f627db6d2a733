import { DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import {
  IMPROVEMENT_AREAS,
  type ImprovementArea,
  type ImprovementSource,
} from "../../domain/improvements/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { usePlausibilityRules } from "../common/plausibility.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useOwnerChoices, usePlanImprovement } from "./api.ts";

interface Values {
  area: ImprovementArea;
  what: string;
  ownerId: number;
  dueOn: Dayjs;
}

/** What to change after a review or a closing, who owns it and by when. */
export function PlanImprovementModal({
  sourceKind,
  sourceId,
  onClose,
}: {
  sourceKind: ImprovementSource;
  sourceId: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const onError = useFormErrorHandler(form);
  const plausible = usePlausibilityRules();
  const required = { required: true, message: t("cp.required") };
  const owners = useOwnerChoices();
  const plan = usePlanImprovement();
  return (
    <Modal
      open
      title={t("imp.plan")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: plan.isPending }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ area: "script", dueOn: dayjs().add(14, "day") }}
        onFinish={(v) =>
          plan.mutate(
            {
              sourceKind,
              sourceId,
              area: v.area,
              what: v.what,
              ownerId: v.ownerId,
              dueOn: v.dueOn.format("YYYY-MM-DD"),
            },
            { onSuccess: onClose, onError },
          )
        }
      >
        <Form.Item name="area" label={t("imp.area")} rules={[required]}>
          <Select options={IMPROVEMENT_AREAS.map((a) => ({ value: a, label: t(`imp.area.${a}`) }))} />
        </Form.Item>
        <Form.Item
          name="what"
          label={t("imp.what")}
          rules={[{ ...required, whitespace: true }, plausible.described()]}
        >
          <Input.TextArea rows={3} maxLength={500} placeholder={t("imp.whatPlaceholder")} />
        </Form.Item>
        <Form.Item name="ownerId" label={t("imp.owner")} rules={[required]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={owners.isLoading}
            options={(owners.data ?? []).map((u) => ({
              value: u.id,
              label: `${u.displayName}（${u.orgUnitName}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="dueOn" label={t("imp.dueOn")} rules={[required]}>
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(), "day")} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
