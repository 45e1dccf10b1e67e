import { connection } from "next/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm, ProfileForm } from "@/components/auth/account-forms";
import { MyReports } from "@/components/follow-ups/my-reports";
import { ClientMessages } from "@/components/site/client-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { redirect } from "@/i18n/navigation";
import { localizedPath } from "@/i18n/paths";
import { signOutAction } from "@/lib/auth/actions";
import { currentUser } from "@/lib/auth/current-user";
import { loadReportsOfAuthor } from "@/lib/follow-ups/view";


// a page for one reader (or one visit): rendered per request, and allowed to block until it is
export const instant = false;
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth");
  return { title: t("accountTitle"), robots: { index: false } };
}

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  // per reader: rendered for each request, never cached
  await connection();
  const [{ locale }, t, user] = await Promise.all([params, getTranslations("Auth"), currentUser()]);
  if (!user) return redirect({ href: { pathname: "/signin", query: { returnTo: localizedPath(locale, "/account") } }, locale });
  const reports = await loadReportsOfAuthor({ userId: user.id, locale });
  return (
    <ClientMessages paths={["Auth", "Errors"]}>
    <div className="mx-auto max-w-xl space-y-10">
      <header>
        <h1 className="text-2xl font-bold">{t("accountTitle")}</h1>
        <p className="mt-2 text-muted">
          {t("signedInAs", { email: user.email })} · {t("role", { role: t(`roles.${user.role}`) })}
        </p>
      </header>
      <section aria-labelledby="profile" className="rounded-lg border border-line bg-white p-5">
        <h2 id="profile" className="mb-4 text-lg font-semibold">
          {t("profile")}
        </h2>
        <ProfileForm name={user.name} />
      </section>
      <MyReports reports={reports} now={new Date()} />
      <section aria-labelledby="password" className="rounded-lg border border-line bg-white p-5">
        <h2 id="password" className="mb-4 text-lg font-semibold">
          {t("changePassword")}
        </h2>
        <ChangePasswordForm />
      </section>
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <SubmitButton
          label={t("signOut")}
          pendingLabel={t("signOut")}
          className="min-w-0 border border-line bg-white! text-ink! hover:border-brand-600"
        />
      </form>
    </div>
    </ClientMessages>
  );
}
