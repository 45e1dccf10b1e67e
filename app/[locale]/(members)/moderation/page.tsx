import { connection } from "next/server";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden, unauthorized } from "next/navigation";
import { FollowUpQueue } from "@/components/follow-ups/follow-up-queue";
import { HeldItem } from "@/components/moderation/held-item";
import { QueueSection } from "@/components/moderation/queue-section";
import { PolicyQueue } from "@/components/policy/policy-queue";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { followUpQueue } from "@/lib/follow-ups/moderation";
import { moderationOverview } from "@/lib/moderation/service";
import { policyQueue } from "@/lib/policy/service";

// a page for one reader (or one visit): rendered per request, and allowed to block until it is
export const instant = false;
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Moderation");
  return { title: t("title"), robots: { index: false } };
}

export default async function ModerationPage() {
  // per reader: rendered for each request, never cached
  await connection();
  const user = await currentUser();
  const [overview, facts, followUps] = await Promise.all([moderationOverview({ user }), policyQueue({ user }), followUpQueue({ user })]);
  if (!overview.ok || !facts.ok || !followUps.ok) {
    if (!overview.ok && overview.status === 401) unauthorized();
    forbidden();
  }
  const [t, tl, format] = await Promise.all([getTranslations("Moderation"), getTranslations("Labels"), getFormatter()]);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <QueueSection id="queue" title={t("queue")} count={overview.queue.length} empty={t("queueEmpty")} testId="moderation-queue">
        {overview.queue.map((item) => (
          <HeldItem
            key={item.id}
            kind="report"
            id={item.id}
            testId={`queue-${item.id}`}
            reason={item.moderationReason}
            text={item.story}
            about={
              <>
                <Link href={`/operators/${item.operator}`}>{item.operator}</Link> · {tl(`channel.${item.channel}` as "channel.app")} ·{" "}
                {tl(`outcome.${item.outcome}` as "outcome.success")} · {item.attemptedMonth} · {when(item.createdAt)}
              </>
            }
          >
            {item.displayName && <p className="mt-1 text-sm text-muted">{item.displayName}</p>}
            {item.flags.length > 0 && (
              <div className="mt-2 text-sm">
                <p className="font-medium">{t("flags", { count: item.flags.length })}</p>
                <ul className="list-disc pl-5">
                  {item.flags.map((flag, i) => (
                    <li key={i}>{flag.reason}</li>
                  ))}
                </ul>
              </div>
            )}
          </HeldItem>
        ))}
      </QueueSection>
      <PolicyQueue items={facts.items} />
      <FollowUpQueue items={followUps.queue} />
      <section aria-labelledby="log">
        <h2 id="log" className="text-xl font-semibold">
          {t("log")}
        </h2>
        {overview.log.length === 0 ? (
          <p className="mt-3 text-muted">{t("logEmpty")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto rounded-lg border border-line bg-white" tabIndex={0} role="region" aria-labelledby="log">
            <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
              <thead className="bg-slate-50 text-muted">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("when")}</th>
                  <th scope="col" className="px-3 py-2">{t("who")}</th>
                  <th scope="col" className="px-3 py-2">{t("what")}</th>
                  <th scope="col" className="px-3 py-2">{t("target")}</th>
                  <th scope="col" className="px-3 py-2">{t("why")}</th>
                </tr>
              </thead>
              <tbody>
                {overview.log.map((entry) => (
                  <tr key={entry.id} className="border-t border-line">
                    <td className="px-3 py-2">{when(entry.createdAt)}</td>
                    <td className="px-3 py-2">{entry.actor ?? "—"}</td>
                    <td className="px-3 py-2">{t(`actions.${entry.action}` as "actions.approve_report")}</td>
                    <td className="px-3 py-2 font-mono text-xs">{entry.targetId}</td>
                    <td className="px-3 py-2">{entry.reason || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
