import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SubmitButton } from "@/components/ui/submit-button";
import { getGuideRevision } from "@/db/queries/guide";
import { Link } from "@/i18n/navigation";
import { currentUser, isModerator } from "@/lib/auth/current-user";
import { restoreRevisionAction } from "@/lib/guide/actions";
import { lineDiff } from "@/lib/guide/diff";
import { guideLocale } from "@/lib/guide/locale";

type Props = { params: Promise<{ locale: string; slug: string; rev: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { rev } = await params;
  const t = await getTranslations("History");
  return { title: t("revision", { number: rev }), robots: { index: false } };
}

export default async function RevisionPage({ params }: Props) {
  const { locale, slug, rev } = await params;
  const number = /^\d{1,9}$/.test(rev) ? Number(rev) : NaN;
  const revision = Number.isInteger(number) ? await getGuideRevision({ slug, locale: guideLocale(locale), number }) : null;
  if (!revision) notFound();
  const [t, format, user] = await Promise.all([getTranslations("History"), getFormatter(), currentUser()]);
  const rows = revision.previousBody === null ? null : lineDiff(revision.previousBody, revision.body);
  const canRestore = user && revision.id !== revision.currentRevisionId && (!revision.protected || isModerator(user));
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <Link href={`/guide/${slug}/history`}>← {t("allRevisions")}</Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold">
          {revision.title} · {t("revision", { number: revision.number })}
        </h1>
        <p className="mt-2 text-sm text-muted">
          {revision.author ?? t("system")} ·{" "}
          <time dateTime={revision.createdAt}>{format.dateTime(new Date(revision.createdAt), { dateStyle: "medium", timeStyle: "short" })}</time>
          {revision.summary && <> · {revision.summary}</>}
        </p>
      </header>

      {canRestore && (
        <form action={restoreRevisionAction} className="rounded-lg border border-line bg-white p-4">
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="locale" value={guideLocale(locale)} />
          <input type="hidden" name="number" value={revision.number} />
          <input type="hidden" name="baseRevisionId" value={revision.currentRevisionId ?? ""} />
          <p className="mb-3 text-sm text-muted">{t("restoreHint")}</p>
          <SubmitButton label={t("restore")} pendingLabel={t("restoring")} />
        </form>
      )}

      <section aria-labelledby="diff-heading">
        <h2 id="diff-heading" className="text-lg font-semibold">
          {t("diffTitle", { number: revision.number })}
        </h2>
        {rows === null ? (
          <p className="mt-2 text-muted">{t("firstRevision")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto rounded-lg border border-line bg-white" tabIndex={0} role="region" aria-labelledby="diff-heading">
            <table className="w-full border-collapse font-mono text-sm" data-testid="diff">
              <tbody>
                {rows.map((row, index) =>
                  row.kind === "skip" ? (
                    <tr key={index} className="bg-slate-50 text-muted">
                      <td colSpan={2} className="px-3 py-1 text-center">
                        {t("skipped", { count: row.count ?? 0 })}
                      </td>
                    </tr>
                  ) : (
                    <tr key={index} className={row.kind === "added" ? "bg-emerald-50" : row.kind === "removed" ? "bg-red-50" : undefined}>
                      <td className="w-8 select-none px-2 py-0.5 text-center align-top" aria-label={row.kind === "added" ? t("added") : row.kind === "removed" ? t("removed") : undefined}>
                        {row.kind === "added" ? "+" : row.kind === "removed" ? "−" : ""}
                      </td>
                      <td className="whitespace-pre-wrap break-words px-2 py-0.5">
                        {row.kind === "added" ? <ins className="no-underline">{row.text}</ins> : row.kind === "removed" ? <del>{row.text}</del> : row.text}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
