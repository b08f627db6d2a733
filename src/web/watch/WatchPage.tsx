import { ArrowUpOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Drawer, Flex, Row, Skeleton, Space, Tag, Typography } from "antd";
import { useCallback, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { WARNING_LEVELS } from "../../domain/warnings/vocabulary.ts";
import { PageHeader } from "../common/PageHeader.tsx";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { LEVEL_COLOURS, levelLabel } from "../warnings/labels.ts";
import { useWatchBoard, type WatchBoard } from "./api.ts";
import { ItemLists } from "./ItemLists.tsx";
import { OutletGrid } from "./OutletGrid.tsx";

type Outlet = WatchBoard["outlets"][number];

/**
 * 值守看板: the caller's subtree at a glance, live; the home page of sub-branch and branch managers. A
 * branch opens each sub-branch's board (`?unit=`) and goes back up from it.
 */
export function WatchPage() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const board = useWatchBoard(Number(params.get("unit")) || undefined);
  const [outlet, setOutlet] = useState<Outlet | null>(null);
  const open = useCallback((o: Outlet) => setOutlet(o), []);
  if (board.isPending) return <Skeleton active />;
  if (board.isError) return <Alert type="error" showIcon title={board.error.message} />;
  const b = board.data;
  const at =
    (unitId: number) =>
    <T extends { orgUnitId: number }>(items: T[]) =>
      items.filter((i) => i.orgUnitId === unitId);
  const of = outlet && at(outlet.id);

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t("watch.title", { unit: b.unit.name })}
        subtitle={t("watch.subtitle")}
        extra={
          <Space wrap>
            {b.parent && (
              <Link to={`/watch?unit=${b.parent.id}`}>
                <Button icon={<ArrowUpOutlined />}>{t("watch.up", { name: b.parent.name })}</Button>
              </Link>
            )}
            {b.subunits.map((u) => (
              <Link key={u.id} to={`/watch?unit=${u.id}`}>
                <Button>{u.name}</Button>
              </Link>
            ))}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={t("watch.outlets")}
            extra={<Typography.Text type="secondary">{t("watch.outletsHint")}</Typography.Text>}
          >
            <OutletGrid outlets={b.outlets} onOpen={open} />
            <Space wrap size={4} style={{ marginTop: 12 }}>
              <Tag color={LEVEL_COLOURS.none} style={{ color: "#262626" }}>
                {t("watch.legend.none")}
              </Tag>
              {WARNING_LEVELS.map((level) => (
                <Tag
                  key={level}
                  color={LEVEL_COLOURS[level]}
                  style={{ color: level === "yellow" ? "#613400" : undefined }}
                >
                  {levelLabel(level, locale)}
                </Tag>
              ))}
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <ItemLists board={b} />
          </Flex>
        </Col>
      </Row>
      <Drawer
        open={outlet !== null}
        onClose={() => setOutlet(null)}
        title={outlet && t("watch.outletItems", { name: outlet.name })}
        size="large"
      >
        {outlet && of && (
          <Flex vertical gap={16}>
            <ItemLists
              hideEmpty
              board={{
                warnings: b.warnings.filter((w) => w.orgUnit.id === outlet.id),
                incidents: of(b.incidents),
                opinion: b.opinion.filter((o) => o.unitIds.includes(outlet.id)),
                complaints: of(b.complaints),
                exceptions: of(b.exceptions),
              }}
            />
          </Flex>
        )}
      </Drawer>
    </Flex>
  );
}
