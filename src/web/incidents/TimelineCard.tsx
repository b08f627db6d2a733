import { SendOutlined } from "@ant-design/icons";
import { App, Button, Card, Empty, Flex, Input, Timeline, Typography } from "antd";
import { formatTime } from "../common/time.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { useAddNote, useTimeline } from "./api.ts";
import { useDraft } from "./drafts.ts";

const KIND_COLORS: Record<string, string> = {
  reported: "red",
  escalated: "red",
  acknowledge: "green",
  stabilise: "green",
  close: "gray",
  note: "blue",
};

/** Every action, note and status change, newest first, with a box to add a note from the scene. */
export function TimelineCard({ incidentId, canWrite }: { incidentId: number; canWrite: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const timeline = useTimeline(incidentId);
  const addNote = useAddNote(incidentId);
  const [text, setText] = useDraft(`note:${incidentId}`, "");
  const send = () =>
    addNote.mutate(text.trim(), {
      onSuccess: () => setText(""),
      onError: (e) => message.error(e.message),
    });
  const items = [...(timeline.data ?? [])].reverse();

  return (
    <Card size="small" title={t("inc.room.timeline")} data-testid="timeline">
      {canWrite && (
        <Flex gap={8} style={{ marginBottom: 16 }}>
          <Input.TextArea
            aria-label={t("inc.room.note")}
            placeholder={t("inc.room.notePlaceholder")}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={2000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button
            type="primary"
            icon={<SendOutlined />}
            disabled={!text.trim()}
            loading={addNote.isPending}
            onClick={send}
          >
            {t("inc.room.addNote")}
          </Button>
        </Flex>
      )}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={items.map((e) => ({
            key: e.id,
            color: KIND_COLORS[e.kind] ?? "blue",
            content: (
              <>
                <div>{e.text}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatTime(e.at)}
                  {e.actor ? ` · ${e.actor}` : ""}
                </Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
