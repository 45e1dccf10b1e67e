import type { PolicyRevisionItem } from "@/db/queries/policy";
import { snapshotChanges } from "@/lib/policy/history";
import { policyFormatting } from "./policy-format";

const LANGUAGE = { zh: "中文", en: "English" } as const;

/** A fact's revisions, newest first: what changed, who changed it and why, and the votes each received. */
export async function FactHistory({ revisions }: { revisions: PolicyRevisionItem[] }) {
  const { t, day, when } = await policyFormatting();
  const valueOf = (field: string, value: string) => {
    if (!value) return t("none");
    if (field === "kind") return t(`kind.${value}`);
    if (field === "status") return t(`status.${value}`);
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? day(value) : value;
  };
  return (
    <section aria-labelledby="history">
      <h2 id="history" className="text-xl font-bold">
        {t("history")}
      </h2>
      <ol className="mt-3 space-y-4">
        {revisions.map((revision, index) => {
          const older = revisions[index + 1];
          const changes = older ? snapshotChanges(older.snapshot, revision.snapshot) : [];
          return (
            <li key={revision.number} id={`revision-${revision.number}`} className="scroll-mt-4 rounded-lg border border-line bg-white p-4" data-testid={`revision-${revision.number}`}>
              <p className="font-semibold">
                {t("revisionNumber", { number: revision.number })} · {t(`change.${revision.change}`)} ·{" "}
                <time dateTime={revision.createdAt}>{day(revision.createdAt.slice(0, 10))}</time>
              </p>
              <p className="text-sm text-muted">
                {revision.actor ? t("by", { name: revision.actor }) : revision.change === "seed" ? t("bySeed") : null}
                {revision.actor || revision.change === "seed" ? " · " : null}
                {t("lastChecked", { date: day(revision.snapshot.lastChecked) })} · {t(`status.${revision.snapshot.status}`)} · {when(revision.snapshot)}
              </p>
              {/* the import's own note says what "imported" already says, in one language only */}
              {revision.reason && revision.change !== "seed" && <p className="mt-1 text-sm">{t("reason", { reason: revision.reason })}</p>}
              {older &&
                (changes.length === 0 ? (
                  <p className="mt-1 text-sm text-muted">{t("noChanges")}</p>
                ) : (
                  <div className="mt-2 text-sm">
                    <p className="font-medium">{t("changed")}</p>
                    <dl className="mt-1 space-y-1">
                      {changes.map((change) => (
                        <div key={`${change.field}-${change.language ?? ""}`}>
                          <dt className="font-medium">
                            {change.language
                              ? t("fieldLanguage", { field: t(`field.${change.field}`), language: LANGUAGE[change.language] })
                              : t(`field.${change.field}`)}
                          </dt>
                          <dd className="break-words" lang={change.language === "zh" ? "zh-CN" : change.language}>
                            <del className="bg-red-50 text-red-900">{valueOf(change.field, change.before)}</del> →{" "}
                            <ins className="bg-emerald-50 text-emerald-900 no-underline">{valueOf(change.field, change.after)}</ins>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </div>
                ))}
              {(revision.confirmations > 0 || revision.disputes > 0) && (
                <p className="mt-1 text-sm text-muted">{t("roundVotes", { confirmations: revision.confirmations, disputes: revision.disputes })}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
