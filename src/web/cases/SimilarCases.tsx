import { Card, Empty, List, Tag, Typography } from "antd";
import { useDeferredValue } from "react";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useSimilarCases } from "./api.ts";

/**
 * The published cases most like what is being written, for an incident report or a complaint form to show
 * beside it: `<SimilarCases text={description} category={category} />`.
 */
export function SimilarCases({ text, category }: { text: string; category?: string }) {
  const { t } = useI18n();
  const deferred = useDeferredValue(text);
  const similar = useSimilarCases(deferred, category);
  return (
    <Card size="small" title={t("cases.similar")} loading={similar.isLoading}>
      {similar.data?.length ? (
        <List
          size="small"
          dataSource={similar.data}
          renderItem={(c) => (
            <List.Item key={c.id}>
              <List.Item.Meta
                title={
                  <>
                    {c.title} <Tag>{t("cases.match", { score: c.score })}</Tag>
                  </>
                }
                description={<Typography.Paragraph ellipsis={{ rows: 3 }}>{c.lessons}</Typography.Paragraph>}
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("cases.noSimilar")} />
      )}
    </Card>
  );
}
