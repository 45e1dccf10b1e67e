import type { ReactNode } from "react";
import { listGuidePages } from "@/db/queries/guide";
import { guideLocale } from "@/lib/guide/locale";

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  // one page per language at build time; the others are rendered on their first visit and kept
  return (await listGuidePages({ locale: guideLocale(params.locale) })).slice(0, 1).map((page) => ({ slug: page.slug }));
}

export default function GuidePageLayout({ children }: { children: ReactNode }) {
  return children;
}
