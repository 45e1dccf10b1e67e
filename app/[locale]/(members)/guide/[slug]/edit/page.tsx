import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditForm } from "@/components/guide/edit-form";
import { ClientMessages } from "@/components/site/client-messages";
import { findGuidePage } from "@/db/queries/guide";
import { Link, redirect } from "@/i18n/navigation";
import { localizedPath } from "@/i18n/paths";
import { currentUser, isModerator } from "@/lib/auth/current-user";
import { guideLocale } from "@/lib/guide/locale";
import { GUIDE_SLUG } from "@/lib/guide/schema";


// a page for one reader (or one visit): rendered per request, and allowed to block until it is
export const instant = false;
type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Edit");
  return { title: t("titleShort"), robots: { index: false } };
}

export default async function EditGuidePage({ params }: Props) {
  // per reader: rendered for each request, never cached
  await connection();
  const { locale, slug } = await params;
  if (!GUIDE_SLUG.test(slug)) notFound();
  // read fresh: the editor's base revision must be the current one, not a cached copy
  const [t, user, page] = await Promise.all([getTranslations("Edit"), currentUser(), findGuidePage({ slug, locale: guideLocale(locale) })]);
  if (!page) notFound();
  if (!user) {
    return redirect({ href: { pathname: "/signin", query: { returnTo: localizedPath(locale, `/guide/${slug}/edit`) } }, locale });
  }
  if (page.protected && !isModerator(user)) {
    return (
      <section className="mx-auto max-w-2xl">
        <h1 className="text-2xl font-bold">{t("title", { title: page.title })}</h1>
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
          {t("protectedNotice")}
        </p>
        <p className="mt-4">
          <Link href={`/guide/${slug}`}>← {page.title}</Link>
        </p>
      </section>
    );
  }
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title", { title: page.title })}</h1>
      <div className="mt-6">
        <ClientMessages paths={["Edit", "Errors"]}>
          <EditForm slug={slug} locale={guideLocale(locale)} baseRevisionId={page.revisionId} title={page.title} body={page.body} />
        </ClientMessages>
      </div>
    </div>
  );
}
