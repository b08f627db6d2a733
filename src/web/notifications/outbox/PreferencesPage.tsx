import { App, Button, Card, Checkbox, Form, Input, Space } from "antd";
import { useEffect } from "react";
import type { Preferences } from "../../../domain/notifications/schema.ts";
import { NOTICE_KIND_LABELS, NOTICE_KINDS } from "../../../domain/notifications/vocabulary.ts";
import { useFormErrorHandler } from "../../api/form-errors.ts";
import { PageHeader } from "../../common/PageHeader.tsx";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { usePreferences, useSavePreferences } from "./api.ts";

/** Each user's own choice of what reaches them by SMS and e-mail, and when not to be disturbed. */
export function PreferencesPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const prefs = usePreferences();
  const save = useSavePreferences();
  const [form] = Form.useForm<Preferences>();
  const onError = useFormErrorHandler(form);
  useEffect(() => {
    if (prefs.data) form.setFieldsValue(prefs.data);
  }, [prefs.data, form]);
  const kinds = NOTICE_KINDS.map((k) => ({ value: k, label: NOTICE_KIND_LABELS[k][locale] }));
  const orNull = (v: string | null | undefined) => (v ? v : null);

  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t("ntf.prefsTitle")} subtitle={t("ntf.prefsSubtitle")} />
      <Card loading={prefs.isPending}>
        <Form<Preferences>
          form={form}
          layout="vertical"
          onFinish={(v) =>
            save.mutate(
              {
                ...v,
                email: orNull(v.email),
                quietStart: orNull(v.quietStart),
                quietEnd: orNull(v.quietEnd),
              },
              { onSuccess: () => message.success(t("common.saved")), onError },
            )
          }
        >
          <Form.Item name="email" label={t("ntf.email")}>
            <Input type="email" maxLength={200} />
          </Form.Item>
          <Form.Item name="sms" label={t("ntf.smsKinds")}>
            <Checkbox.Group options={kinds} />
          </Form.Item>
          <Form.Item name="emailKinds" label={t("ntf.emailKinds")}>
            <Checkbox.Group options={kinds} />
          </Form.Item>
          <Form.Item label={t("ntf.quiet")}>
            <Space>
              <Form.Item name="quietStart" noStyle>
                <Input
                  placeholder={t("ntf.quietStart")}
                  style={{ width: 140 }}
                  aria-label={t("ntf.quietStart")}
                />
              </Form.Item>
              <Form.Item name="quietEnd" noStyle>
                <Input
                  placeholder={t("ntf.quietEnd")}
                  style={{ width: 140 }}
                  aria-label={t("ntf.quietEnd")}
                />
              </Form.Item>
            </Space>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
