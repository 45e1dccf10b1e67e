import { getFormatter, getTranslations } from "next-intl/server";
import { HeldItem } from "@/components/moderation/held-item";
import { QueueSection } from "@/components/moderation/queue-section";
import type { FollowUpQueueItem } from "@/db/queries/follow-ups";
import { Link } from "@/i18n/navigation";

/** Follow-ups held for review (contact details in the note, or a bot's form), oldest first. */
export async function FollowUpQueue({ items }: { items: FollowUpQueueItem[] }) {
  const [t, format] = await Promise.all([getTranslations("FollowUp"), getFormatter()]);
  return (
    <QueueSection id="follow-up-queue" title={t("queueTitle")} count={items.length} empty={t("queueEmpty")} testId="follow-up-queue">
      {items.map((item) => (
        <HeldItem
          key={item.id}
          kind="follow_up"
          id={item.id}
          testId={`follow-up-queue-${item.id}`}
          reason={item.moderationReason}
          text={item.note}
          about={
            <>
              <Link href={`/reports/${item.reportId}`}>{item.operator}</Link> · {t(`kinds.${item.kind}`)}
              {item.method && <> · {t(`methods.${item.method}`)}</>}
              {item.refundAmount !== null && <> · {t("publicAmount", { amount: item.refundAmount })}</>} ·{" "}
              {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}
            </>
          }
        />
      ))}
    </QueueSection>
  );
}
