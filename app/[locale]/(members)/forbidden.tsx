import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function Forbidden() {
  const t = await getTranslations("Moderation");
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">403</p>
      <h1 className="mt-4 text-2xl font-bold">{t("forbiddenTitle")}</h1>
      <p className="mt-3 text-muted">{t("forbiddenBody")}</p>
      <p className="mt-6">
        <Link href="/">←</Link>
      </p>
    </section>
  );
}
