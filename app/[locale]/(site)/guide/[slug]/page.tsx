import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { MarkdownContent } from "@/components/guide/markdown-content";
import { PaperworkLink } from "@/components/paperwork/paperwork-link";
import { factEmbeds } from "@/components/policy/fact-embeds";
import { TableOfContents } from "@/components/guide/table-of-contents";
import { ModeratorOnly } from "@/components/site/moderator-only";
import { QueryNotice } from "@/components/site/query-notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { Link } from "@/i18n/navigation";
import { setProtectionAction } from "@/lib/guide/actions";
import { guideLocale } from "@/lib/guide/locale";
import { GUIDE_SLUG } from "@/lib/guide/schema";
import { loadGuideEmbeds, loadGuideView } from "@/lib/guide/view";
import { pageAlternates } from "@/lib/i18n/alternates";

type Props = { params: Promise<{ locale: string; slug: string }> };

async function loadPage({ params }: Props) {
  const { locale, slug } = await params;
  return GUIDE_SLUG.test(slug) ? loadGuideView({ slug, locale: guideLocale(locale) }) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ locale, slug }, view] = await Promise.all([props.params, loadPage(props)]);
  if (!view) return {};
  const { page } = view;
  return { title: page.title, description: page.summary, alternates: pageAlternates(`/guide/${slug}`, locale) };
}

export default async function GuidePage(props: Props) {
  const [{ locale, slug }, view] = await Promise.all([props.params, loadPage(props)]);
  if (!view) notFound();
  const { page, rendered } = view;
  const [t, te, format, embeds] = await Promise.all([getTranslations("Guide"), getTranslations("Edit"), getFormatter(), loadGuideEmbeds(rendered.embeds)]);
  const buttonClass = "rounded-md border border-line bg-white px-3 py-1 font-medium no-underline hover:border-brand-600";
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
            <Link href={`/guide/${slug}/edit`} className={buttonClass}>
              {t("edit")}
            </Link>
            <Link href={`/guide/${slug}/history`} className={buttonClass}>
              {t("history")}
            </Link>
            <ModeratorOnly>
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
            </ModeratorOnly>
          </nav>
          <Suspense>
            <QueryNotice
              param="edit"
              notices={{ saved: { text: t("saved") }, merged: { text: t("mergedNotice") }, unchanged: { text: te("unchanged") } }}
            />
          </Suspense>
        </header>
        <div className="mt-6 lg:hidden">
          <TableOfContents entries={rendered.toc} headingId="toc-inline" />
        </div>
        <div className="mt-6">
          <MarkdownContent
            locale={locale}
            tree={rendered.tree}
            embeds={{ operators: embeds.operators, figures: embeds.figures, fact: factEmbeds(embeds.facts) }}
          />
        </div>
        <PaperworkLink locale={locale} className="mt-8 rounded-lg border border-line bg-white p-4" />
      </div>
      <aside className="hidden lg:block">
        <div className="sticky top-4">
          <TableOfContents entries={rendered.toc} headingId="toc-side" />
        </div>
      </aside>
    </article>
  );
}
