import { connection } from "next/server";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden, unauthorized } from "next/navigation";
import { DecisionForm } from "@/components/moderation/decision-form";
import { PolicyQueue } from "@/components/policy/policy-queue";
import { FollowUpQueue } from "@/components/follow-ups/follow-up-queue";
import { ClientMessages } from "@/components/site/client-messages";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { moderationOverview } from "@/lib/moderation/service";
import { policyQueue } from "@/lib/policy/service";
import { colon } from "@/lib/i18n/punctuation";


// a page for one reader (or one visit): rendered per request, and allowed to block until it is
export const instant = false;
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Moderation");
  return { title: t("title"), robots: { index: false } };
}

export default async function ModerationPage({ params }: { params: Promise<{ locale: string }> }) {
  // per reader: rendered for each request, never cached
  await connection();
  const [{ locale }, user] = await Promise.all([params, currentUser()]);
  const [overview, facts] = await Promise.all([moderationOverview({ user }), policyQueue({ user })]);
  if (!overview.ok || !facts.ok) {
    if (!overview.ok && overview.status === 401) unauthorized();
    forbidden();
  }
  const [t, tl, format] = await Promise.all([getTranslations("Moderation"), getTranslations("Labels"), getFormatter()]);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="queue">
        <h2 id="queue" className="text-xl font-semibold">
          {t("queue")} ({overview.queue.length})
        </h2>
        {overview.queue.length === 0 ? (
          <p className="mt-3 text-muted">{t("queueEmpty")}</p>
        ) : (
          <ol className="mt-4 space-y-4" data-testid="moderation-queue">
            {overview.queue.map((item) => (
              <li key={item.id} className="rounded-lg border border-line bg-white p-4" data-testid={`queue-${item.id}`}>
                <p className="text-sm text-muted">
                  <Link href={`/operators/${item.operator}`}>{item.operator}</Link> · {tl(`channel.${item.channel}` as "channel.app")} ·{" "}
                  {tl(`outcome.${item.outcome}` as "outcome.success")} · {item.attemptedMonth} · {when(item.createdAt)}
                </p>
                <p className="mt-2 font-medium text-amber-900">
                  {t("reason")}
                  {colon(locale)}
                  {item.moderationReason ?? "—"}
                </p>
                <p className="mt-2 whitespace-pre-line break-words rounded bg-slate-50 p-3">{item.story || "—"}</p>
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
                <ClientMessages paths={["Moderation", "Errors"]}>
                  <DecisionForm reportId={item.id} />
                </ClientMessages>
              </li>
            ))}
          </ol>
        )}
      </section>
      <PolicyQueue items={facts.items} />
      <FollowUpQueue user={user} />
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
