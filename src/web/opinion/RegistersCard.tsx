import { App, Button, Card, Form, Input, List, Select, Typography } from "antd";
import { useState } from "react";
import type { EntryBody, EntryKind } from "../../domain/opinion/schema.ts";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Detail, useEntry } from "./api.ts";

const KINDS: EntryKind[] = ["media_contact", "rumour", "risk_note", "publicity"];

/** Each register's fields, so one form serves the four of them. */
const FIELDS: Record<EntryKind, { name: string; label: string; long?: boolean }[]> = {
  media_contact: [
    { name: "outlet", label: "opn.mediaOutlet" },
    { name: "contact", label: "opn.mediaContact" },
    { name: "question", label: "opn.mediaQuestion", long: true },
    { name: "answer", label: "opn.mediaAnswer", long: true },
  ],
  rumour: [
    { name: "claim", label: "opn.rumourClaim", long: true },
    { name: "facts", label: "opn.rumourFacts", long: true },
  ],
  risk_note: [{ name: "text", label: "opn.text", long: true }],
  publicity: [
    { name: "text", label: "opn.text", long: true },
    { name: "channel", label: "opn.channel" },
  ],
};

/** The workflow's registers (media contacts, rumours, risk notes, publicity), newest last. */
export function RegistersCard({ event }: { event: Detail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [kind, setKind] = useState<EntryKind>("rumour");
  const [form] = Form.useForm();
  const add = useEntry(event.id);
  const entries = event.entries.filter((e) => (KINDS as string[]).includes(e.kind));
  return (
    <Card title={t("opn.registers")} style={{ marginBottom: 16 }}>
      <List
        dataSource={entries}
        renderItem={(e) => (
          <List.Item>
            <List.Item.Meta
              title={`${t(`opn.entry.${e.kind as EntryKind}`)} · ${e.actor?.name ?? ""} · ${formatTime(e.at)}`}
              description={FIELDS[e.kind as EntryKind].map((f) => (
                <Typography.Paragraph key={f.name} style={{ marginBottom: 4 }}>
                  <Typography.Text type="secondary">{t(f.label as "opn.text")}：</Typography.Text>
                  {String(e.data[f.name] ?? "")}
                </Typography.Paragraph>
              ))}
            />
          </List.Item>
        )}
      />
      {event.allowed.record && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) =>
            add.mutate({ kind, ...values } as EntryBody, {
              onSuccess: () => form.resetFields(),
              onError: (e) => message.error(e.message),
            })
          }
        >
          <Form.Item label={t("opn.addEntry")}>
            <Select<EntryKind>
              value={kind}
              onChange={setKind}
              options={KINDS.filter((k) => k !== "media_contact" || event.allowed.speak).map((k) => ({
                value: k,
                label: t(`opn.entry.${k}`),
              }))}
            />
          </Form.Item>
          {FIELDS[kind].map((f) => (
            <Form.Item
              key={f.name}
              name={f.name}
              label={t(f.label as "opn.text")}
              rules={[{ required: f.name !== "channel" }]}
            >
              {f.long ? <Input.TextArea rows={2} /> : <Input />}
            </Form.Item>
          ))}
          <Button htmlType="submit" loading={add.isPending}>
            {t("opn.addEntry")}
          </Button>
        </Form>
      )}
    </Card>
  );
}
