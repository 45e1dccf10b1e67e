import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageFrame } from "@/components/site/page-frame";
import { hasDemoReports } from "@/db/queries/reports";
import { routing } from "@/i18n/routing";
import { siteMetadata, siteViewport } from "@/lib/i18n/site-metadata";
import "../../globals.css";

/**
 * The root of every reading page: the same for every reader, so each page is rendered once
 * and served from the cache until a write changes it. Pages for one reader live under (members).
 */
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return siteMetadata(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);
}

export const viewport = siteViewport;

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return <PageFrame locale={locale} demo={await hasDemoReports()}>{children}</PageFrame>;
}
