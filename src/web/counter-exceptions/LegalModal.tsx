import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal, Radio } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { LEGAL_INVOLVEMENTS } from "../../domain/counter-exceptions/vocabulary.ts";
import { useFormErrorHandler } from "../api/form-errors.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Detail, useLegal } from "./api.ts";

interface Values {
  involvement: (typeof LEGAL_INVOLVEMENTS)[number];
  since: Dayjs;
  counterpart: string;
  caseNo?: string;
  hearingOn?: Dayjs;
  endedOn?: Dayjs;
  documents?: { title: string; reference?: string; date?: Dayjs }[];
  note?: string;
}

const day = (d?: Dayjs) => d?.format("YYYY-MM-DD");

/** A business dispute gone to law: who (lawyer or court), since when, the case's dates and its documents. */
export function LegalModal({ exception: e, onClose }: { exception: Detail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const legal = useLegal(e.id);
  const onError = useFormErrorHandler(form);
  const required = [{ required: true, whitespace: true, message: t("cex.legal.required") }];
  const known = e.legal;

  const submit = (v: Values) =>
    legal.mutate(
      {
        involvement: v.involvement,
        since: day(v.since) as string,
        counterpart: v.counterpart,
        caseNo: v.caseNo || undefined,
        hearingOn: day(v.hearingOn),
        endedOn: day(v.endedOn),
        documents: (v.documents ?? []).map((d) => ({
          title: d.title,
          reference: d.reference || undefined,
          date: day(d.date),
        })),
        note: v.note || undefined,
      },
      {
        onSuccess: () => {
          message.success(t("cex.saved"));
          onClose();
        },
        onError,
      },
    );

  return (
    <Modal
      open
      width={640}
      title={`${t("cex.legal.title")} · ${e.ref}`}
      okText={t("common.confirm")}
      onOk={() => form.submit()}
      confirmLoading={legal.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t("cex.legal.hint")} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        name="cex-legal"
        layout="vertical"
        onFinish={submit}
        initialValues={
          known
            ? {
                ...known,
                since: dayjs(known.since),
                hearingOn: known.hearingOn ? dayjs(known.hearingOn) : undefined,
                endedOn: known.endedOn ? dayjs(known.endedOn) : undefined,
                documents: known.documents.map((d) => ({ ...d, date: d.date ? dayjs(d.date) : undefined })),
              }
            : { involvement: "lawyer", since: dayjs(), documents: [] }
        }
      >
        <Form.Item name="involvement" label={t("cex.legal.involvement")}>
          <Radio.Group
            optionType="button"
            options={LEGAL_INVOLVEMENTS.map((k) => ({ value: k, label: t(`cex.legal.${k}`) }))}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="since" label={t("cex.legal.since")} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), "day")} />
          </Form.Item>
          <Form.Item name="hearingOn" label={t("cex.legal.hearingOn")}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="endedOn" label={t("cex.legal.endedOn")}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), "day")} />
          </Form.Item>
        </Flex>
        <Form.Item name="counterpart" label={t("cex.legal.counterpart")} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="caseNo" label={t("cex.legal.caseNo")}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item label={t("cex.legal.documents")}>
          <Form.List name="documents">
            {(fields, { add, remove }) => (
              <>
                {fields.map(({ key, name }) => (
                  <Flex key={key} gap={8} align="baseline">
                    <Form.Item name={[name, "title"]} rules={required} style={{ flex: 2 }}>
                      <Input maxLength={100} placeholder={t("cex.legal.documentTitle")} />
                    </Form.Item>
                    <Form.Item name={[name, "reference"]} style={{ flex: 1 }}>
                      <Input maxLength={100} placeholder={t("cex.legal.documentRef")} />
                    </Form.Item>
                    <Form.Item name={[name, "date"]}>
                      <DatePicker placeholder={t("cex.legal.documentDate")} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(name)} aria-label="remove" />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add()}
                  disabled={fields.length >= 20}
                >
                  {t("cex.legal.addDocument")}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="note" label={t("cex.legal.note")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
