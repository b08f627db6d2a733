import { Alert, Checkbox, Form, Input, InputNumber, Modal, Select, Switch, TreeSelect } from "antd";
import type { ChannelKind, NoticeKind } from "../../../domain/notifications/vocabulary.ts";
import {
  CHANNEL_KINDS,
  CHANNEL_LABELS,
  DEFAULT_RATE_PER_MINUTE,
  DEFAULT_ROBOT_KINDS,
  isRobot,
  NOTICE_KIND_LABELS,
  NOTICE_KINDS,
} from "../../../domain/notifications/vocabulary.ts";
import { useFormErrorHandler } from "../../api/form-errors.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { useOrgUnits } from "../../org/api.ts";
import { useCreateChannel } from "./api.ts";

interface Values {
  kind: ChannelKind;
  orgUnitId: number;
  name: string;
  noticeKinds: NoticeKind[];
  ratePerMinute: number;
  config: Record<string, unknown> & { atMobiles?: string; headers?: string };
}

/** A new channel: the fields its kind needs, secrets included (they are not shown again). */
export function AddChannelModal({ onClose }: { onClose: () => void }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const onError = useFormErrorHandler(form);
  const create = useCreateChannel();
  const units = useOrgUnits();
  const kind = Form.useWatch("kind", form) ?? "wecom";

  const submit = (v: Values) => {
    const config: Record<string, unknown> = { ...v.config };
    if (kind === "dingtalk")
      config.atMobiles = String(v.config.atMobiles ?? "")
        .split(/[,，\s]+/)
        .filter(Boolean);
    if (kind === "sms") {
      try {
        config.headers = v.config.headers ? JSON.parse(String(v.config.headers)) : {};
      } catch {
        form.setFields([{ name: ["config", "headers"], errors: ["JSON"] }]);
        return;
      }
    }
    create.mutate(
      {
        kind: v.kind,
        orgUnitId: v.orgUnitId,
        name: v.name,
        config,
        ratePerMinute: v.ratePerMinute,
        ...(isRobot(kind) && { noticeKinds: v.noticeKinds }),
      },
      { onSuccess: onClose, onError },
    );
  };

  const url = (
    <Form.Item name={["config", "url"]} label={t("ntf.url")} rules={[{ required: true }]}>
      <Input placeholder="https://" />
    </Form.Item>
  );
  const secret = (
    <Form.Item name={["config", "secret"]} label={t("ntf.secret")} rules={[{ required: true }]}>
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={t("ntf.addChannel")}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      width={640}
    >
      <Alert type="info" showIcon title={t("ntf.secretHint")} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          kind: "wecom",
          noticeKinds: DEFAULT_ROBOT_KINDS,
          ratePerMinute: DEFAULT_RATE_PER_MINUTE.wecom,
          config: { method: "POST", bodyEncoding: "json", secure: false, port: 587 },
        }}
        onValuesChange={(changed) => {
          if (changed.kind)
            form.setFieldValue("ratePerMinute", DEFAULT_RATE_PER_MINUTE[changed.kind as ChannelKind]);
        }}
        onFinish={submit}
      >
        <Form.Item name="kind" label={t("ntf.kind")}>
          <Select options={CHANNEL_KINDS.map((k) => ({ value: k, label: CHANNEL_LABELS[k][locale] }))} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={t("ntf.unit")} rules={[{ required: true }]}>
          <TreeSelect
            showSearch
            treeNodeFilterProp="title"
            treeDataSimpleMode={{ id: "id", pId: "parentId" }}
            treeData={(units.data ?? []).map((u) => ({
              id: u.id,
              parentId: u.parentId,
              value: u.id,
              title: u.name,
            }))}
            treeDefaultExpandAll
          />
        </Form.Item>
        <Form.Item name="name" label={t("ntf.name")} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        {kind === "wecom" && url}
        {(kind === "dingtalk" || kind === "feishu") && (
          <>
            {url}
            {secret}
          </>
        )}
        {kind === "dingtalk" && (
          <Form.Item name={["config", "atMobiles"]} label={t("ntf.atMobiles")}>
            <Input />
          </Form.Item>
        )}
        {kind === "sms" && (
          <>
            {url}
            <Form.Item name={["config", "method"]} label={t("ntf.method")}>
              <Select options={["POST", "PUT", "GET"].map((m) => ({ value: m, label: m }))} />
            </Form.Item>
            <Form.Item name={["config", "headers"]} label={t("ntf.headers")}>
              <Input.TextArea rows={2} placeholder='{"Authorization": "Bearer …"}' />
            </Form.Item>
            <Form.Item name={["config", "body"]} label={t("ntf.body")}>
              <Input.TextArea rows={3} placeholder='{"mobile":"{phone}","content":"{text}"}' />
            </Form.Item>
            <Form.Item name={["config", "bodyEncoding"]} label={t("ntf.bodyEncoding")}>
              <Select options={["json", "form", "none"].map((m) => ({ value: m, label: m }))} />
            </Form.Item>
            <Form.Item name={["config", "successMatch"]} label={t("ntf.successMatch")}>
              <Input placeholder='"code":\s*"OK"' />
            </Form.Item>
          </>
        )}
        {kind === "email" && (
          <>
            <Form.Item name={["config", "host"]} label={t("ntf.smtpHost")} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name={["config", "port"]} label={t("ntf.smtpPort")} rules={[{ required: true }]}>
              <InputNumber min={1} max={65535} />
            </Form.Item>
            <Form.Item name={["config", "secure"]} label={t("ntf.smtpSecure")} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name={["config", "user"]} label={t("ntf.smtpUser")}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name={["config", "password"]} label={t("ntf.smtpPassword")}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item name={["config", "from"]} label={t("ntf.from")} rules={[{ required: true }]}>
              <Input placeholder="bulwark@bank.example" />
            </Form.Item>
          </>
        )}
        {isRobot(kind) && (
          <Form.Item name="noticeKinds" label={t("ntf.noticeKinds")}>
            <Checkbox.Group
              options={NOTICE_KINDS.map((k) => ({ value: k, label: NOTICE_KIND_LABELS[k][locale] }))}
            />
          </Form.Item>
        )}
        <Form.Item name="ratePerMinute" label={t("ntf.rate")}>
          <InputNumber min={1} max={10000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
