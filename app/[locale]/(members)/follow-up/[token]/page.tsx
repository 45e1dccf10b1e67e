import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { FollowUpView } from "@/components/follow-ups/follow-up-view";
import { followUpPath } from "@/lib/follow-ups/paths";
import { loadFollowUpPage } from "@/lib/follow-ups/view";
import { siteUrl } from "@/lib/http/site-url";

// a page for one visitor, found by a secret in its address: rendered per request, never cached
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("FollowUp");
  // the address is the secret: no Referer carries it to another page or site
  return { title: t("pageTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ posted?: string | string[] }> };

export default async function FollowUpPage({ params, searchParams }: Props) {
  await connection();
  const [{ locale, token }, query] = await Promise.all([params, searchParams]);
  const page = await loadFollowUpPage({ token }, locale);
  if (!page) notFound();
  // ?posted=1: the report form sent here without JavaScript, so this page says thank you
  return <FollowUpView {...page} credential={{ token }} selfUrl={siteUrl(followUpPath(locale, token))} now={new Date()} justPosted={query.posted === "1"} />;
}
