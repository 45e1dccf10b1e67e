import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { pageAlternates } from "./alternates";

/** What every page's metadata starts from (both root layouts). */
export async function siteMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Site" });
  return {
    metadataBase: new URL(env().siteUrl),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    alternates: pageAlternates("/", locale),
    icons: { icon: "/favicon.ico" },
  };
}

export const siteViewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#115e59" };
