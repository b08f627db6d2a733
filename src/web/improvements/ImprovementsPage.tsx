import { Card, Flex, Result, Switch } from "antd";
import { useState } from "react";
import { LoadMore } from "../common/LoadMore.tsx";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useImprovements } from "./api.ts";
import { ImprovementsList } from "./ImprovementsList.tsx";

/** 改进措施: one's own, and for heads, managers and officers those of the units below them. */
export function ImprovementsPage() {
  const { t } = useI18n();
  const [mine, setMine] = useState(false);
  const [open, setOpen] = useState(true);
  const list = useImprovements({ ...(mine && { mine: "true" }), ...(open && { status: "open" }) });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader
        title={t("imp.title")}
        subtitle={t("imp.subtitle")}
        extra={
          <Flex gap={12}>
            <Switch
              checked={open}
              onChange={setOpen}
              checkedChildren={t("imp.onlyOpen")}
              unCheckedChildren={t("imp.onlyOpen")}
            />
            <Switch
              checked={mine}
              onChange={setMine}
              checkedChildren={t("imp.onlyMine")}
              unCheckedChildren={t("imp.onlyMine")}
            />
          </Flex>
        }
      />
      <Card>
        {list.isError ? (
          <Result status="error" title={t("common.loadFailed")} subTitle={list.error.message} />
        ) : (
          <ImprovementsList items={rows} loading={list.isPending} showSource />
        )}
        <LoadMore
          count={rows.length}
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onLoad={() => list.fetchNextPage()}
        />
      </Card>
    </>
  );
}
