import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/moderation/decision-form";
import { ClientMessages } from "@/components/site/client-messages";
import type { AppUser } from "@/db/queries/users";
import { Link } from "@/i18n/navigation";
import { decideFollowUpAction } from "@/lib/follow-ups/actions";
import { followUpQueue } from "@/lib/follow-ups/moderation";
import { colon } from "@/lib/i18n/punctuation";

/** Follow-ups held for review (contact details in the note, or a bot's form), oldest first. */
export async function FollowUpQueue({ user }: { user: AppUser | null }) {
  const result = await followUpQueue({ user });
  if (!result.ok) return null;
  const [t, tm, format, locale] = await Promise.all([getTranslations("FollowUp"), getTranslations("Moderation"), getFormatter(), getLocale()]);
  return (
    <section aria-labelledby="follow-up-queue">
      <h2 id="follow-up-queue" className="text-xl font-semibold">
        {t("queueTitle")} ({result.queue.length})
      </h2>
      {result.queue.length === 0 ? (
        <p className="mt-3 text-muted">{t("queueEmpty")}</p>
      ) : (
        <ol className="mt-4 space-y-4" data-testid="follow-up-queue">
          {result.queue.map((item) => (
            <li key={item.id} className="rounded-lg border border-line bg-white p-4" data-testid={`follow-up-queue-${item.id}`}>
              <p className="text-sm text-muted">
                <Link href={`/reports/${item.reportId}`}>{item.operator}</Link> · {t(`kinds.${item.kind}`)}
                {item.method && <> · {t(`methods.${item.method}`)}</>}
                {item.refundAmount !== null && <> · {t("publicAmount", { amount: item.refundAmount })}</>} ·{" "}
                {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}
              </p>
              <p className="mt-2 font-medium text-amber-900">
                {tm("reason")}
                {colon(locale)}
                {item.moderationReason ?? "—"}
              </p>
              <p className="mt-2 whitespace-pre-line break-words rounded bg-slate-50 p-3">{item.note || "—"}</p>
              <ClientMessages paths={["Moderation", "Errors"]}>
                <DecisionForm reportId={item.id} idField="followUpId" action={decideFollowUpAction} />
              </ClientMessages>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
