import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** A follow-up link that matches no report (mistyped, cut short, or made up): said plainly, nothing changed. */
export default async function FollowUpLinkNotFound() {
  const [t, site] = await Promise.all([getTranslations("FollowUp"), getTranslations("Site")]);
  return (
    <section className="mx-auto max-w-xl py-8" data-testid="follow-up-invalid">
      {/* its own title, not the follow-up page's (a nested not-found takes no metadata) */}
      <title>{`${t("invalidTitle")} · ${site("name")}`}</title>
      <h1 className="text-2xl font-bold">{t("invalidTitle")}</h1>
      <p className="mt-3">{t("invalidBody")}</p>
      <p className="mt-3 text-muted">{t("invalidAccount")}</p>
      <p className="mt-6 flex flex-wrap gap-4">
        <Link href="/account">{t("invalidToAccount")}</Link>
        <Link href="/">{t("invalidToHome")}</Link>
      </p>
    </section>
  );
}
