import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreatePageForm } from "@/components/guide/create-page-form";
import { ClientMessages } from "@/components/site/client-messages";
import { redirect } from "@/i18n/navigation";
import { localizedPath } from "@/i18n/paths";
import { currentUser, isModerator } from "@/lib/auth/current-user";
import { guideLocale } from "@/lib/guide/locale";


// a page for one reader (or one visit): rendered per request, and allowed to block until it is
export const instant = false;
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Edit");
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewGuidePage({ params }: { params: Promise<{ locale: string }> }) {
  // per reader: rendered for each request, never cached
  await connection();
  const [{ locale }, t, te, user] = await Promise.all([params, getTranslations("Edit"), getTranslations("Errors"), currentUser()]);
  if (!user) return redirect({ href: { pathname: "/signin", query: { returnTo: localizedPath(locale, `/guide/new`) } }, locale });
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <div className="mt-6">
        {isModerator(user) ? (
          <ClientMessages paths={["Edit", "Errors"]}>
            <CreatePageForm locale={guideLocale(locale)} />
          </ClientMessages>
        ) : (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
            {te("forbidden")}
          </p>
        )}
      </div>
    </div>
  );
}
