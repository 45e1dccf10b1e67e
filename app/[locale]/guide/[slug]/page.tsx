import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MarkdownContent } from "@/components/guide/markdown-content";
import { TableOfContents } from "@/components/guide/table-of-contents";
import { getGuidePage } from "@/db/queries/guide";
import { guideLocale } from "@/lib/guide/locale";
import { renderMarkdown } from "@/lib/guide/markdown";

type Props = { params: Promise<{ locale: string; slug: string }> };

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

export default async function GuidePage({ params }: Props) {
  const { locale, slug } = await params;
  const page = await getGuidePage({ slug, locale: guideLocale(locale) });
  if (!page) notFound();
  const [t, format] = await Promise.all([getTranslations("Guide"), getFormatter()]);
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
          </p>
        </header>
        <div className="mt-6 lg:hidden">
          <TableOfContents entries={toc} headingId="toc-inline" />
        </div>
        <div className="mt-6">
          <MarkdownContent tree={tree} />
        </div>
      </div>
      <aside className="hidden lg:block">
        <div className="sticky top-4">
          <TableOfContents entries={toc} headingId="toc-side" />
        </div>
      </aside>
    </article>
  );
}
