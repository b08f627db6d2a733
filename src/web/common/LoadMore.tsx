import { Button, Flex, Typography } from "antd";
import { useI18n } from "../i18n/I18nProvider.tsx";

interface Props {
  count: number;
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}

/** The foot of a keyset-paginated list: fetch the next page, or say that everything is shown. */
export function LoadMore({ count, hasMore, loading, onLoad }: Props) {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <Flex justify="center" style={{ padding: 16 }}>
      {hasMore ? (
        <Button onClick={onLoad} loading={loading}>
          {t("common.loadMore")}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t("common.allLoaded", { count })}</Typography.Text>
      )}
    </Flex>
  );
}
