import { DatePicker, Form, Input, InputNumber, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import {
  PLACE_KINDS,
  type PlaceKind,
  TARGET_GROUPS,
  type TargetGroup,
} from "../../domain/campaigns/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useApprovedMaterials, useCampaigns, useRecordActivity } from "./api.ts";

interface Values {
  campaignCode: string | null;
  heldOn: Dayjs;
  placeKind: PlaceKind;
  place: string;
  targetGroup: TargetGroup;
  topic: string;
  materialIds: number[];
  peopleReached: number;
  feedback?: string;
}

/** Records one activity of the user's outlet; only approved materials can be chosen. */
export function RecordActivityModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const onError = useFormErrorHandler(form);
  const record = useRecordActivity();
  const campaigns = useCampaigns();
  const materials = useApprovedMaterials();
  const required = [{ required: true, message: t("edu.required") }];
  return (
    <Modal
      open={open}
      title={t("edu.recordTitle")}
      okText={t("edu.record")}
      confirmLoading={record.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          campaignCode: null,
          heldOn: dayjs(),
          placeKind: "outlet",
          materialIds: [],
          peopleReached: 0,
        }}
        onFinish={(v) =>
          record.mutate({ ...v, heldOn: v.heldOn.format("YYYY-MM-DD") }, { onSuccess: onClose, onError })
        }
      >
        <Form.Item name="campaignCode" label={t("edu.campaign")}>
          <Select
            options={[
              { value: null, label: t("edu.noCampaign") },
              ...(campaigns.data ?? []).map((c) => ({
                value: c.code,
                label: locale === "zh" ? c.nameZh : c.nameEn,
              })),
            ]}
          />
        </Form.Item>
        <Form.Item name="heldOn" label={t("edu.heldOn")} rules={required}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), "day")} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="placeKind" label={t("edu.placeKind")} rules={required}>
          <Select options={PLACE_KINDS.map((k) => ({ value: k, label: t(`edu.place.${k}`) }))} />
        </Form.Item>
        <Form.Item name="place" label={t("edu.place")} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="targetGroup" label={t("edu.targetGroup")} rules={required}>
          <Select options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`edu.group.${g}`) }))} />
        </Form.Item>
        <Form.Item name="topic" label={t("edu.topic")} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="materialIds" label={t("edu.materials")}>
          <Select
            mode="multiple"
            loading={materials.isPending}
            optionFilterProp="label"
            options={(materials.data ?? []).map((m) => ({ value: m.id, label: `${m.ref} ${m.title}` }))}
          />
        </Form.Item>
        <Form.Item name="peopleReached" label={t("edu.peopleReached")} rules={required}>
          <InputNumber min={0} max={1_000_000} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="feedback" label={t("edu.feedback")}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
