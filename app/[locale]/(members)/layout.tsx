import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { PageFrame } from "@/components/site/page-frame";
import { hasDemoReports } from "@/db/queries/reports";
import { routing } from "@/i18n/routing";
import { siteMetadata, siteViewport } from "@/lib/i18n/site-metadata";
import "../../globals.css";

/**
 * The root of the pages for one signed-in reader (account, moderation, editing). Rendered
 * per request with nothing sent ahead, so a page can still answer with its real status:
 * a redirect to sign in, 401, 403 or 404.
 */
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { ...(await siteMetadata(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale)), robots: { index: false } };
}

export const viewport = siteViewport;

export const instant = false;

export default async function MembersLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  await connection();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return <PageFrame locale={locale} demo={await hasDemoReports()}>{children}</PageFrame>;
}
