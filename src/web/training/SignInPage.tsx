import { Button, Card, Result, Spin } from "antd";
import { useEffect, useRef } from "react";
import { Link, useSearchParams } from "react-router";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useSignIn } from "./api.ts";

/** Where a scanned QR code lands on the phone: signs the user in to the session at once. */
export function SignInPage() {
  const { t } = useI18n();
  const token = useSearchParams()[0].get("t");
  const signIn = useSignIn();
  const sent = useRef(false);
  useEffect(() => {
    if (token && !sent.current) {
      sent.current = true;
      signIn.mutate(token);
    }
  }, [token, signIn]);
  if (!token) return <Result status="info" title={t("training.noToken")} />;
  if (signIn.isError)
    return <Result status="error" title={t("training.signInFailed")} subTitle={signIn.error.message} />;
  if (!signIn.data)
    return (
      <Card>
        <Spin tip={t("training.signingIn")}>
          <div style={{ height: 120 }} />
        </Spin>
      </Card>
    );
  return (
    <Result
      status="success"
      title={t("training.signInDone", { topic: signIn.data.topic })}
      extra={
        <Link to={`/training/sessions/${signIn.data.sessionId}`}>
          <Button type="primary" size="large">
            {t("training.quizzesOfSession")}
          </Button>
        </Link>
      }
    />
  );
}
