import { PageHeader } from "../../common/PageHeader.tsx";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { ChannelsCard } from "./ChannelsCard.tsx";
import { DeliveriesCard } from "./DeliveriesCard.tsx";

/** Administrators set up the channels notices leave by and watch what was delivered, what failed and why. */
export function OutboxPage() {
  const { t } = useI18n();
  return (
    <div>
      <PageHeader title={t("ntf.title")} subtitle={t("ntf.subtitle")} />
      <ChannelsCard />
      <DeliveriesCard />
    </div>
  );
}
