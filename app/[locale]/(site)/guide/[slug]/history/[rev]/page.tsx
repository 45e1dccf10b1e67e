import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SubmitButton } from "@/components/ui/submit-button";
import { Link } from "@/i18n/navigation";
import { restoreRevisionAction } from "@/lib/guide/actions";
import { guideLocale } from "@/lib/guide/locale";
import { GUIDE_SLUG } from "@/lib/guide/schema";
import { loadRevisionView } from "@/lib/guide/view";
import { pageAlternates } from "@/lib/i18n/alternates";
import { INT32_MAX } from "@/lib/text";

type Props = { params: Promise<{ locale: string; slug: string; rev: string }> };

export function generateStaticParams() {
  return [{ rev: "1" }];
}

async function load({ params }: Props) {
  const { locale, slug, rev } = await params;
  const number = /^\d{1,10}$/.test(rev) ? Number(rev) : NaN;
  if (!GUIDE_SLUG.test(slug) || !(number >= 1 && number <= INT32_MAX)) return null;
  return loadRevisionView({ slug, locale: guideLocale(locale), number });
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ locale, slug, rev }, t] = await Promise.all([props.params, getTranslations("History")]);
  return { title: t("revision", { number: rev }), robots: { index: false }, alternates: pageAlternates(`/guide/${slug}/history/${rev}`, locale) };
}

export default async function RevisionPage(props: Props) {
  const [{ locale, slug }, revision] = await Promise.all([props.params, load(props)]);
  if (!revision) notFound();
  const [t, format] = await Promise.all([getTranslations("History"), getFormatter()]);
  const { diff } = revision;
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

      {revision.id !== revision.currentRevisionId && (
        // anyone may see the button; the server decides who may restore (signed in; moderators on protected pages)
        <form action={restoreRevisionAction} className="rounded-lg border border-line bg-white p-4">
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="locale" value={guideLocale(locale)} />
          <input type="hidden" name="number" value={revision.number} />
          <p className="mb-3 text-sm text-muted">{revision.protected ? t("restoreHintProtected") : t("restoreHint")}</p>
          <SubmitButton label={t("restore")} pendingLabel={t("restoring")} />
        </form>
      )}

      <section aria-labelledby="diff-heading">
        <h2 id="diff-heading" className="text-lg font-semibold">
          {t("diffTitle", { number: revision.number })}
        </h2>
        {diff === null ? (
          <p className="mt-2 text-muted">{t("firstRevision")}</p>
        ) : diff.kind === "too_large" ? (
          <p className="mt-2 rounded-md border border-line bg-slate-50 p-3 text-muted" data-testid="diff-too-large">
            {t("diffTooLarge")}
          </p>
        ) : (
          <div className="mt-3 overflow-x-auto rounded-lg border border-line bg-white" tabIndex={0} role="region" aria-labelledby="diff-heading">
            <table className="w-full border-collapse font-mono text-sm" data-testid="diff">
              <tbody>
                {diff.rows.map((row, index) =>
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
            {diff.hiddenRows > 0 && <p className="border-t border-line px-3 py-2 text-sm text-muted">{t("diffRowsHidden", { count: diff.hiddenRows })}</p>}
          </div>
        )}
      </section>
    </div>
  );
}
