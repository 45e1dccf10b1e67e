import { QueueSection } from "@/components/moderation/queue-section";
import type { PolicyQueueItem } from "@/db/queries/policy";
import { Link } from "@/i18n/navigation";
import type { OutdatedReason } from "@/lib/policy/rules";
import { inLocale, policyFormatting } from "./policy-format";

/** The editors' queue on /moderation: facts readers dispute or that are past their check-after date. */
export async function PolicyQueue({ items }: { items: Array<PolicyQueueItem & { outdatedBecause: OutdatedReason[] }> }) {
  const { t, day, locale } = await policyFormatting();
  return (
    <QueueSection id="policy-queue" title={t("queueTitle")} count={items.length} empty={t("queueEmpty")} testId="policy-queue">
      {items.map((item) => (
        <li key={item.id} className="rounded-lg border border-line bg-white p-4" data-testid={`policy-queue-${item.id}`}>
          <p className="font-semibold">
            <Link href={`/policy/${item.id}`}>{inLocale(item.title, locale)}</Link>
          </p>
          <p className="text-sm text-muted">
            {t(`kind.${item.kind}`)} · {t("lastChecked", { date: day(item.lastChecked) })}
          </p>
          <ul className="mt-2 list-disc pl-5 text-sm font-medium text-amber-900">
            {item.outdatedBecause.includes("disputes") && <li>{t("queueDisputed", { disputes: item.disputes, confirmations: item.confirmations })}</li>}
            {item.outdatedBecause.includes("check_after") && <li>{t("queueDue", { date: day(item.checkAfter!) })}</li>}
          </ul>
          <div className="mt-2 text-sm">
            <p className="font-medium">{t("queueNotes")}</p>
            {item.notes.length === 0 ? (
              <p className="text-muted">{t("queueNoNotes")}</p>
            ) : (
              <ul className="list-disc pl-5">
                {item.notes.map((note, i) => (
                  <li key={i} className="break-words">
                    {note.note || "—"}
                    {note.sourceUrl && (
                      <>
                        {" — "}
                        <a href={note.sourceUrl} rel="nofollow ugc noopener noreferrer" className="font-mono text-xs">
                          {note.sourceUrl}
                        </a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <p className="mt-3">
            <Link
              href={`/policy/${item.id}/edit`}
              className="inline-block rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white no-underline hover:bg-brand-800"
            >
              {t("recheck")}
            </Link>
          </p>
        </li>
      ))}
    </QueueSection>
  );
}
