import { LinkOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, List, Tag, Typography } from "antd";
import { Link, useNavigate } from "react-router";
import { CATEGORIES } from "../../domain/incidents/categories.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { type RecordRef, useLinks, useOpenIncident } from "./api.ts";
import { prefillPath } from "./prefill.ts";

interface Props {
  record: RecordRef;
  /** The record's own reference, summary and outlet: what the record it leads to is prefilled with. */
  refText: string;
  summary: string;
  facts?: string;
  orgUnitId: number;
  inPerson?: boolean;
  /** The page's own way to register the complaint (a counter exception's prefilled dialog), if it has one. */
  onRegisterComplaint?: () => void;
}

/**
 * The records linked to this one (incidents, complaints, counter exceptions), both ways, as far as the
 * reader may open them; and the record this one should lead to, offered as a button: the complaint of an
 * on-site conflict (prefilled, on its own clock), the emergency of a large complaint or a system failure
 * (opened in one click).
 */
export function LinkedRecordsCard(props: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const links = useLinks(props.record);
  const open = useOpenIncident(props.record);
  const answer = links.data;
  if (!answer || (answer.links.length === 0 && answer.offers.length === 0)) return null;

  const openIncident = (category: keyof typeof CATEGORIES) =>
    open.mutate(
      { category, summary: `${props.refText} ${props.summary}`.slice(0, 200), orgUnitId: props.orgUnitId },
      {
        onSuccess: (inc) => {
          message.success(t("links.incidentOpened", { ref: inc.ref }));
          navigate(`/incidents/${inc.id}`);
        },
        onError: (err) => message.error(err.message),
      },
    );

  return (
    <Card size="small" title={t("links.title")} data-testid="linked-records">
      <Flex vertical gap={8}>
        {answer.offers.map((offer) =>
          offer.action === "register_complaint" ? (
            <Button
              key="register_complaint"
              type="primary"
              danger
              block
              onClick={() =>
                props.onRegisterComplaint
                  ? props.onRegisterComplaint()
                  : navigate(
                      prefillPath("/complaints/new", {
                        from: props.record,
                        fromRef: props.refText,
                        summary: props.summary,
                        facts: props.facts,
                        orgUnitId: props.orgUnitId,
                        inPerson: props.inPerson,
                      }),
                    )
              }
            >
              {t("links.registerComplaint")}
            </Button>
          ) : (
            <Button
              key="open_incident"
              type="primary"
              danger
              block
              loading={open.isPending}
              onClick={() => openIncident(offer.category)}
            >
              {t("links.openIncident", { category: CATEGORIES[offer.category].label[locale] })}
            </Button>
          ),
        )}
        {answer.offers.length > 0 && (
          <Typography.Text type="secondary">{t("links.offerHint")}</Typography.Text>
        )}
        {answer.links.length > 0 && (
          <List
            size="small"
            dataSource={answer.links}
            renderItem={(l) => (
              <List.Item>
                <Flex gap={8} align="center" wrap style={{ width: "100%" }}>
                  <LinkOutlined />
                  <Tag>{t(`links.kind.${l.kind}`)}</Tag>
                  <Link to={l.path}>{l.ref}</Link>
                  <Typography.Text ellipsis style={{ flex: 1, minWidth: 120 }}>
                    {l.title}
                  </Typography.Text>
                  <Tag color="blue">{l.status}</Tag>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Flex>
    </Card>
  );
}
