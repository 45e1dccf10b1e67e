import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/site/client-messages";
import { Link } from "@/i18n/navigation";
import { safeReturnPath } from "@/lib/forms";


// a page for one reader (or one visit): rendered per request, and allowed to block until it is
export const instant = false;
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth");
  return { title: t("signInTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string; returnTo?: string }> };

export default async function SignInPage({ params, searchParams }: Props) {
  // per reader: rendered for each request, never cached
  await connection();
  const [{ locale }, query, t] = await Promise.all([params, searchParams, getTranslations("Auth")]);
  const returnTo = safeReturnPath(query.returnTo ?? query.callbackUrl);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="mt-2 text-sm text-muted">{t("whyAccount")}</p>
      <div className="mt-6">
        <ClientMessages paths={["Auth", "Errors"]}>
          <SignInForm locale={locale} returnTo={returnTo} />
        </ClientMessages>
      </div>
      <p className="mt-6 text-sm">
        {t("noAccount")} <Link href="/register">{t("register")}</Link>
      </p>
    </div>
  );
}
