import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MarkdownContent } from "@/components/guide/markdown-content";
import { PaperworkLink } from "@/components/paperwork/paperwork-link";
import { SubmitButton } from "@/components/ui/submit-button";
import { TableOfContents } from "@/components/guide/table-of-contents";
import { getGuidePage } from "@/db/queries/guide";
import { Link } from "@/i18n/navigation";
import { currentUser, isModerator } from "@/lib/auth/current-user";
import { setProtectionAction } from "@/lib/guide/actions";
import { guideLocale } from "@/lib/guide/locale";
import { renderMarkdown } from "@/lib/guide/markdown";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ edit?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = await getGuidePage({ slug, locale: guideLocale(locale) });
  if (!page) return {};
  return {
    title: page.title,
    description: page.summary,
    alternates: { languages: { "zh-CN": `/guide/${slug}`, en: `/en/guide/${slug}` } },
  };
}

export default async function GuidePage({ params, searchParams }: Props) {
  const [{ locale, slug }, { edit }] = await Promise.all([params, searchParams]);
  const page = await getGuidePage({ slug, locale: guideLocale(locale) });
  if (!page) notFound();
  const [t, te, format, user] = await Promise.all([getTranslations("Guide"), getTranslations("Edit"), getFormatter(), currentUser()]);
  const moderator = isModerator(user);
  const { tree, toc } = renderMarkdown(page.body);
  return (
    <article className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
      <div className="min-w-0">
        <header>
          <h1 className="text-2xl font-bold leading-snug sm:text-3xl">{page.title}</h1>
          <p className="mt-2 text-sm text-muted">
            <time dateTime={page.updatedAt}>
              {t("lastUpdated", { date: format.dateTime(new Date(page.updatedAt), { dateStyle: "long" }) })}
            </time>{" "}
            · {t("revision", { number: page.revisionNumber })}
            {page.protected && <> · {t("protectedBadge")}</>}
          </p>
          <nav aria-label={t("title")} className="mt-3 flex flex-wrap items-center gap-3 text-sm">
            {(!page.protected || moderator) && (
              <Link href={`/guide/${slug}/edit`} className="rounded-md border border-line bg-white px-3 py-1 font-medium no-underline hover:border-brand-600">
                {t("edit")}
              </Link>
            )}
            <Link href={`/guide/${slug}/history`} className="rounded-md border border-line bg-white px-3 py-1 font-medium no-underline hover:border-brand-600">
              {t("history")}
            </Link>
            {moderator && (
              <form action={setProtectionAction} className="flex items-center gap-2">
                <input type="hidden" name="slug" value={slug} />
                <input type="hidden" name="locale" value={guideLocale(locale)} />
                <input type="hidden" name="protected" value={page.protected ? "0" : "1"} />
                <SubmitButton
                  label={page.protected ? te("unprotect") : te("protect")}
                  pendingLabel={page.protected ? te("unprotect") : te("protect")}
                  className="min-w-0 border border-line bg-white! px-3 py-1 font-medium! text-ink! hover:border-brand-600"
                />
              </form>
            )}
          </nav>
          {edit && (
            <p role="status" className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
              {edit === "merged" ? t("mergedNotice") : edit === "unchanged" ? te("unchanged") : t("saved")}
            </p>
          )}
        </header>
        <div className="mt-6 lg:hidden">
          <TableOfContents entries={toc} headingId="toc-inline" />
        </div>
        <div className="mt-6">
          <MarkdownContent tree={tree} />
        </div>
        <PaperworkLink locale={locale} className="mt-8 rounded-lg border border-line bg-white p-4" />
      </div>
      <aside className="hidden lg:block">
        <div className="sticky top-4">
          <TableOfContents entries={toc} headingId="toc-side" />
        </div>
      </aside>
    </article>
  );
}
