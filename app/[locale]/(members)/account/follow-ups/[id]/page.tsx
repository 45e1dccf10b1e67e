import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { FollowUpView } from "@/components/follow-ups/follow-up-view";
import { redirect } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { accountFollowUpPath } from "@/lib/follow-ups/paths";
import { loadFollowUpPage } from "@/lib/follow-ups/view";
import { siteUrl } from "@/lib/http/site-url";

// a page for one signed-in author: rendered per request, never cached
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("FollowUp");
  return { title: t("pageTitle"), robots: { index: false, follow: false } };
}

/** The follow-up page of a report the signed-in member posted: their session stands in for the link. */
export default async function AccountFollowUpPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await connection();
  const { locale, id } = await params;
  const user = await currentUser();
  if (!user) return redirect({ href: { pathname: "/signin", query: { returnTo: accountFollowUpPath(locale, id) } }, locale });
  // someone else's report is "not found", the same as a missing one
  const page = await loadFollowUpPage({ reportId: id, user }, locale);
  if (!page) notFound();
  return <FollowUpView {...page} credential={{ reportId: page.report.id }} selfUrl={siteUrl(accountFollowUpPath(locale, page.report.id))} now={new Date()} />;
}
