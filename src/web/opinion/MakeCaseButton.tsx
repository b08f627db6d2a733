import { App, Button } from "antd";
import { useNavigate } from "react-router";
import { useCaseFromSource } from "../cases/api.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";

/**
 * A closed event becomes a case draft in the case library (personal data stripped by the server), as
 * incidents, complaints and counter exceptions do; someone else reviews and publishes it there.
 */
export function MakeCaseButton({ sourceRef }: { sourceRef: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const fromSource = useCaseFromSource();
  return (
    <Button
      loading={fromSource.isPending}
      onClick={() =>
        fromSource.mutate(sourceRef, {
          onSuccess: (c) => {
            message.success(t("opn.caseMade", { ref: c.ref }));
            navigate("/cases");
          },
          onError: (err) => message.error(err.message),
        })
      }
    >
      {t("opn.makeCase")}
    </Button>
  );
}
