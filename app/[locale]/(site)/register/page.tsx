import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/auth/register-form";
import { ClientMessages } from "@/components/site/client-messages";
import { Link } from "@/i18n/navigation";
import { pageAlternates } from "@/lib/i18n/alternates";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const [{ locale }, t] = await Promise.all([params, getTranslations("Auth")]);
  return { title: t("registerTitle"), robots: { index: false }, alternates: pageAlternates("/register", locale) };
}

export default async function RegisterPage({ params }: { params: Promise<{ locale: string }> }) {
  const [{ locale }, t] = await Promise.all([params, getTranslations("Auth")]);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t("registerTitle")}</h1>
      <p className="mt-2 text-sm text-muted">{t("whyAccount")}</p>
      <div className="mt-6">
        <ClientMessages paths={["Auth", "Errors"]}>
          <RegisterForm locale={locale} />
        </ClientMessages>
      </div>
      <p className="mt-6 text-sm">
        {t("haveAccount")} <Link href="/signin">{t("signIn")}</Link>
      </p>
    </div>
  );
}
